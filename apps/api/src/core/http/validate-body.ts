import type { Type } from '@nestjs/common';
import { createValidationPipe } from './validation.pipe';

const pipe = createValidationPipe();

/**
 * Validates a body against a DTO class by hand, with the global rules (unknown fields rejected,
 * the message names the field): for endpoints that take either JSON or a multipart form.
 */
export async function validateBody<T extends object>(dto: Type<T>, body: unknown): Promise<T> {
  return (await pipe.transform(body, { type: 'body', metatype: dto })) as T;
}
