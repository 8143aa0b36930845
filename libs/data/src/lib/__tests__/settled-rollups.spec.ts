import { createTestDatabase, dropTestDatabase, type TestDatabase } from '@luoshi/testing';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../data-source';

/**
 * settled_assignment_rollups is kept by triggers on assignments: after every kind of write it must
 * hold exactly what the completed rows say, computed here from the rows by the definition
 * (month of the later of completion and due date, in UTC; on time / late by the completion's day in
 * the office's zone), never by the product's own rebuild function.
 */
describe('the settled roll-up (dashboard history)', () => {
  let db: TestDatabase;
  let client: Client;
  let orgs: { a: string; b: string };
  let speechId: string;

  /** The roll-up's non-empty rows, sorted. */
  async function maintained(): Promise<string[]> {
    const { rows } = await client.query<{ v: string }>(
      `SELECT organization_id || ' ' || month || ' ' || assignments || ' ' || with_due || ' ' || on_time || ' ' || late || ' ' || late_days AS v
         FROM settled_assignment_rollups WHERE assignments <> 0 ORDER BY 1`,
    );
    return rows.map((r) => r.v);
  }

  /** The same, from the assignments by the definition, in `zone`. */
  async function fromRows(zone = 'Asia/Shanghai'): Promise<string[]> {
    const { rows } = await client.query<{ org: string; completed_at: Date | null; due: string | null }>(
      `SELECT organization_id AS org, completed_at, to_char(due_date, 'YYYY-MM-DD') AS due FROM assignments WHERE state = 'completed'`,
    );
    const day = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
    const groups = new Map<string, { n: number; withDue: number; onTime: number; late: number; lateDays: number }>();
    for (const r of rows) {
      const latest = [r.completed_at?.toISOString().slice(0, 10), r.due].filter((x): x is string => !!x).sort().at(-1);
      const month = latest ? `${latest.slice(0, 7)}-01` : '-infinity';
      const g = groups.get(`${r.org} ${month}`) ?? { n: 0, withDue: 0, onTime: 0, late: 0, lateDays: 0 };
      g.n += 1;
      if (r.due) g.withDue += 1;
      if (r.due && r.completed_at) {
        const lateBy = (Date.parse(day(r.completed_at)) - Date.parse(r.due)) / 86_400_000;
        if (lateBy <= 0) g.onTime += 1;
        else {
          g.late += 1;
          g.lateDays += lateBy;
        }
      }
      groups.set(`${r.org} ${month}`, g);
    }
    return [...groups].map(([k, g]) => `${k} ${g.n} ${g.withDue} ${g.onTime} ${g.late} ${g.lateDays}`).sort();
  }

  async function assignment(org: string, state: string, due: string | null, completedAt: string | null): Promise<string> {
    // One item each: an organization has one assignment per item.
    const item = await client.query<{ id: string }>(
      `INSERT INTO items (speech_id, kind, title, text, status, position) VALUES ($1, 'directive', '事项', '', 'published', 0) RETURNING id`,
      [speechId],
    );
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO assignments (item_id, organization_id, role, state, due_date, percent, completed_at) VALUES ($1, $2, 'lead', $3, $4, 0, $5) RETURNING id`,
      [item.rows[0]?.id, org, state, due, completedAt],
    );
    return rows[0]?.id as string;
  }

  beforeAll(async () => {
    db = await createTestDatabase('rollup');
    await migrateDatabase(db.ownerUrl, db.appRole);
    client = new Client({ connectionString: db.ownerUrl });
    await client.connect();
    const org = async (name: string) =>
      (await client.query<{ id: string }>(`INSERT INTO organizations (name, kind) VALUES ($1, 'government') RETURNING id`, [name])).rows[0]?.id as string;
    orgs = { a: await org('汇总测试甲局'), b: await org('汇总测试乙局') };
    speechId = (await client.query<{ id: string }>(`INSERT INTO speeches (title, raw_text, status) VALUES ('汇总测试讲话', '全文', 'published') RETURNING id`)).rows[0]?.id as string;
  });

  afterAll(async () => {
    await client?.end();
    if (db) await dropTestDatabase(db.name);
  });

  it('holds the completed rows after inserts, updates of every column it reads, state changes, deletes and a truncate', async () => {
    const onTime = await assignment(orgs.a, 'completed', '2026-05-20', '2026-05-10T02:00:00Z');
    // 2026-09-01 01:00 in Shanghai: one day late there, though on 08-31 in UTC; settles in August (UTC).
    const lateInShanghai = await assignment(orgs.a, 'completed', '2026-08-31', '2026-08-31T17:00:00Z');
    const noDue = await assignment(orgs.b, 'completed', null, '2026-07-01T02:00:00Z');
    const noTime = await assignment(orgs.b, 'completed', '2026-04-30', null);
    const open = await assignment(orgs.a, 'in_progress', '2026-06-15', null);
    await assignment(orgs.a, 'cancelled', '2026-06-15', null);
    expect(await maintained()).toEqual(await fromRows());
    expect(await maintained()).toEqual(
      [
        `${orgs.a} 2026-05-01 1 1 1 0 0`,
        `${orgs.a} 2026-08-01 1 1 0 1 1`,
        `${orgs.b} 2026-04-01 1 1 0 0 0`,
        `${orgs.b} 2026-07-01 1 0 0 0 0`,
      ].sort(),
    );

    const steps: Array<[string, string, unknown[]]> = [
      ['completed later (late by 5)', `UPDATE assignments SET completed_at = '2026-05-25T02:00:00Z' WHERE id = $1`, [onTime]],
      ['due date moved into another month', `UPDATE assignments SET due_date = '2026-10-02' WHERE id = $1`, [lateInShanghai]],
      ['moved to another organization', `UPDATE assignments SET organization_id = $2 WHERE id = $1`, [noDue, orgs.a]],
      ['completed (open before)', `UPDATE assignments SET state = 'completed', completed_at = '2026-06-20T03:00:00Z' WHERE id = $1`, [open]],
      ['reopened (returned)', `UPDATE assignments SET state = 'in_progress', completed_at = NULL WHERE id = $1`, [onTime]],
      ['an unrelated column of a completed row', `UPDATE assignments SET percent = 100, updated_at = now() WHERE id = $1`, [noTime]],
      ['deleted', `DELETE FROM assignments WHERE id = $1`, [noTime]],
      ['many rows in one statement', `UPDATE assignments SET due_date = due_date + 40 WHERE due_date IS NOT NULL`, []],
    ];
    for (const [what, sql, params] of steps) {
      await client.query(sql, params);
      expect(await maintained(), what).toEqual(await fromRows());
    }
    expect((await maintained()).length).toBeGreaterThan(0);

    await client.query('BEGIN');
    await client.query('TRUNCATE assignments CASCADE');
    expect(await maintained()).toEqual([]);
    await client.query('ROLLBACK');
    expect(await maintained()).toEqual(await fromRows());
  });

  it('is rebuilt in another time zone: on time and late follow the office’s calendar day', async () => {
    // 2026-03-02 02:00 in Shanghai, a day late there; on time in UTC.
    await assignment(orgs.b, 'completed', '2026-03-01', '2026-03-01T18:00:00Z');
    await client.query(`UPDATE dashboard_settings SET time_zone = 'UTC'`);
    await client.query(`SELECT settled_rollup_rebuild()`);
    expect(await maintained()).toEqual(await fromRows('UTC'));
    expect(await fromRows('UTC')).not.toEqual(await fromRows('Asia/Shanghai'));
    await client.query(`UPDATE dashboard_settings SET time_zone = 'Asia/Shanghai'`);
    await client.query(`SELECT settled_rollup_rebuild()`);
    expect(await maintained()).toEqual(await fromRows());
  });
});
