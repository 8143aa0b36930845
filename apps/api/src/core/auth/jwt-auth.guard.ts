import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { User } from '@luoshi/data';
import type { Request } from 'express';
import type { Repository } from 'typeorm';
import { AppException } from '../http/app.exception';
import type { AuthUser } from './auth-user';
import { IS_PUBLIC } from './auth.decorators';

/**
 * Every route needs a valid bearer token unless marked @Public. The user is re-read on each
 * request so that a deactivated account or a changed role takes effect at once.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const [scheme, token] = (req.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new AppException(401, 'http.token_missing');
    let sub: string;
    try {
      sub = (await this.jwt.verifyAsync<{ sub: string }>(token)).sub;
    } catch {
      throw new AppException(401, 'http.token_invalid');
    }
    const user = await this.users.findOne({ where: { id: sub }, select: { id: true, username: true, role: true, organizationId: true, active: true } });
    if (!user || !user.active) throw new AppException(401, 'http.account_inactive');
    req.user = { id: user.id, username: user.username, role: user.role, organizationId: user.organizationId };
    return true;
  }
}
