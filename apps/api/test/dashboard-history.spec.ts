import type { Count, DashboardSummary, OrganizationRanking, Scorecard } from '@luoshi/common';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClockService } from '../src/core/time/clock.service';
import { organizationId } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

/**
 * Work completed months before the period is read from the settled roll-up, not from its rows:
 * the figures it gives must be the definitions' (written here as literals from the rows below) and
 * equal what the assignments list, which reads every row, counts for the same filter.
 *
 * Rows (organization H and its child C), the clock at 2026-11-20 12:00 in Shanghai:
 *   H1 completed 05-10, due 05-20: on time.           H2 completed 06-25, due 06-15: 10 days late.
 *   H3 completed 2026-09-01 01:00 Shanghai (08-31 17:00 UTC), due 08-31: 1 day late.
 *   H4 completed 07-01, no due date.                  H5 completed, time unknown, due 04-30.
 *   H6 completed 09-20, due 10-20: on time.           H7 completed 10-15, due 10-10: 5 days late.
 *   H8 in progress (40 %), due 11-10: 10 days overdue on 11-20.
 *   C1 completed 03-03, due 03-01: 2 days late.       H9 cancelled 06-01: not counted after.
 */
const NOW = new Date('2026-11-20T04:00:00Z');
const ORGS = { H: '看板历史局', C: '看板历史中心' } as const;
const ROWS: Array<{ key: string; org: keyof typeof ORGS; state: string; due: string | null; completedAt?: string | null; cancelledAt?: string; percent?: number }> = [
  { key: 'H1', org: 'H', state: 'completed', due: '2026-05-20', completedAt: '2026-05-10T02:00:00Z' },
  { key: 'H2', org: 'H', state: 'completed', due: '2026-06-15', completedAt: '2026-06-25T02:00:00Z' },
  { key: 'H3', org: 'H', state: 'completed', due: '2026-08-31', completedAt: '2026-08-31T17:00:00Z' },
  { key: 'H4', org: 'H', state: 'completed', due: null, completedAt: '2026-07-01T02:00:00Z' },
  { key: 'H5', org: 'H', state: 'completed', due: '2026-04-30', completedAt: null },
  { key: 'H6', org: 'H', state: 'completed', due: '2026-10-20', completedAt: '2026-09-20T02:00:00Z' },
  { key: 'H7', org: 'H', state: 'completed', due: '2026-10-10', completedAt: '2026-10-15T02:00:00Z' },
  { key: 'H8', org: 'H', state: 'in_progress', due: '2026-11-10', percent: 40 },
  { key: 'H9', org: 'H', state: 'cancelled', due: '2026-07-01', cancelledAt: '2026-06-01T02:00:00Z' },
  { key: 'C1', org: 'C', state: 'completed', due: '2026-03-01', completedAt: '2026-03-03T02:00:00Z' },
];

let api: TestApi;
let supervisor: string;
const orgIds: Record<string, string> = {};
const ids: Record<string, string> = {};
let speechId: string;

beforeAll(async () => {
  api = await startTestApi();
  api.app.get(ClockService).setNow(NOW);
  supervisor = await api.login('duban');
  const db = api.app.get(DataSource);
  const union = await organizationId(api, '县总工会');
  orgIds['H'] = (await db.query(`INSERT INTO organizations (name, kind, parent_id) VALUES ($1, 'government', $2) RETURNING id`, [ORGS.H, union]))[0].id;
  orgIds['C'] = (await db.query(`INSERT INTO organizations (name, kind, parent_id) VALUES ($1, 'government', $2) RETURNING id`, [ORGS.C, orgIds['H']]))[0].id;
  speechId = (await db.query(`INSERT INTO speeches (title, date, raw_text, status) VALUES ('看板历史讲话', '2026-02-01', '全文', 'published') RETURNING id`))[0].id;
  for (const [position, row] of ROWS.entries()) {
    const [item] = await db.query(
      `INSERT INTO items (speech_id, kind, title, text, due_date, status, position) VALUES ($1, 'directive', $2, '', $3, 'published', $4) RETURNING id`,
      [speechId, `历史事项${row.key}`, row.due, position],
    );
    const [a] = await db.query(
      `INSERT INTO assignments (item_id, organization_id, role, state, due_date, percent, created_at, completed_at, cancelled_at, cancel_reason)
       VALUES ($1, $2, 'lead', $3, $4, $5, '2026-02-01T02:00:00Z', $6, $7, $8) RETURNING id`,
      [item.id, orgIds[row.org], row.state, row.due, row.state === 'completed' ? 100 : (row.percent ?? 0), row.completedAt ?? null, row.cancelledAt ?? null, row.cancelledAt ? '调整' : null],
    );
    ids[row.key] = a.id;
  }
});

afterAll(async () => {
  api.app.get(ClockService).setNow(null);
  const db = api.app.get(DataSource);
  if (speechId) await db.query(`DELETE FROM speeches WHERE id = $1`, [speechId]);
  for (const key of ['C', 'H']) if (orgIds[key]) await db.query(`DELETE FROM organizations WHERE id = $1`, [orgIds[key]]);
  await api.close();
});

async function get<T>(path: string): Promise<T> {
  const reply = await api.request<T>('GET', path, { token: supervisor });
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(200);
  return reply.body;
}

const keyOf = (id: string) => Object.entries(ids).find(([, v]) => v === id)?.[0] ?? id;

/** The assignments list's total for a count's filter (it reads every row); with `rows`, the row keys too. */
async function listed(count: Count, rows = false): Promise<{ total: number; keys: string[] }> {
  const reply = await api.request<Array<{ id: string }>>('GET', `/assignments${listQuery({ filter: count.filter, range: [0, rows ? 99 : 0] })}`, { token: supervisor });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  const total = Number(reply.headers.get('content-range')?.split('/')[1]);
  return { total, keys: reply.body.map((r) => keyOf(r.id)).sort() };
}

const cards = (s: Pick<DashboardSummary, 'total' | 'open' | 'completed' | 'due' | 'completedOnTime' | 'overdue' | 'late'>) =>
  [s.total, s.open, s.completed, s.due, s.completedOnTime, s.overdue, s.late] as const;

describe('settled history (the roll-up) in the leaders’ view', () => {
  it('November for H and its child: the definitions, card by card, and the list lists exactly those rows', async () => {
    const s = await get<DashboardSummary>(`/dashboard/summary?from=2026-11-01&to=2026-12-01&organizationId=${orgIds['H']}`);
    expect(cards(s).map((c) => c.value)).toEqual([9, 1, 8, 8, 2, 1, 5]);
    const expected = [
      ['C1', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8'],
      ['H8'],
      ['C1', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7'],
      ['C1', 'H1', 'H2', 'H3', 'H5', 'H6', 'H7', 'H8'],
      ['H1', 'H6'],
      ['H8'],
      ['C1', 'H2', 'H3', 'H7', 'H8'],
    ];
    for (const [i, card] of cards(s).entries()) expect((await listed(card, true)).keys, JSON.stringify(card.filter)).toEqual(expected[i]);
    // (10 + 1 + 5 + 2 + 10) / 5 days; percent (8 × 100 + 40) / 9 is not a card.
    expect(s.averageDaysLate).toBe(5.6);
    expect(s.completionRate).toEqual({ value: 8 / 9, numerator: 8, denominator: 9 });
    expect(s.onTimeRate).toEqual({ value: 2 / 8, numerator: 2, denominator: 8 });
    expect([s.lights.red.value, s.lights.yellow.value, s.lights.green.value, s.dueSoon.value, s.reportMissed.value]).toEqual([1, 0, 0, 0, 0]);
  });

  it('October, recomputed: H6 and H7 settle in October, so they are read from their rows, the rest from the roll-up', async () => {
    const s = await get<DashboardSummary>(`/dashboard/summary?from=2026-10-01&to=2026-11-01&organizationId=${orgIds['H']}`);
    // H8 open and not yet due on 10-31; H7 completed 10-15 within it.
    expect(cards(s).map((c) => c.value)).toEqual([9, 1, 8, 7, 2, 0, 4]);
    expect(s.averageDaysLate).toBe(4.5);
    for (const card of cards(s)) expect((await listed(card)).total, JSON.stringify(card.filter)).toBe(card.value);
  });

  it('the ranking and the scorecard: H and C each with their own history, scored from it', async () => {
    const ranking = await get<OrganizationRanking>(`/dashboard/ranking?from=2026-11-01&to=2026-12-01`);
    const h = ranking.rows.find((r) => r.organizationId === orgIds['H']);
    const c = ranking.rows.find((r) => r.organizationId === orgIds['C']);
    expect([h?.total.value, h?.completed.value, h?.overdue.value, h?.late.value, h?.averageDaysLate]).toEqual([8, 7, 1, 4, 6.5]);
    expect([c?.total.value, c?.completed.value, c?.overdue.value, c?.late.value, c?.averageDaysLate]).toEqual([1, 1, 0, 1, 2]);
    // H: 100 − 2 × 1 overdue − 0.5 × 10 days; C: nothing to deduct.
    expect(h?.score.value).toBe(93);
    expect(c?.score.value).toBe(100);
    // Every organization's counts, the demo's included, are what the list counts.
    for (const row of ranking.rows) {
      for (const count of [row.total, row.completed, row.overdue, row.late, row.completedOnTime]) {
        expect((await listed(count)).total, `${row.name} ${JSON.stringify(count.filter)}`).toBe(count.value);
      }
    }
    const card = await get<Scorecard>(`/dashboard/organizations/${orgIds['H']}/scorecard?from=2026-11-01&to=2026-12-01`);
    expect([card.figures.total.value, card.figures.completed.value, card.figures.due.value, card.figures.completedOnTime.value]).toEqual([9, 8, 8, 2]);
  });

  it('over everything (no organization chosen) each card is what the list counts', async () => {
    for (const month of ['2026-11-01&to=2026-12-01', '2026-10-01&to=2026-11-01', '2026-06-01&to=2026-07-01']) {
      const s = await get<DashboardSummary>(`/dashboard/summary?from=${month}`);
      for (const card of [...cards(s), s.lights.red, s.lights.yellow, s.lights.green]) {
        expect((await listed(card)).total, `${month} ${JSON.stringify(card.filter)}`).toBe(card.value);
      }
    }
  });

  it('counts the cards with no scheme in force (only the ranking needs one)', async () => {
    const db = api.app.get(DataSource);
    const [active] = await db.query(`SELECT id FROM scoring_schemes WHERE active`);
    const before = await get<DashboardSummary>(`/dashboard/summary?from=2026-11-01&to=2026-12-01&organizationId=${orgIds['H']}`);
    await db.query(`UPDATE scoring_schemes SET active = false WHERE id = $1`, [active.id]);
    try {
      const after = await get<DashboardSummary>(`/dashboard/summary?from=2026-11-01&to=2026-12-01&organizationId=${orgIds['H']}`);
      expect(cards(after).map((c) => c.value)).toEqual(cards(before).map((c) => c.value));
      const ranking = await api.request<{ code: string }>('GET', `/dashboard/ranking?from=2026-11-01&to=2026-12-01`, { token: supervisor });
      expect([ranking.status, ranking.body.code]).toEqual([400, 'dashboard.scheme_unknown']);
    } finally {
      await db.query(`UPDATE scoring_schemes SET active = true WHERE id = $1`, [active.id]);
    }
  });

  it('follows a write: a completion reopened drops out of the history at once', async () => {
    const before = await get<DashboardSummary>(`/dashboard/summary?from=2026-11-01&to=2026-12-01&organizationId=${orgIds['H']}`);
    await api.app.get(DataSource).query(`UPDATE assignments SET state = 'in_progress', completed_at = NULL WHERE id = $1`, [ids['H2']]);
    const after = await get<DashboardSummary>(`/dashboard/summary?from=2026-11-01&to=2026-12-01&organizationId=${orgIds['H']}`);
    // H2 (due 06-15) is now open and 158 days overdue on 11-20.
    expect([after.open.value, after.completed.value, after.overdue.value]).toEqual([before.open.value + 1, before.completed.value - 1, before.overdue.value + 1]);
    expect((await listed(after.overdue, true)).keys).toEqual(['H2', 'H8']);
  });
});
