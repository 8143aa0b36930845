import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { Page } from './page';

@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        if (!(body instanceof Page)) return body;
        const req = context.switchToHttp().getRequest<Request>();
        const res = context.switchToHttp().getResponse<Response>();
        const resource = req.path.replace(/^\/api\//, '').split('/')[0] ?? 'items';
        const end = body.data.length === 0 ? body.start : body.start + body.data.length - 1;
        res.setHeader('Content-Range', `${resource} ${body.start}-${end}/${body.total}`);
        return body.data;
      }),
    );
  }
}
