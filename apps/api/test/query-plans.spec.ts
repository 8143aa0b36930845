import { migrateDatabase, seedScale, type SeedScaleResult } from '@luoshi/data';
import { createTestDatabase, dropTestDatabase, type TestDatabase } from '@luoshi/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClockService } from '../src/core/time/clock.service';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

/**
 * The big lists' queries on a province-sized database (50,000 assignments, 200,000 reports): for
 * every resource's default sort, each offered sort in both directions and each filter alone, every
 * query the request sends is run again with EXPLAIN (ANALYZE, FORMAT JSON); no page or row query
 * may read assignments, progress_reports or audit_events sequentially, and no sort may spill to
 * disk. The totals (`SELECT COUNT(*) AS "total"`) count whatever the filter matches, often most of
 * a table, where a sequential scan is the cheapest plan; they are kept in Redis per data
 * generation (ListCountCache), so they are checked for disk sorts only.
 */
const BIG_TABLES = new Set(['assignments', 'progress_reports', 'audit_events']);

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Sort Method'?: string;
  'Sort Space Type'?: string;
  Plans?: PlanNode[];
}

function problemsOf(node: PlanNode): string[] {
  const own: string[] = [];
  if (node['Node Type'] === 'Seq Scan' && BIG_TABLES.has(node['Relation Name'] ?? '')) own.push(`Seq Scan on ${node['Relation Name']}`);
  if (node['Sort Space Type'] === 'Disk' || /external/i.test(node['Sort Method'] ?? '')) own.push(`sort on disk (${node['Sort Method']})`);
  return [...own, ...(node.Plans ?? []).flatMap(problemsOf)];
}

let db: TestDatabase;
let owner: Client;
let api: TestApi;
let seeded: SeedScaleResult;
let supervisor: string;
let orgAdmin: string;
let captured: Array<{ sql: string; parameters: unknown[] }> = [];
const sample: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase('plans');
  await migrateDatabase(db.ownerUrl, db.appRole);
  owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  seeded = await seedScale(owner, { assignments: 50_000, reports: 200_000, today: '2026-12-01' });
  const one = async (sql: string) => String(((await owner.query(sql)).rows[0] as { v: string }).v);
  sample['assignment'] = await one(`SELECT id AS v FROM assignments ORDER BY id OFFSET 777 LIMIT 1`);
  sample['item'] = await one(`SELECT item_id AS v FROM assignments ORDER BY id OFFSET 777 LIMIT 1`);
  sample['organization'] = await one(`SELECT organization_id AS v FROM assignments ORDER BY id OFFSET 777 LIMIT 1`);
  sample['handler'] = await one(`SELECT handler_id AS v FROM assignments WHERE handler_id IS NOT NULL ORDER BY id LIMIT 1`);
  sample['speech'] = await one(`SELECT speech_id AS v FROM items ORDER BY id OFFSET 77 LIMIT 1`);
  sample['report'] = await one(`SELECT id AS v FROM progress_reports ORDER BY id OFFSET 777 LIMIT 1`);
  sample['author'] = await one(`SELECT author_id AS v FROM progress_reports ORDER BY id OFFSET 777 LIMIT 1`);
  sample['event'] = await one(`SELECT id AS v FROM audit_events ORDER BY id OFFSET 777 LIMIT 1`);
  sample['actor'] = await one(`SELECT actor_id AS v FROM audit_events ORDER BY id OFFSET 777 LIMIT 1`);
  api = await startTestApi({
    DATABASE_URL: db.url,
    DEMO_DATA: 'false',
    QUEUE_PREFIX: `${inject('queuePrefix')}-plans`,
    TEST_CLOCK_START: '2026-12-01T02:00:00Z',
  });
  api.app.get(DataSource).subscribers.push({
    beforeQuery: (event: { query: string; parameters?: unknown[] }) => {
      captured.push({ sql: event.query, parameters: event.parameters ?? [] });
    },
  } as never);
  supervisor = await api.login(seeded.logins.supervisor, 'scale123');
  orgAdmin = await api.login(seeded.logins.orgAdmin, 'scale123');
}, 180_000);

afterAll(async () => {
  await api?.close();
  await owner?.end();
  if (db) await dropTestDatabase(db.name);
});

/** Requests the list, then explains every query it sent that reads one of the big tables. */
async function planProblems(resource: string, token: string, options: Parameters<typeof listQuery>[0]): Promise<string[]> {
  captured = [];
  const reply = await api.request('GET', `/${resource}${listQuery(options)}`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const found: string[] = [];
  for (const { sql, parameters } of captured) {
    if (!/^\s*SELECT/i.test(sql) || ![...BIG_TABLES].some((t) => sql.includes(`"${t}"`) || sql.includes(` ${t} `))) continue;
    const result = await owner.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, parameters);
    const plan = (result.rows[0] as { 'QUERY PLAN': Array<{ Plan: PlanNode }> })['QUERY PLAN'][0]?.Plan;
    if (!plan) continue;
    const isTotal = /^\s*SELECT COUNT\(\*\) AS "total"/.test(sql);
    for (const problem of problemsOf(plan).filter((p) => !isTotal || !p.startsWith('Seq Scan'))) found.push(`${problem}: ${sql.replace(/\s+/g, ' ').slice(0, 300)}`);
  }
  return found;
}

const both = (fields: string[]): Array<[string, 'ASC' | 'DESC']> => fields.flatMap((f) => [[f, 'ASC'], [f, 'DESC']] as Array<[string, 'ASC' | 'DESC']>);

describe('list query plans at 50,000 assignments / 200,000 reports', () => {
  it('assignments: default sort, every sort, every filter (supervisor and org admin)', async () => {
    const problems: string[] = [];
    const check = async (label: string, token: string, options: Parameters<typeof listQuery>[0]) => {
      for (const p of await planProblems('assignments', token, options)) problems.push(`${label}: ${p}`);
    };
    await check('default', supervisor, {});
    await check('default, org admin', orgAdmin, {});
    for (const sort of both(['id', 'dueDate', 'state', 'percent', 'createdAt', 'updatedAt', 'organizationId', 'handlerId'])) {
      await check(`sort ${sort.join(' ')}`, supervisor, { sort });
    }
    const filters: Record<string, unknown> = {
      id: sample['assignment'],
      itemId: sample['item'],
      organizationId: sample['organization'],
      handlerId: sample['handler'],
      speechId: sample['speech'],
      role: 'support',
      state: 'completion_requested',
      dueDate_gte: '2026-12-20',
      dueDate_lte: '2026-03-20',
      light: 'red',
      overdue: true,
      q: '第12',
    };
    for (const [field, value] of Object.entries(filters)) await check(`filter ${field}`, supervisor, { filter: { [field]: value } });
    await check('filter overdue=false', supervisor, { filter: { overdue: false } });
    await check('filter light yellow', supervisor, { filter: { light: 'yellow' } });
    await check('filter mine, org admin', orgAdmin, { filter: { mine: true } });
    await check('filter mine=false, org admin', orgAdmin, { filter: { mine: false } });
    await check('filter overdue, org admin', orgAdmin, { filter: { overdue: true } });
    expect(problems).toEqual([]);
  }, 60_000);

  it('the total of yellow and green lights is kept for a minute (its moment in whole minutes), counted again in the next', async () => {
    const clock = api.app.get(ClockService);
    const counts = async (at: string) => {
      clock.setNow(new Date(at));
      captured = [];
      const reply = await api.request('GET', `/assignments${listQuery({ filter: { light: ['yellow', 'green'] } })}`, { token: supervisor });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const total = Number(/\/(\d+)$/.exec(reply.headers.get('content-range') ?? '')?.[1]);
      return { total, counted: captured.filter((q) => /^\s*SELECT COUNT\(\*\) AS "total"/.test(q.sql)).length };
    };
    try {
      const first = await counts('2026-12-01T02:00:05Z');
      expect(first.total).toBeGreaterThan(2000);
      expect(first).toMatchObject({ counted: 1 });
      expect(await counts('2026-12-01T02:00:50Z')).toEqual({ total: first.total, counted: 0 });
      expect(await counts('2026-12-01T02:01:10Z')).toMatchObject({ counted: 1 });
    } finally {
      clock.setNow(null);
    }
  });

  it('reports: default sort, every sort, every filter (supervisor and org admin)', async () => {
    const problems: string[] = [];
    const check = async (label: string, token: string, options: Parameters<typeof listQuery>[0]) => {
      for (const p of await planProblems('reports', token, options)) problems.push(`${label}: ${p}`);
    };
    await check('default', supervisor, {});
    await check('default, org admin', orgAdmin, {});
    for (const sort of both(['id', 'createdAt', 'percent'])) await check(`sort ${sort.join(' ')}`, supervisor, { sort });
    const filters: Record<string, unknown> = {
      id: sample['report'],
      assignmentId: sample['assignment'],
      authorId: sample['author'],
      organizationId: sample['organization'],
      createdAt_gte: '2026-11-20',
      createdAt_lte: '2025-12-20',
      q: '资金',
    };
    for (const [field, value] of Object.entries(filters)) await check(`filter ${field}`, supervisor, { filter: { [field]: value } });
    expect(problems).toEqual([]);
  }, 60_000);

  it('audit events: default sort, every sort, every filter', async () => {
    const problems: string[] = [];
    const check = async (label: string, options: Parameters<typeof listQuery>[0]) => {
      for (const p of await planProblems('audit-events', supervisor, options)) problems.push(`${label}: ${p}`);
    };
    await check('default', {});
    for (const sort of both(['id', 'createdAt', 'action', 'entityType'])) await check(`sort ${sort.join(' ')}`, { sort });
    const filters: Record<string, unknown> = {
      id: sample['event'],
      actorId: sample['actor'],
      entityId: sample['assignment'],
      action: 'assignment.return',
      entityType: 'assignment',
      createdAt_gte: '2026-11-20',
      createdAt_lte: '2025-12-20',
      ip: '10.0.0.1',
      q: 'return',
    };
    for (const [field, value] of Object.entries(filters)) await check(`filter ${field}`, { filter: { [field]: value } });
    expect(problems).toEqual([]);
  }, 60_000);
});
