import type { Cadence } from '@luoshi/common';
import { DataSource } from 'typeorm';
import { ClockService } from '../../src/core/time/clock.service';
import { organizationId } from './fixtures';
import type { TestApi } from './test-api';

/**
 * The leaders' view fixtures: one speech with two sections, three organizations (看板测试局 under
 * 县总工会 with its 看板测试中心, and 看板其他局 elsewhere), and assignments with literal instants
 * around the Asia/Shanghai boundaries of November 2026 (its start is 2026-10-31T16:00Z, not a UTC
 * day boundary). The clock stands at 2026-11-20 12:00 in Shanghai. The expected figures are
 * computed below from these rows, by hand, independently of the API's SQL.
 */
export const NOW = new Date('2026-11-20T04:00:00Z');
export const TODAY = '2026-11-20';

export const ORGS = { P: '看板测试局', C: '看板测试中心', O: '看板其他局' } as const;
export type OrgKey = keyof typeof ORGS;

export interface FixtureRow {
  key: string;
  org: OrgKey;
  section: 'S1' | 'S2';
  role: 'lead' | 'support';
  /** Another row whose item this one shares (a supporter of the same item). */
  sameItemAs?: string;
  createdAt: string;
  /** The due date in force now. */
  due: string | null;
  state: 'assigned' | 'in_progress' | 'completed' | 'cancelled';
  completedAt?: string;
  cancelledAt?: string;
  cadence?: Cadence;
  percent: number;
  reports?: Array<{ at: string; done: string; problems: string }>;
  /** Approved extensions: the due date moved from `from` to `to` at `at`. */
  extensions?: Array<{ at: string; from: string; to: string }>;
  /** 退回 events. */
  returns?: string[];
}

export const ROWS: FixtureRow[] = [
  // Published 2026-10-31 23:30 in Shanghai: before November, counted in it; overdue since 11-10.
  { key: 'A1', org: 'P', section: 'S1', role: 'lead', createdAt: '2026-10-31T15:30:00Z', due: '2026-11-10', state: 'in_progress', percent: 40,
    reports: [{ at: '2026-11-05T02:00:00Z', done: '已完成方案起草', problems: '资金未到位' }] },
  // Its supporter, completed 2026-11-10 23:59:59 in Shanghai: on its due day, on time.
  { key: 'A13', org: 'C', section: 'S1', role: 'support', sameItemAs: 'A1', createdAt: '2026-10-31T15:30:00Z', due: '2026-11-10', state: 'completed',
    completedAt: '2026-11-10T15:59:59Z', percent: 100 },
  // Completed 2026-11-15 23:59 in Shanghai, ten days early.
  { key: 'A3', org: 'C', section: 'S1', role: 'lead', createdAt: '2026-11-02T01:00:00Z', due: '2026-11-25', state: 'completed',
    completedAt: '2026-11-15T15:59:00Z', percent: 100 },
  // Completed 2026-11-06 00:30 in Shanghai (still 11-05 in UTC): 17 days late.
  { key: 'A4', org: 'P', section: 'S1', role: 'lead', createdAt: '2026-10-01T02:00:00Z', due: '2026-10-20', state: 'completed',
    completedAt: '2026-11-05T16:30:00Z', percent: 100 },
  // Withdrawn 2026-11-01 00:30 in Shanghai: counted in November (not cancelled before its start).
  { key: 'A5', org: 'P', section: 'S2', role: 'lead', createdAt: '2026-10-01T02:00:00Z', due: '2026-11-30', state: 'cancelled',
    cancelledAt: '2026-10-31T16:30:00Z', percent: 0 },
  // Withdrawn 2026-10-31 23:30 in Shanghai: not counted in November, counted (closed) in October.
  { key: 'A6', org: 'P', section: 'S2', role: 'lead', createdAt: '2026-10-01T02:00:00Z', due: '2026-11-30', state: 'cancelled',
    cancelledAt: '2026-10-31T15:30:00Z', percent: 0 },
  // Due in four days: 即将到期, yellow.
  { key: 'A7', org: 'C', section: 'S2', role: 'lead', createdAt: '2026-11-03T02:00:00Z', due: '2026-11-24', state: 'in_progress', percent: 60 },
  // Monthly: no report in September (missed as of October's end), a report in November.
  { key: 'A8', org: 'P', section: 'S2', role: 'lead', createdAt: '2026-09-01T02:00:00Z', due: '2026-12-31', state: 'in_progress', cadence: 'monthly', percent: 30,
    reports: [{ at: '2026-08-20T02:00:00Z', done: '八月进展', problems: '' }, { at: '2026-11-18T02:00:00Z', done: '十一月进展', problems: '人手紧张' }] },
  // Weekly: reports on Sunday 2026-11-01 23:00 and on 2026-11-10 00:30 in Shanghai; the week of 11-02 has none.
  { key: 'A9', org: 'C', section: 'S2', role: 'lead', createdAt: '2026-10-26T02:00:00Z', due: '2027-01-31', state: 'in_progress', cadence: 'weekly', percent: 20,
    reports: [{ at: '2026-11-01T15:00:00Z', done: '第一周', problems: '' }, { at: '2026-11-09T16:30:00Z', done: '第三周', problems: '' }] },
  // Weekly, never reported: 未按期报送.
  { key: 'A10', org: 'P', section: 'S2', role: 'lead', createdAt: '2026-11-02T02:00:00Z', due: '2027-03-01', state: 'assigned', cadence: 'weekly', percent: 0 },
  // Extended on 2026-11-04 from 11-05 to 11-28; returned once in November and once just before it.
  { key: 'A11', org: 'P', section: 'S1', role: 'lead', createdAt: '2026-10-10T02:00:00Z', due: '2026-11-28', state: 'in_progress', percent: 70,
    extensions: [{ at: '2026-11-04T02:00:00Z', from: '2026-11-05', to: '2026-11-28' }],
    returns: ['2026-11-12T02:00:00Z', '2026-10-31T15:00:00Z'] },
  // Another organization's, overdue 50 days on 11-20 (its day deduction capped at 10).
  { key: 'A12', org: 'O', section: 'S1', role: 'lead', createdAt: '2026-09-20T02:00:00Z', due: '2026-10-01', state: 'assigned', percent: 0 },
];

export interface LeadersFixture {
  speechId: string;
  sectionIds: Record<'S1' | 'S2', string>;
  orgIds: Record<OrgKey, string>;
  ids: Record<string, string>;
  itemIds: Record<string, string>;
}

/** Inserts the rows (directly, with their literal instants) and sets the API's clock to NOW. */
export async function insertLeadersFixture(api: TestApi): Promise<LeadersFixture> {
  const db = api.app.get(DataSource);
  api.app.get(ClockService).setNow(NOW);
  const union = await organizationId(api, '县总工会');
  const org = async (name: string, parentId: string | null) => {
    const [row] = await db.query(`INSERT INTO organizations (name, kind, parent_id) VALUES ($1, 'government', $2) RETURNING id`, [name, parentId]);
    return row.id as string;
  };
  const P = await org(ORGS.P, union);
  const C = await org(ORGS.C, P);
  const O = await org(ORGS.O, null);
  const orgIds = { P, C, O };
  const [speech] = await db.query(
    `INSERT INTO speeches (title, date, speaker, raw_text, status) VALUES ('看板测试讲话', '2026-09-01', '县长', '讲话全文', 'published') RETURNING id`,
  );
  const speechId = speech.id as string;
  const item = async (kind: string, title: string, parentId: string | null, due: string | null, position: number) => {
    const [row] = await db.query(
      `INSERT INTO items (speech_id, parent_id, kind, title, text, due_date, status, position) VALUES ($1, $2, $3, $4, '', $5, 'published', $6) RETURNING id`,
      [speechId, parentId, kind, title, due, position],
    );
    return row.id as string;
  };
  const sectionIds = { S1: await item('section', '一、产业发展', null, null, 0), S2: await item('section', '二、民生保障', null, null, 1) };
  const ids: Record<string, string> = {};
  const itemIds: Record<string, string> = {};
  let position = 0;
  for (const row of ROWS) {
    const itemId = row.sameItemAs ? (itemIds[row.sameItemAs] as string) : await item('directive', `事项${row.key}`, sectionIds[row.section], row.due, position++);
    itemIds[row.key] = itemId;
    const [a] = await db.query(
      `INSERT INTO assignments (item_id, organization_id, role, state, due_date, cadence, percent, created_at, completed_at, cancelled_at, cancel_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [itemId, orgIds[row.org], row.role, row.state, row.due, row.cadence ?? null, row.percent, row.createdAt, row.completedAt ?? null, row.cancelledAt ?? null, row.cancelledAt ? '调整' : null],
    );
    ids[row.key] = a.id as string;
    for (const r of row.reports ?? []) {
      await db.query(`INSERT INTO progress_reports (assignment_id, done, problems, percent, created_at) VALUES ($1, $2, $3, $4, $5)`, [a.id, r.done, r.problems, row.percent, r.at]);
    }
    for (const e of row.extensions ?? []) {
      await db.query(
        `INSERT INTO extension_requests (assignment_id, current_due_date, new_due_date, reason, state, decided_at, created_at) VALUES ($1, $2, $3, '需要时间', 'approved', $4, $4)`,
        [a.id, e.from, e.to, e.at],
      );
    }
    for (const at of row.returns ?? []) {
      await db.query(`INSERT INTO audit_events (action, entity_type, entity_id, created_at) VALUES ('assignment.return', 'assignment', $1, $2)`, [a.id, at]);
    }
  }
  return { speechId, sectionIds, orgIds, ids, itemIds };
}

export async function removeLeadersFixture(api: TestApi, fixture: LeadersFixture | undefined): Promise<void> {
  api.app.get(ClockService).setNow(null);
  if (!fixture) return;
  const db = api.app.get(DataSource);
  await db.query(`DELETE FROM speeches WHERE id = $1`, [fixture.speechId]);
  for (const id of [fixture.orgIds.C, fixture.orgIds.P, fixture.orgIds.O]) await db.query(`DELETE FROM organizations WHERE id = $1`, [id]);
}

// ---- The definitions, by hand -------------------------------------------------------------------

/** A period: its first day, the day after, and their Shanghai midnights (written out, not computed). */
export interface HandPeriod {
  from: string;
  to: string;
  startAt: string;
  endAt: string;
}

export const NOVEMBER: HandPeriod = { from: '2026-11-01', to: '2026-12-01', startAt: '2026-10-31T16:00:00Z', endAt: '2026-11-30T16:00:00Z' };
export const OCTOBER: HandPeriod = { from: '2026-10-01', to: '2026-11-01', startAt: '2026-09-30T16:00:00Z', endAt: '2026-10-31T16:00:00Z' };

const t = (iso: string) => Date.parse(iso);
/** The Shanghai calendar day of an instant (UTC+8, no DST). */
export const shanghaiDay = (iso: string) => new Date(t(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
const dayDiff = (a: string, b: string) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);

export interface Expected {
  counted: string[];
  open: string[];
  completed: string[];
  due: string[];
  dueOnTime: string[];
  overdue: string[];
  dueSoon: string[];
  reportMissed: string[];
  late: string[];
  red: string[];
  yellow: string[];
  green: string[];
  /** days late per late row */
  daysLate: Record<string, number>;
  /** days overdue per overdue row */
  overdueDays: Record<string, number>;
  completedIn: string[];
  publishedIn: string[];
}

/** The reference instant and day of a period, with the clock at NOW. */
export function reference(p: HandPeriod): { at: number; day: string } {
  const at = Math.min(t(p.endAt), NOW.getTime());
  const lastDay = dayDiff(p.to, '1970-01-01') - 1;
  const last = new Date(lastDay * 86_400_000).toISOString().slice(0, 10);
  return { at, day: TODAY < last ? TODAY : last };
}

/** The due date in force at `at`, from the row's extensions. */
export function dueAt(row: FixtureRow, at: number): string | null {
  const before = (row.extensions ?? []).filter((e) => t(e.at) < at).sort((a, b) => t(b.at) - t(a.at));
  if (before[0]) return before[0].to;
  const after = (row.extensions ?? []).filter((e) => t(e.at) >= at).sort((a, b) => t(a.at) - t(b.at));
  return after[0] ? after[0].from : row.due;
}

/** The last reporting period before refDay's (monthly and weekly are all the fixtures use), by hand. */
function lastPeriodStart(cadence: Cadence, day: string): { current: string; last: string } {
  if (cadence === 'monthly') {
    const current = `${day.slice(0, 7)}-01`;
    const d = new Date(`${current}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - 1);
    return { current, last: d.toISOString().slice(0, 10) };
  }
  if (cadence === 'weekly') {
    const d = new Date(`${day}T00:00:00Z`);
    const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
    return { current: monday, last: new Date(Date.parse(`${monday}T00:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10) };
  }
  throw new Error(`fixture cadence ${cadence} not computed by hand`);
}

const shanghaiMidnight = (day: string) => t(`${day}T00:00:00Z`) - 8 * 3_600_000;

export function expected(p: HandPeriod, rows: FixtureRow[] = ROWS): Expected {
  const ref = reference(p);
  const e: Expected = {
    counted: [], open: [], completed: [], due: [], dueOnTime: [], overdue: [], dueSoon: [], reportMissed: [], late: [],
    red: [], yellow: [], green: [], daysLate: {}, overdueDays: {}, completedIn: [], publishedIn: [],
  };
  for (const row of rows) {
    const created = t(row.createdAt);
    if (!(created < t(p.endAt))) continue;
    if (row.cancelledAt && t(row.cancelledAt) < t(p.startAt)) continue;
    e.counted.push(row.key);
    if (created >= t(p.startAt)) e.publishedIn.push(row.key);
    const closedAt = row.completedAt ?? row.cancelledAt;
    const open = !closedAt || t(closedAt) >= ref.at;
    const completed = !!row.completedAt && t(row.completedAt) < ref.at;
    const due = dueAt(row, ref.at);
    if (open) e.open.push(row.key);
    if (completed) e.completed.push(row.key);
    if (completed && row.completedAt && t(row.completedAt) >= t(p.startAt)) e.completedIn.push(row.key);
    if (due !== null && due < p.to) e.due.push(row.key);
    const completionDay = row.completedAt ? shanghaiDay(row.completedAt) : null;
    if (completed && due !== null && due < p.to && completionDay! <= due) e.dueOnTime.push(row.key);
    if (completed && due !== null && completionDay! > due) {
      e.late.push(row.key);
      e.daysLate[row.key] = dayDiff(completionDay!, due);
    }
    if (open && due !== null && due < ref.day) {
      e.overdue.push(row.key);
      e.late.push(row.key);
      e.overdueDays[row.key] = dayDiff(ref.day, due);
      e.daysLate[row.key] = dayDiff(ref.day, due);
    }
    const soon = open && due !== null && due >= ref.day && dayDiff(due, ref.day) <= 7;
    if (soon) e.dueSoon.push(row.key);
    let missed = false;
    if (open && row.cadence) {
      const { current, last } = lastPeriodStart(row.cadence, ref.day);
      missed = created < shanghaiMidnight(current) && !(row.reports ?? []).some((r) => t(r.at) >= shanghaiMidnight(last) && t(r.at) < ref.at);
    }
    if (missed) e.reportMissed.push(row.key);
    if (open) {
      if (due !== null && due < ref.day) e.red.push(row.key);
      else if (soon || missed) e.yellow.push(row.key);
      else e.green.push(row.key);
    }
  }
  return e;
}

/** Weekly reporting periods (Monday..Monday, by hand) of the fixtures' weekly rows ending within the period and by today, and whether each had a report. */
export function reportPeriods(p: HandPeriod, rows: FixtureRow[] = ROWS): Array<{ key: string; start: string; end: string; reported: boolean }> {
  const limit = p.to < TODAY ? p.to : TODAY;
  const out: Array<{ key: string; start: string; end: string; reported: boolean }> = [];
  const counted = new Set(expected(p, rows).counted);
  for (const row of rows) {
    if (!row.cadence || !counted.has(row.key)) continue;
    const periods: Array<{ start: string; end: string }> = [];
    if (row.cadence === 'weekly') {
      // Mondays from 2026-08-31 on, written out by stepping seven days.
      for (let d = Date.parse('2026-08-31T00:00:00Z'); ; d += 7 * 86_400_000) {
        const start = new Date(d).toISOString().slice(0, 10);
        const end = new Date(d + 7 * 86_400_000).toISOString().slice(0, 10);
        if (end > limit) break;
        if (end > p.from) periods.push({ start, end });
      }
    } else if (row.cadence === 'monthly') {
      for (const [start, end] of [['2026-09-01', '2026-10-01'], ['2026-10-01', '2026-11-01'], ['2026-11-01', '2026-12-01']] as const) {
        if (end <= limit && end > p.from) periods.push({ start, end });
      }
    }
    for (const period of periods) {
      const endAt = shanghaiMidnight(period.end);
      if (!(t(row.createdAt) < endAt)) continue;
      const closedAt = row.completedAt ?? row.cancelledAt;
      if (closedAt && t(closedAt) < endAt) continue;
      const reported = (row.reports ?? []).some((r) => t(r.at) >= shanghaiMidnight(period.start) && t(r.at) < endAt);
      out.push({ key: row.key, ...period, reported });
    }
  }
  return out;
}

export const rowsOf = (org: OrgKey | OrgKey[]) => ROWS.filter((r) => (Array.isArray(org) ? org : [org]).includes(r.org));
