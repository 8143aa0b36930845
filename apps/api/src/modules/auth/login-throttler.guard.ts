import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { AppException } from '../../core/http/app.exception';

/** Per client address, whatever the user name: one address cannot try many accounts. */
export const LOGIN_IP_THROTTLER = 'login-ip';
/** Per user name and address: one attacker cannot lock out everyone by failing others' logins. */
export const LOGIN_USER_THROTTLER = 'login';

export function loginIpTracker(req: Record<string, unknown>): string {
  return String(req['ip']);
}

export function loginUserTracker(req: Record<string, unknown>): string {
  const body = (req['body'] ?? {}) as { username?: unknown };
  const username = typeof body.username === 'string' ? body.username.toLowerCase() : '';
  return `${String(req['ip'])}|${username}`;
}

/** Refuses with 429, `Retry-After` and the code auth.throttled saying in how many seconds to retry. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = Math.max(1, detail.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new AppException(429, 'auth.throttled', { retryAfter });
  }
}
