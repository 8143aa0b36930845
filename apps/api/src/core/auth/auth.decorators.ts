import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@luoshi/common';
import type { AuthUser } from './auth-user';

export const IS_PUBLIC = 'luoshi:public';
export const ROLES = 'luoshi:roles';
export const ALLOW_PENDING_PASSWORD = 'luoshi:allow-pending-password';

/** No token needed (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Still callable while the user must change an initial or expired password (change-password, me, logout). */
export const AllowPendingPasswordChange = () => SetMetadata(ALLOW_PENDING_PASSWORD, true);

/** Only these roles may call; without it any signed-in user may. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest<{ user: AuthUser }>().user;
});
