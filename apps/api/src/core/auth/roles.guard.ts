import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLE_LABELS, type Role } from '@luoshi/common';
import { AppException } from '../http/app.exception';
import type { AuthUser } from './auth-user';
import { ROLES } from './auth.decorators';

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, [context.getHandler(), context.getClass()]);
    if (!roles) return true;
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return true; // public route
    if (!roles.includes(user.role)) {
      throw new AppException(403, 'auth.role_forbidden', {
        role: ROLE_LABELS[user.role].en,
        roleZh: ROLE_LABELS[user.role].zh,
        allowed: roles.map((r) => ROLE_LABELS[r].en).join(', '),
        allowedZh: roles.map((r) => ROLE_LABELS[r].zh).join('、'),
      });
    }
    return true;
  }
}
