import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';
const PG_CHECK_VIOLATION = '23514';

function reasonPhrase(status: number): string {
  const name = HttpStatus[status] ?? 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

/**
 * Every error leaves as `{statusCode, message, error}` with one human-readable message; database
 * constraint failures become 409/400 with what went wrong, anything else a bare 500 (logged).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { statusCode, message } = this.describe(exception);
    if (statusCode >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    if (res.headersSent) return;
    res.status(statusCode).json({ statusCode, message, error: reasonPhrase(statusCode) });
  }

  private describe(exception: unknown): { statusCode: number; message: string } {
    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      const message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
      return { statusCode: exception.getStatus(), message };
    }
    if (exception instanceof QueryFailedError) {
      const { code, detail, constraint } = exception.driverError as {
        code?: string;
        detail?: string;
        constraint?: string;
      };
      if (code === PG_UNIQUE_VIOLATION) {
        return { statusCode: 409, message: `Already exists: ${detail ?? constraint ?? 'duplicate value'}` };
      }
      if (code === PG_FOREIGN_KEY_VIOLATION) {
        return { statusCode: 409, message: `Still referenced or missing reference: ${detail ?? constraint ?? ''}` };
      }
      if (code === PG_CHECK_VIOLATION) {
        return { statusCode: 400, message: `Invalid value (${constraint ?? 'check'})` };
      }
    }
    return { statusCode: 500, message: 'Internal server error' };
  }
}
