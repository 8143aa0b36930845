import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ROLE_LABELS, type Role } from '@luoshi/common';
import type { Request } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { isUUID } from 'class-validator';
import { AppException } from '../../core/http/app.exception';

/**
 * What a caller wants to do with an assignment:
 * - `work`: sign, report, apply to complete, ask for an extension (the responsible organization);
 * - `supervise`: approve, return, cancel, urge (督查室);
 * - `attach`: upload a file (anyone who may see it, except a read-only viewer).
 */
export type AssignmentOperation = 'work' | 'supervise' | 'attach' | 'hand_over';

const OPERATION_ROLES: Record<AssignmentOperation, readonly Role[]> = {
  work: ['org_admin', 'org_staff'],
  supervise: ['admin', 'supervisor'],
  attach: ['admin', 'supervisor', 'org_admin', 'org_staff'],
  // 分派: the organization's head hands it to a member of staff.
  hand_over: ['org_admin'],
};

const OPERATION_LABELS: Record<AssignmentOperation, { zh: string; en: string }> = {
  work: { zh: '办理交办任务', en: 'work on assignments' },
  supervise: { zh: '督办审核', en: 'supervise assignments' },
  attach: { zh: '上传附件', en: 'upload files' },
  hand_over: { zh: '指定经办人', en: 'choose the handler' },
};

/** Where the assignment id is: the path's `:id` or the JSON body's `assignmentId`. */
export type AssignmentIdSource = 'param' | 'body';

const ACCESS = 'luoshi:assignment-access';
interface AccessMetadata {
  operation: AssignmentOperation;
  source: AssignmentIdSource;
}

export const AssignmentAccess = (operation: AssignmentOperation, source: AssignmentIdSource = 'param') =>
  SetMetadata(ACCESS, { operation, source } satisfies AccessMetadata);

export function roleMayDo(role: Role, operation: AssignmentOperation): boolean {
  return OPERATION_ROLES[operation].includes(role);
}

/**
 * Loads the assignment an action targets and checks the caller may act on it, before any body
 * validation (guards run before pipes): the error order is 403 (role) → 404 (not in the caller's
 * organizations, even when the body is also invalid) → 400 → 409.
 */
@Injectable()
export class AssignmentAccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly scope: OrganizationScopeService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const meta = this.reflector.get<AccessMetadata | undefined>(ACCESS, context.getHandler());
    if (!meta) return true;
    const req = context.switchToHttp().getRequest<Request & { user: AuthUser }>();
    const raw: unknown =
      meta.source === 'param' ? req.params['id'] : (req.body as Record<string, unknown> | undefined)?.['assignmentId'];
    await assertMayActOn(this.scope, req.user, raw, meta.operation, meta.source === 'param');
    return true;
  }
}

/**
 * The check itself, shared with code that learns the assignment id later (a multipart upload).
 * `required`: a missing or malformed id is a 404; otherwise it is left to validation (400).
 */
export async function assertMayActOn(
  scope: OrganizationScopeService,
  user: AuthUser,
  rawId: unknown,
  operation: AssignmentOperation,
  required: boolean,
): Promise<void> {
  if (!roleMayDo(user.role, operation)) {
    throw new AppException(403, 'assignment.role_forbidden', {
      role: ROLE_LABELS[user.role].en,
      roleZh: ROLE_LABELS[user.role].zh,
      operation: OPERATION_LABELS[operation].en,
      operationZh: OPERATION_LABELS[operation].zh,
    });
  }
  if (typeof rawId !== 'string' || !isUUID(rawId)) {
    if (required) throw new AppException(404, 'assignment.not_found');
    return;
  }
  const assignment = await scope.reachOf(user, rawId);
  if (!assignment?.visible) {
    throw new AppException(404, 'assignment.not_found');
  }
  // Staff act for their own organization (or on what was handed to them); only an org admin also
  // acts for the ones below it.
  if (
    operation === 'work' &&
    user.role === 'org_staff' &&
    user.organizationId !== assignment.organizationId &&
    assignment.handlerId !== user.id
  ) {
    throw new AppException(403, 'assignment.staff_other_organization');
  }
}
