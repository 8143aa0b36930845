import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { errorLocaleOf, formatErrorMessage, type ApiError, type ErrorCode, type ErrorParams } from '@luoshi/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app.exception';
import { foreignKeyViolation, uniqueViolation } from './constraint-errors';

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';
const PG_DATA_EXCEPTION_CLASS = '22';

/** The code an exception thrown without one (Nest's own, a library's) stands for. */
const CODE_BY_STATUS: ReadonlyMap<number, ErrorCode> = new Map<number, ErrorCode>([
  [400, 'http.bad_request'],
  [401, 'http.unauthorized'],
  [403, 'http.forbidden'],
  [404, 'http.not_found'],
  [409, 'http.conflict'],
  [413, 'http.payload_too_large'],
  [415, 'http.unsupported_media_type'],
  [422, 'http.unprocessable'],
  [429, 'http.too_many_requests'],
  [431, 'http.headers_too_large'],
  [503, 'http.unavailable'],
]);

export function reasonPhrase(status: number): string {
  const name = HttpStatus[status] ?? 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

interface Described {
  statusCode: number;
  code: ErrorCode;
  params: ErrorParams;
  /** Set when the text comes from elsewhere than the catalogue (a legacy exception's own message). */
  text?: string;
}

/** The error body for a status and code, rendered in the caller's language. */
export function errorBody(described: Described, acceptLanguage: string | undefined): ApiError {
  const locale = errorLocaleOf(acceptLanguage);
  const message = described.text ?? formatErrorMessage(described.code, described.params, locale);
  const body: ApiError = { statusCode: described.statusCode, message, error: reasonPhrase(described.statusCode), code: described.code };
  if (Object.keys(described.params).length) body.params = described.params;
  return body;
}

/**
 * Every error leaves as `{statusCode, message, error, code, params?}`: `code` from the catalogue in
 * libs/common, `message` in the language of Accept-Language. Database constraint failures become
 * 409/400; anything else a 500 without internals (logged).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request>();
    const described = this.describe(exception);
    if (described.statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    res.status(described.statusCode).json(errorBody(described, req.headers['accept-language']));
  }

  private describe(exception: unknown): Described {
    if (exception instanceof AppException) {
      return { statusCode: exception.getStatus(), code: exception.code, params: exception.params };
    }
    if (exception instanceof NotFoundException) {
      // Nest's answer for a path no controller has: "Cannot GET /api/nothing".
      const route = /^Cannot ([A-Z]+) (.*)$/s.exec(exception.message);
      if (route) return { statusCode: 404, code: 'http.route_not_found', params: { method: route[1] ?? '', path: (route[2] ?? '').slice(0, 200) } };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const body = exception.getResponse();
      const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const detail = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
      const code = CODE_BY_STATUS.get(statusCode) ?? (statusCode >= 500 ? 'http.internal' : 'http.bad_request');
      return { statusCode, code, params: {}, text: detail };
    }
    if (exception instanceof QueryFailedError) {
      const { code, detail, constraint } = exception.driverError as { code?: string; detail?: string; constraint?: string };
      // PostgreSQL's detail is English and names columns and tables: read, never passed on.
      if (code === PG_UNIQUE_VIOLATION) return { statusCode: 409, ...uniqueViolation(constraint, detail) };
      if (code === PG_FOREIGN_KEY_VIOLATION) {
        const { status, ...error } = foreignKeyViolation(detail);
        return { statusCode: status, ...error };
      }
      if (code === PG_CHECK_VIOLATION) return { statusCode: 400, code: 'validation.field_invalid', params: { field: constraint ?? 'check', reason: 'check' } };
      // Class 22 (data exception: bad text for a type, out of range, too long): input validation
      // should have refused it first, so it is logged as the bug it is, and the caller gets a 400.
      if (code?.startsWith(PG_DATA_EXCEPTION_CLASS)) {
        this.logger.error(`Input reached PostgreSQL unchecked (${code}): ${exception.message}`);
        const { column } = exception.driverError as { column?: string };
        return { statusCode: 400, code: 'validation.field_invalid', params: { field: column ?? 'value', reason: 'invalid' } };
      }
    }
    return { statusCode: 500, code: 'http.internal', params: {} };
  }
}
