import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  ip: string | null;
}

const context = new AsyncLocalStorage<RequestContext>();

/** The client address of the request being served (as TRUST_PROXY resolves it), or null outside one. */
export function currentRequestIp(): string | null {
  return context.getStore()?.ip ?? null;
}

/** Keeps the caller's address for the request's duration, so every audit event carries it without each service passing it. */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, _res: Response, next: NextFunction): void {
    context.run({ ip: req.ip ? req.ip.slice(0, 64) : null }, next);
  }
}
