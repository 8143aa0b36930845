import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import type { Request } from 'express';
import { AppException } from '../http/app.exception';
import { ClockService } from '../time/clock.service';
import type { AuthUser } from './auth-user';
import { ALLOW_PENDING_PASSWORD, IS_PUBLIC } from './auth.decorators';
import { SessionService } from './session.service';

/** Sent by background polling (the notification bell): such a request does not count as activity. */
export const BACKGROUND_REQUEST_HEADER = 'x-background-request';

/**
 * Every route needs a valid bearer token unless marked @Public. The token names a server-side
 * session, checked (and slid) on each request together with the user, so that a logout, an idle
 * expiry, a deactivated account or a changed role takes effect at once on every replica.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
    private readonly clock: ClockService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new AppException(401, 'auth.token_missing');
    let claims: { sub?: unknown; sid?: unknown };
    try {
      claims = await this.jwt.verifyAsync<{ sub?: unknown; sid?: unknown }>(token, { clockTimestamp: Math.floor(this.clock.now().getTime() / 1000) });
    } catch {
      throw new AppException(401, 'auth.token_invalid');
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || !isUUID(claims.sub) || !isUUID(claims.sid)) throw new AppException(401, 'auth.token_invalid');
    const background = req.headers[BACKGROUND_REQUEST_HEADER] === '1';
    const user = await this.sessions.resume(claims.sid, claims.sub, background);
    if (!user) throw new AppException(401, 'auth.session_expired', { idleMinutes: this.sessions.idleMinutes });
    if (!user.active) throw new AppException(401, 'auth.account_inactive');
    if (this.sessions.passwordChangeRequired(user) && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD, targets)) {
      throw new AppException(403, 'auth.password_change_required');
    }
    req.user = { id: user.id, username: user.username, role: user.role, organizationId: user.organizationId, sessionId: claims.sid };
    return true;
  }
}
