import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import type { ValidationReason } from '@luoshi/common';
import { AppException, invalidField } from './app.exception';
import { UnreadableBody } from './malformed-request';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 32;

function textProblem(text: string): ValidationReason | null {
  if (text.includes('\u0000')) return 'nulCharacter';
  if (LONE_SURROGATE.test(text)) return 'loneSurrogate';
  return null;
}

/**
 * PostgreSQL refuses NUL in text and lone UTF-16 surrogates cannot be encoded as UTF-8: either
 * would fail inside the database as a 500. Throws a 400 naming the first string (value or key)
 * under `value` that holds one.
 */
export function assertStorableText(value: unknown, path: string, depth = 0): void {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw invalidField(path || 'body', problem);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  if (depth > MAX_DEPTH) throw invalidField(path.split('.')[0] || 'body', 'tooDeep');
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertStorableText(v, path ? `${path}.${i}` : String(i), depth + 1));
    return;
  }
  for (const [key, v] of Object.entries(value)) {
    const keyPath = path ? `${path}.${key}` : key;
    const problem = textProblem(key);
    if (problem) throw invalidField(path || 'body', problem);
    assertStorableText(v, keyPath, depth + 1);
  }
}

/**
 * Global pipe, before validation: every body, query and path value of every route is checked
 * once here, so no DTO (and no unauthenticated endpoint) can forget it. Runs after the guards,
 * so a request without a token is still a 401 first.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    if (value instanceof UnreadableBody) throw new AppException(value.status, value.code, value.params);
    const root = metadata.data ?? '';
    assertStorableText(value, root);
    return value;
  }
}
