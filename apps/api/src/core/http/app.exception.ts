import { HttpException } from '@nestjs/common';
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
 * A 400 naming the field: `invalidField('percent', 'max', { max: 100 })`. A reason that is a key of
 * VALIDATION_REASONS is rendered in the caller's language from the other params.
 */
export function invalidField(field: string, reason: ValidationReason | (string & {}), extra: ErrorParams = {}): AppException {
  return new AppException(400, 'validation.field_invalid', { ...extra, field, reason });
}

export function notFound(resource: string): AppException {
  return new AppException(404, 'record.not_found', { resource });
}
