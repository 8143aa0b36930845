import { type ArgumentsHost, Catch, type ExceptionFilter, PayloadTooLargeException } from '@nestjs/common';
import { AllExceptionsFilter } from '../http/all-exceptions.filter';
import { AppException } from '../http/app.exception';

/**
 * Multer refuses an upload over its size limit with a bare 413 before the handler runs; on an
 * upload route that becomes `file.too_large` with the route's limit, rendered like every error.
 */
@Catch(PayloadTooLargeException)
export class FileTooLargeFilter implements ExceptionFilter {
  private readonly render = new AllExceptionsFilter();

  constructor(private readonly limitBytes: number) {}

  catch(_exception: PayloadTooLargeException, host: ArgumentsHost): void {
    this.render.catch(new AppException(413, 'file.too_large', { limit: `${Math.round(this.limitBytes / 1024 / 1024)} MB` }), host);
  }
}
