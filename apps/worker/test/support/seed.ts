import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';

export interface SeededOrganization {
  organizationId: string;
  userIds: string[];
  assignmentIds: string[];
}

/**
 * One organization with `users` org admins and `assignments` open assignments due on `dueDate`,
 * published at `publishedAt` (each on an item of its own: one assignment per item and organization).
 */
export async function seedOrganization(
  db: Client,
  options: { assignments: number; dueDate: string; publishedAt: string; users?: number; cadence?: string | null },
): Promise<SeededOrganization> {
  const tag = randomBytes(4).toString('hex');
  const org = await db.query<{ id: string }>(`INSERT INTO organizations (name, kind) VALUES ($1, 'government') RETURNING id`, [`测试单位-${tag}`]);
  const organizationId = org.rows[0]?.id as string;
  const users = await db.query<{ id: string }>(
    `INSERT INTO users (username, display_name, role, organization_id, password_hash)
       SELECT 'u-' || $2 || '-' || g, '测试用户' || g, 'org_admin', $1, 'x' FROM generate_series(1, $3::int) g RETURNING id`,
    [organizationId, tag, options.users ?? 1],
  );
  const assignments = await db.query<{ id: string }>(
    `WITH i AS (
       INSERT INTO items (title, kind, status) SELECT '测试事项 ' || $5 || '-' || g, 'directive', 'published' FROM generate_series(1, $1::int) g RETURNING id
     )
     INSERT INTO assignments (item_id, organization_id, role, state, due_date, cadence, created_at, next_reminder_at)
       SELECT i.id, $2, 'lead', 'in_progress', $3::date, $6, $4::timestamptz, $4::timestamptz FROM i RETURNING id`,
    [options.assignments, organizationId, options.dueDate, options.publishedAt, tag, options.cadence ?? null],
  );
  return { organizationId, userIds: users.rows.map((r) => r.id), assignmentIds: assignments.rows.map((r) => r.id) };
}

/** Per assignment of `ids`: how many in-app notifications of `kind`, how many distinct keys, how many delivered. */
export async function countNotifications(db: Client, ids: readonly string[], kind: string): Promise<{ rows: number; keys: number; delivered: number }> {
  const r = await db.query<{ rows: string; keys: string; delivered: string }>(
    `SELECT count(*) AS rows, count(DISTINCT dedupe_key) AS keys, count(delivered_at) AS delivered
       FROM notifications WHERE assignment_id = ANY($1::uuid[]) AND kind = $2 AND channel = 'in_app'`,
    [ids, kind],
  );
  const row = r.rows[0];
  return { rows: Number(row?.rows), keys: Number(row?.keys), delivered: Number(row?.delivered) };
}
