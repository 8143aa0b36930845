import { HttpException } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { formatErrorMessage, type ErrorCode, type ErrorParams, type ValidationReason } from '@luoshi/common';

/**
 * The one way the API refuses a request: an HTTP status, a code from the catalogue in
 * libs/common and the params its sentence needs. The exception filter renders the message in the
 * caller's language; `message` here is the English one, for logs.
 */
export class AppException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super(formatErrorMessage(code, params, 'en'), status);
  }
}

/**
 * A 400 naming the field: `invalidField('percent', 'max', { max: 100 })`. The reason is a key of
 * VALIDATION_REASONS, rendered in the caller's language from the other params: free text would
 * reach a Chinese reader in English.
 */
export function invalidField(field: string, reason: ValidationReason, extra: ErrorParams = {}): AppException {
  return new AppException(400, 'validation.field_invalid', { ...extra, field, reason });
}

/** A uuid from a field no DTO types (a query parameter, a multipart field), or the 400 naming it. */
export function requiredUuid(field: string, value: unknown): string {
  if (value === undefined || value === '') throw new AppException(400, 'validation.field_required', { field });
  if (typeof value !== 'string' || !isUUID(value)) throw invalidField(field, 'isUUID');
  return value;
}

export function notFound(resource: string): AppException {
  return new AppException(404, 'record.not_found', { resource });
}
