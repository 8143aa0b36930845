import { addDays, type AssignmentState, type Cadence, type Role } from '@luoshi/common';
import { Assignment, Item, Organization, User } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { ClockService } from '../../src/core/time/clock.service';
import type { TestApi } from './test-api';

let counter = 0;
const createdItemIds = new Set<string>();

/** The deployment's today, as the API computes it. */
export function today(api: TestApi): string {
  return api.app.get(ClockService).today();
}

export async function organizationId(api: TestApi, name: string): Promise<string> {
  const org = await api.app.get(DataSource).getRepository(Organization).findOneByOrFail({ name });
  return org.id;
}

export async function userId(api: TestApi, username: string): Promise<string> {
  const user = await api.app.get(DataSource).getRepository(User).findOneByOrFail({ username });
  return user.id;
}

export interface AssignmentFixture {
  id: string;
  itemId: string;
  organizationId: string;
  dueDate: string | null;
}

/**
 * A published item with one assignment in the given state, inserted directly: each test owns its
 * fixtures and never depends on the shared demo assignments' states.
 */
export async function createAssignment(
  api: TestApi,
  options: {
    organization: string;
    state?: AssignmentState;
    /** Days from the API's today; prefer `dueDate` where the expected outcome is written as a literal. */
    dueInDays?: number | null;
    /** A literal due date 'YYYY-MM-DD' (wins over dueInDays). */
    dueDate?: string;
    cadence?: Cadence | null;
    percent?: number;
    createdDaysAgo?: number;
    title?: string;
  },
): Promise<AssignmentFixture> {
  const dataSource = api.app.get(DataSource);
  const orgId = await organizationId(api, options.organization);
  const dueDate = options.dueDate ?? (options.dueInDays === null ? null : addDays(today(api), options.dueInDays ?? 30));
  const state = options.state ?? 'assigned';
  const item = await dataSource.getRepository(Item).save(
    dataSource.getRepository(Item).create({
      kind: 'directive',
      title: options.title ?? `测试事项 ${++counter} ${Date.now()}`,
      text: '',
      dueDate,
      cadence: options.cadence ?? null,
      status: 'published',
    }),
  );
  createdItemIds.add(item.id);
  const repo = dataSource.getRepository(Assignment);
  const assignment = await repo.save(
    repo.create({
      itemId: item.id,
      organizationId: orgId,
      role: 'lead',
      state,
      dueDate,
      cadence: options.cadence ?? null,
      percent: options.percent ?? 0,
      signedAt: state === 'assigned' ? null : new Date(),
      completedAt: state === 'completed' ? new Date() : null,
    }),
  );
  if (options.createdDaysAgo) {
    await dataSource.query(`UPDATE assignments SET created_at = now() - make_interval(days => $2) WHERE id = $1`, [assignment.id, options.createdDaysAgo]);
  }
  return { id: assignment.id, itemId: item.id, organizationId: orgId, dueDate };
}

/** The password a fixture user ends with, after changing its initial one (both meet the default policy). */
export function fixturePassword(username: string): string {
  return `${username}-Secret1`;
}

/**
 * Creates (once) a user through the API, so that every role has an "own organization" member.
 * The admin's password is an initial one, so the user changes it first, as a person would.
 */
export async function ensureUser(api: TestApi, username: string, role: Role, organization: string | null): Promise<string> {
  const admin = await api.login('admin');
  const initial = `${username}-Initial1`;
  const exists = await api.app.get(DataSource).getRepository(User).findOneBy({ username });
  if (!exists) {
    const reply = await api.request('POST', '/users', {
      token: admin,
      body: { username, password: initial, name: username, role, organizationId: organization ? await organizationId(api, organization) : undefined },
    });
    if (reply.status !== 201) throw new Error(`create user ${username}: ${reply.status} ${JSON.stringify(reply.body)}`);
    const token = await api.login(username, initial);
    const changed = await api.request('POST', '/auth/change-password', { token, body: { oldPassword: initial, newPassword: fixturePassword(username) } });
    if (changed.status !== 204) throw new Error(`change password of ${username}: ${changed.status} ${JSON.stringify(changed.body)}`);
  }
  return api.login(username, fixturePassword(username));
}

/**
 * Deletes this file's fixture items; their assignments, reports, files, extension requests and
 * notifications go with them (ON DELETE CASCADE), so other test files see only the demo data.
 * Audit events stay: the trail is append-only.
 */
export async function removeFixtures(api: TestApi): Promise<void> {
  if (createdItemIds.size === 0) return;
  await api.app.get(DataSource).query('DELETE FROM items WHERE id = ANY($1)', [[...createdItemIds]]);
  createdItemIds.clear();
}
