import { randomUUID } from 'node:crypto';
import type { Role } from '@luoshi/common';
import { Assignment } from '@luoshi/data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthUser } from '../auth-user';
import { OrganizationScopeService } from '../organization-scope.service';
import { createScopeFixture, globalUser, type ScopeFixture } from './scope-fixture';

// The one visibility rule, decided in TypeScript and in the SQL it adds to a query, each checked
// against a real PostgreSQL database holding a small organization tree (scope-fixture.ts).

let f: ScopeFixture;
let scope: OrganizationScopeService;
const sorted = (ids: readonly string[] | null): string[] | null => (ids ? [...ids].sort() : null);

beforeAll(async () => {
  f = await createScopeFixture();
  scope = new OrganizationScopeService(f.dataSource);
});
afterAll(async () => {
  await f?.dataSource.destroy();
});

/** An org user who belongs to no organization (a token from before its organization was removed). */
const orphan = (): AuthUser => ({ ...f.users.childStaff, organizationId: null });

describe('visibleOrganizationIds and subtree', () => {
  it.each<Role>(['admin', 'supervisor', 'viewer'])(
    '%s sees every organization (null), without asking the database',
    async (role) => {
      const noDatabase = new OrganizationScopeService(null as never);
      await expect(noDatabase.visibleOrganizationIds(globalUser(role))).resolves.toBeNull();
    },
  );

  it('an org user sees its organization and every one below it, not its parent or siblings', async () => {
    expect(sorted(await scope.visibleOrganizationIds(f.users.rootAdmin))).toEqual(
      sorted([f.org.root, f.org.child, f.org.grandchild, f.org.sibling]),
    );
    expect(sorted(await scope.visibleOrganizationIds(f.users.childStaff))).toEqual(
      sorted([f.org.child, f.org.grandchild]),
    );
    expect(await scope.visibleOrganizationIds(f.users.otherStaff)).toEqual([f.org.other]);
  });

  it('an org user without an organization sees none, without asking the database', async () => {
    const noDatabase = new OrganizationScopeService(null as never);
    await expect(noDatabase.visibleOrganizationIds(orphan())).resolves.toEqual([]);
  });

  it('subtree of a leaf is the leaf; of an unknown id, nothing', async () => {
    await expect(scope.subtree(f.org.grandchild)).resolves.toEqual([f.org.grandchild]);
    await expect(scope.subtree(randomUUID())).resolves.toEqual([]);
  });
});

/** The fixture's assignments a query restricted for `user` returns: with the default alias `a`, or another. */
async function visibleByJoinRule(user: AuthUser, alias?: string): Promise<string[]> {
  const qb = f.dataSource
    .getRepository(Assignment)
    .createQueryBuilder(alias ?? 'a')
    .where(`${alias ?? 'a'}.id IN (:...fixture)`, { fixture: f.allAssignments });
  if (alias) scope.restrictToVisibleAssignments(qb, user, alias);
  else scope.restrictToVisibleAssignments(qb, user);
  return (await qb.getMany()).map((a) => a.id).sort();
}

/** The same through the semi-join on an assignment-id column. */
async function visibleBySemiJoin(user: AuthUser): Promise<string[]> {
  const qb = f.dataSource
    .getRepository(Assignment)
    .createQueryBuilder('r')
    .where('r.id IN (:...fixture)', { fixture: f.allAssignments });
  scope.restrictToVisibleAssignmentIds(qb, user, 'r.id');
  return (await qb.getMany()).map((a) => a.id).sort();
}

describe.each([
  ['restrictToVisibleAssignments', (u: AuthUser) => visibleByJoinRule(u)],
  ['restrictToVisibleAssignments with its own alias', (u: AuthUser) => visibleByJoinRule(u, 'x')],
  ['restrictToVisibleAssignmentIds', visibleBySemiJoin],
])('%s, run against PostgreSQL', (_name, visible) => {
  it.each<Role>(['admin', 'supervisor', 'viewer'])('%s: every assignment', async (role) => {
    expect(await visible(globalUser(role))).toEqual([...f.allAssignments].sort());
  });

  it('org admin of the root: its tree, not the unrelated organization', async () => {
    expect(await visible(f.users.rootAdmin)).toEqual(
      [f.assignment.root, f.assignment.child, f.assignment.grandchild, f.assignment.sibling].sort(),
    );
  });

  it('staff of the child: its tree, plus the one handed to them elsewhere', async () => {
    expect(await visible(f.users.childStaff)).toEqual(
      [f.assignment.child, f.assignment.grandchild, f.assignment.otherHanded].sort(),
    );
  });

  it('another org admin of the child, not the handler: its tree only', async () => {
    expect(await visible(f.users.childAdmin)).toEqual([f.assignment.child, f.assignment.grandchild].sort());
  });

  it('staff of the unrelated organization: its two', async () => {
    expect(await visible(f.users.otherStaff)).toEqual([f.assignment.other, f.assignment.otherHanded].sort());
  });

  it('an org user without an organization: only what was handed to them', async () => {
    expect(await visible(orphan())).toEqual([f.assignment.otherHanded]);
    expect(await visible({ ...orphan(), id: f.users.rootAdmin.id })).toEqual([]);
  });
});

describe('canSeeAssignment and canSeeAssignmentId', () => {
  const reach = (id: keyof ScopeFixture['assignment']) =>
    f.dataSource.getRepository(Assignment).findOneByOrFail({ id: f.assignment[id] });

  it('nothing is visible of a missing assignment, not even to an admin', async () => {
    await expect(scope.canSeeAssignment(globalUser('admin'), null)).resolves.toBe(false);
    await expect(scope.canSeeAssignment(globalUser('admin'), undefined)).resolves.toBe(false);
  });

  it('global roles see any assignment', async () => {
    for (const role of ['admin', 'supervisor', 'viewer'] as const)
      await expect(scope.canSeeAssignment(globalUser(role), await reach('other'))).resolves.toBe(true);
  });

  it('an org user sees those of its tree and those handed to it', async () => {
    const staff = f.users.childStaff;
    await expect(scope.canSeeAssignment(staff, await reach('child'))).resolves.toBe(true);
    await expect(scope.canSeeAssignment(staff, await reach('grandchild'))).resolves.toBe(true);
    await expect(scope.canSeeAssignment(staff, await reach('otherHanded'))).resolves.toBe(true);
    await expect(scope.canSeeAssignment(staff, await reach('root'))).resolves.toBe(false);
    await expect(scope.canSeeAssignment(staff, await reach('sibling'))).resolves.toBe(false);
    await expect(scope.canSeeAssignment(staff, await reach('other'))).resolves.toBe(false);
    await expect(scope.canSeeAssignment(orphan(), await reach('otherHanded'))).resolves.toBe(true);
    await expect(scope.canSeeAssignment(orphan(), await reach('child'))).resolves.toBe(false);
  });

  it('by id: global roles without a lookup (even for an id that does not exist)', async () => {
    const noDatabase = new OrganizationScopeService(null as never);
    await expect(noDatabase.canSeeAssignmentId(globalUser('supervisor'), randomUUID())).resolves.toBe(true);
  });

  it('by id: an org user, looked up', async () => {
    await expect(scope.canSeeAssignmentId(f.users.rootAdmin, f.assignment.grandchild)).resolves.toBe(true);
    await expect(scope.canSeeAssignmentId(f.users.rootAdmin, f.assignment.other)).resolves.toBe(false);
    await expect(scope.canSeeAssignmentId(f.users.childStaff, f.assignment.otherHanded)).resolves.toBe(true);
    await expect(scope.canSeeAssignmentId(f.users.childStaff, randomUUID())).resolves.toBe(false);
  });
});
