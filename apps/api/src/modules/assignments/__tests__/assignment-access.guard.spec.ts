import { randomUUID } from 'node:crypto';
import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@luoshi/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../../../core/auth/auth-user';
import { OrganizationScopeService } from '../../../core/auth/organization-scope.service';
import { createScopeFixture, globalUser, type ScopeFixture } from '../../../core/auth/__tests__/scope-fixture';
import { AppException } from '../../../core/http/app.exception';
import {
  AssignmentAccess,
  AssignmentAccessGuard,
  assertMayActOn,
  roleMayDo,
  type AssignmentOperation,
} from '../assignment-access.guard';

// Who may act on which assignment: the role table, then the assignment looked up in a real
// PostgreSQL database (scope-fixture.ts's organization tree) and checked against the scope.

let f: ScopeFixture;
let scope: OrganizationScopeService;

beforeAll(async () => {
  f = await createScopeFixture();
  scope = new OrganizationScopeService(f.dataSource);
});
afterAll(async () => {
  await f?.dataSource.destroy();
});

/** null when the call went through, else the refusal's status and code. */
async function outcome(
  work: () => Promise<unknown>,
): Promise<{ status: number; code: string; params: Record<string, unknown> } | null> {
  try {
    await work();
    return null;
  } catch (e) {
    if (!(e instanceof AppException)) throw e;
    return { status: e.getStatus(), code: e.code, params: e.params };
  }
}

const act = (user: AuthUser, id: unknown, operation: AssignmentOperation, required = true) =>
  outcome(() => assertMayActOn(scope, user, id, operation, required));

describe('roleMayDo', () => {
  const table: Record<AssignmentOperation, Role[]> = {
    work: ['org_admin', 'org_staff'],
    supervise: ['admin', 'supervisor'],
    attach: ['admin', 'supervisor', 'org_admin', 'org_staff'],
    hand_over: ['org_admin'],
  };
  it.each(Object.entries(table) as Array<[AssignmentOperation, Role[]]>)('%s: exactly %j', (operation, allowed) => {
    for (const role of ['admin', 'supervisor', 'org_admin', 'org_staff', 'viewer'] as const)
      expect(roleMayDo(role, operation), `${role} ${operation}`).toBe(allowed.includes(role));
  });
});

describe('assertMayActOn', () => {
  it('refuses a role the operation is not for, before looking at the id, naming both in both languages', async () => {
    expect(await act(globalUser('viewer'), 'not-even-an-id', 'attach')).toEqual({
      status: 403,
      code: 'assignment.role_forbidden',
      params: { role: 'viewer', roleZh: '只读用户', operation: 'upload files', operationZh: '上传附件' },
    });
    expect((await act(globalUser('supervisor'), f.assignment.root, 'work'))?.params).toMatchObject({
      operation: 'work on assignments',
      operationZh: '办理交办任务',
    });
    expect((await act(f.users.rootAdmin, f.assignment.root, 'supervise'))?.params).toMatchObject({
      role: 'organization admin',
      operation: 'supervise assignments',
      operationZh: '督办审核',
    });
    expect((await act(f.users.childStaff, f.assignment.child, 'hand_over'))?.params).toMatchObject({
      operation: 'choose the handler',
      operationZh: '指定经办人',
    });
  });

  it.each([
    ['missing', undefined],
    ['a number', 42],
    ['not a UUID', 'abc'],
  ])('an id that is %s: 404 when the id is required, left to validation when not', async (_name, id) => {
    expect(await act(f.users.rootAdmin, id, 'work')).toMatchObject({ status: 404, code: 'assignment.not_found' });
    expect(await act(f.users.rootAdmin, id, 'work', false)).toBeNull();
  });

  it('404 for an assignment that does not exist, required or not', async () => {
    expect(await act(globalUser('admin'), randomUUID(), 'supervise')).toMatchObject({
      status: 404,
      code: 'assignment.not_found',
    });
    expect(await act(globalUser('admin'), randomUUID(), 'supervise', false)).toMatchObject({
      status: 404,
      code: 'assignment.not_found',
    });
  });

  it('404 (not 403) for one outside the caller’s organizations', async () => {
    expect(await act(f.users.childStaff, f.assignment.root, 'attach')).toMatchObject({
      status: 404,
      code: 'assignment.not_found',
    });
    expect(await act(f.users.rootAdmin, f.assignment.other, 'work')).toMatchObject({
      status: 404,
      code: 'assignment.not_found',
    });
  });

  it('global roles supervise and attach anywhere', async () => {
    expect(await act(globalUser('supervisor'), f.assignment.other, 'supervise')).toBeNull();
    expect(await act(globalUser('admin'), f.assignment.grandchild, 'attach')).toBeNull();
  });

  it('an org admin works on its own organization’s and on those below it', async () => {
    expect(await act(f.users.rootAdmin, f.assignment.root, 'work')).toBeNull();
    expect(await act(f.users.rootAdmin, f.assignment.grandchild, 'work')).toBeNull();
    expect(await act(f.users.rootAdmin, f.assignment.sibling, 'hand_over')).toBeNull();
  });

  it('staff work on their own organization’s and on what was handed to them, not on those below', async () => {
    expect(await act(f.users.childStaff, f.assignment.child, 'work')).toBeNull();
    expect(await act(f.users.childStaff, f.assignment.otherHanded, 'work')).toBeNull();
    expect(await act(f.users.childStaff, f.assignment.grandchild, 'work')).toEqual({
      status: 403,
      code: 'assignment.staff_other_organization',
      params: {},
    });
    // seeing it is enough to attach a file
    expect(await act(f.users.childStaff, f.assignment.grandchild, 'attach')).toBeNull();
  });
});

describe('AssignmentAccessGuard', () => {
  class Controller {
    @AssignmentAccess('work')
    report(): string {
      return 'report';
    }
    @AssignmentAccess('attach', 'body')
    upload(): string {
      return 'upload';
    }
    list(): string {
      return 'list';
    }
  }
  const guard = () => new AssignmentAccessGuard(new Reflector(), scope);
  const context = (
    method: keyof Controller,
    req: { user: AuthUser; params?: Record<string, string>; body?: unknown },
  ): ExecutionContext =>
    ({
      getHandler: () => Controller.prototype[method],
      getClass: () => Controller,
      switchToHttp: () => ({ getRequest: () => ({ params: {}, ...req }) }),
    }) as unknown as ExecutionContext;

  it('lets a route without @AssignmentAccess through', async () => {
    await expect(guard().canActivate(context('list', { user: globalUser('viewer') }))).resolves.toBe(true);
  });

  it('reads the id from the path: required there', async () => {
    await expect(
      guard().canActivate(context('report', { user: f.users.childStaff, params: { id: f.assignment.child } })),
    ).resolves.toBe(true);
    expect(
      await outcome(() =>
        guard().canActivate(context('report', { user: f.users.childStaff, params: { id: f.assignment.root } })),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await outcome(() =>
        guard().canActivate(
          context('report', { user: f.users.childStaff, params: {}, body: { assignmentId: f.assignment.child } }),
        ),
      ),
    ).toMatchObject({ status: 404 });
    expect(
      await outcome(() =>
        guard().canActivate(context('report', { user: globalUser('viewer'), params: { id: f.assignment.child } })),
      ),
    ).toMatchObject({ status: 403 });
  });

  it('reads the id from the body: left to validation when missing', async () => {
    await expect(
      guard().canActivate(
        context('upload', { user: f.users.childStaff, body: { assignmentId: f.assignment.grandchild } }),
      ),
    ).resolves.toBe(true);
    await expect(guard().canActivate(context('upload', { user: f.users.childStaff, body: {} }))).resolves.toBe(true);
    await expect(guard().canActivate(context('upload', { user: f.users.childStaff }))).resolves.toBe(true);
    expect(
      await outcome(() =>
        guard().canActivate(
          context('upload', {
            user: f.users.childStaff,
            params: { id: f.assignment.child },
            body: { assignmentId: f.assignment.root },
          }),
        ),
      ),
    ).toMatchObject({
      status: 404,
    });
  });
});
