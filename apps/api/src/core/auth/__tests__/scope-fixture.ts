import { randomBytes } from 'node:crypto';
import type { Role } from '@luoshi/common';
import { dataSourceOptions } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import type { AuthUser } from '../auth-user';

/**
 * A small organization tree with one assignment in each organization, inserted into the run's
 * database (the vitest global setup's, migrated; this file's rows carry their own suffix):
 *
 *   root ─┬─ child ── grandchild
 *         └─ sibling
 *   other            (unrelated; one of its assignments is handed to `handler`, a staff member of child)
 */
export interface ScopeFixture {
  dataSource: DataSource;
  org: { root: string; child: string; grandchild: string; sibling: string; other: string };
  assignment: { root: string; child: string; grandchild: string; sibling: string; other: string; otherHanded: string };
  /** Every assignment above: queries are narrowed to these, the database may hold others. */
  allAssignments: string[];
  users: { rootAdmin: AuthUser; childStaff: AuthUser; childAdmin: AuthUser; otherStaff: AuthUser };
}

export async function createScopeFixture(): Promise<ScopeFixture> {
  const dataSource = new DataSource(dataSourceOptions(inject('databaseUrl'), { extra: { max: 2 } }));
  await dataSource.initialize();
  const tag = randomBytes(4).toString('hex');
  const q = async (sql: string, params: unknown[]): Promise<string> =>
    ((await dataSource.query(sql, params)) as Array<{ id: string }>)[0]?.id as string;
  const orgRow = (name: string, parentId: string | null) =>
    q(`INSERT INTO organizations (name, kind, parent_id) VALUES ($1, 'government', $2) RETURNING id`, [
      `${name} ${tag}`,
      parentId,
    ]);
  const root = await orgRow('范围测试根单位', null);
  const child = await orgRow('范围测试下级', root);
  const grandchild = await orgRow('范围测试再下级', child);
  const sibling = await orgRow('范围测试平级', root);
  const other = await orgRow('范围测试无关单位', null);
  const userRow = async (name: string, role: Role, organizationId: string): Promise<AuthUser> => {
    const username = `${name}-${tag}`;
    const id = await q(
      `INSERT INTO users (username, display_name, role, organization_id, password_hash) VALUES ($1, $1, $2, $3, 'x') RETURNING id`,
      [username, role, organizationId],
    );
    return { id, username, role, organizationId };
  };
  const users = {
    rootAdmin: await userRow('scope-root-admin', 'org_admin', root),
    childStaff: await userRow('scope-child-staff', 'org_staff', child),
    childAdmin: await userRow('scope-child-admin', 'org_admin', child),
    otherStaff: await userRow('scope-other-staff', 'org_staff', other),
  };
  const assignmentRow = async (organizationId: string, handlerId: string | null = null): Promise<string> => {
    const itemId = await q(
      `INSERT INTO items (kind, title, status) VALUES ('directive', $1, 'published') RETURNING id`,
      [`范围测试事项 ${tag} ${randomBytes(3).toString('hex')}`],
    );
    return q(
      `INSERT INTO assignments (item_id, organization_id, role, handler_id) VALUES ($1, $2, 'lead', $3) RETURNING id`,
      [itemId, organizationId, handlerId],
    );
  };
  const assignment = {
    root: await assignmentRow(root),
    child: await assignmentRow(child),
    grandchild: await assignmentRow(grandchild),
    sibling: await assignmentRow(sibling),
    other: await assignmentRow(other),
    otherHanded: await assignmentRow(other, users.childStaff.id),
  };
  return {
    dataSource,
    org: { root, child, grandchild, sibling, other },
    assignment,
    allAssignments: Object.values(assignment),
    users,
  };
}

/** A global-role caller (no organization). */
export const globalUser = (role: Role): AuthUser => ({
  id: '5a0c6c0e-3b7a-4f49-9d6e-0d6f7b9e1a22',
  username: role,
  role,
  organizationId: null,
});
