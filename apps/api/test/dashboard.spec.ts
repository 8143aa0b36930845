import type { Count, DashboardSummary, Heatmap, OrganizationRanking, Scorecard, SpeechBoard, SpeechProgress, WeeklyTrend } from '@luoshi/common';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expected,
  insertLeadersFixture,
  NOVEMBER,
  NOW,
  OCTOBER,
  removeLeadersFixture,
  reportPeriods,
  rowsOf,
  type HandPeriod,
  type LeadersFixture,
} from './support/leaders-fixtures';
import { createAssignment, removeFixtures } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface ErrorBody {
  code: string;
  params?: Record<string, string | number>;
}

let api: TestApi;
let fx: LeadersFixture;
let supervisor: string;
let unionAdmin: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await insertLeadersFixture(api);
  supervisor = await api.login('duban');
  unionAdmin = await api.login('gonghui');
});

afterAll(async () => {
  await removeFixtures(api);
  await removeLeadersFixture(api, fx);
  await api.close();
});

const keysOf = (ids: string[]) => ids.map((id) => Object.entries(fx.ids).find(([, v]) => v === id)?.[0] ?? id).sort();
const sorted = (keys: string[]) => [...keys].sort();
const period = (p: HandPeriod) => `from=${p.from}&to=${p.to}`;

async function get<T>(path: string, token = supervisor): Promise<T> {
  const reply = await api.request<T>('GET', path, { token });
  expect(reply.status, `${path}: ${JSON.stringify(reply.body)}`).toBe(200);
  return reply.body;
}

/** The rows the assignments list gives for a drill-down filter: the total must equal the count. */
async function drill(count: Count, token = supervisor): Promise<string[]> {
  const reply = await api.request<Array<{ id: string }>>('GET', `/assignments${listQuery({ filter: count.filter, range: [0, 999] })}`, { token });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  expect(reply.headers.get('content-range'), JSON.stringify(count.filter)).toMatch(new RegExp(`/${count.value}$`));
  return keysOf(reply.body.map((r) => r.id));
}

describe('the dashboard summary (督办看板 KPI cards)', () => {
  for (const [name, p] of [['November 2026', NOVEMBER], ['October 2026 (recomputed from history)', OCTOBER]] as const) {
    it(`equals the definitions computed by hand for ${name}, and each card drills down to exactly its rows`, async () => {
      const e = expected(p);
      const s = await get<DashboardSummary>(`/dashboard/summary?${period(p)}&speechId=${fx.speechId}`);
      expect(s.scope).toMatchObject({ from: p.from, to: p.to, speechId: fx.speechId });
      const cards: Array<[Count, string[]]> = [
        [s.total, e.counted],
        [s.open, e.open],
        [s.completed, e.completed],
        [s.due, e.due],
        [s.completedOnTime, e.dueOnTime],
        [s.overdue, e.overdue],
        [s.dueSoon, e.dueSoon],
        [s.reportMissed, e.reportMissed],
        [s.late, e.late],
        [s.lights.red, e.red],
        [s.lights.yellow, e.yellow],
        [s.lights.green, e.green],
      ];
      for (const [count, keys] of cards) {
        expect(count.value, JSON.stringify(count.filter)).toBe(keys.length);
        expect(await drill(count)).toEqual(sorted(keys));
      }
      expect(s.completionRate).toEqual({ value: e.completed.length / e.counted.length, numerator: e.completed.length, denominator: e.counted.length });
      expect(s.onTimeRate.numerator).toBe(e.dueOnTime.length);
      expect(s.onTimeRate.denominator).toBe(e.due.length);
      const lateDays = Object.values(e.daysLate);
      expect(s.averageDaysLate).toBe(Math.round((lateDays.reduce((a, b) => a + b, 0) / lateDays.length) * 10) / 10);
      const periods = reportPeriods(p);
      expect(s.reportTimeliness).toMatchObject({ numerator: periods.filter((x) => x.reported).length, denominator: periods.length });
    });
  }

  it('reads literally what the November rows say (the hand computation is not vacuous)', async () => {
    const s = await get<DashboardSummary>(`/dashboard/summary?period=month&date=2026-11-05&speechId=${fx.speechId}`);
    expect([s.total.value, s.open.value, s.completed.value, s.due.value, s.completedOnTime.value]).toEqual([11, 7, 3, 8, 2]);
    expect([s.overdue.value, s.dueSoon.value, s.reportMissed.value, s.lights.red.value, s.lights.yellow.value, s.lights.green.value]).toEqual([2, 1, 1, 2, 2, 3]);
    // A4 17 days late (completed 11-06 in Shanghai), A1 10 and A12 50 days overdue on 11-20.
    expect(s.averageDaysLate).toBe(25.7);
    // A9: weeks of 10-26 (reported Sunday 23:00), 11-02 (none), 11-09 (reported); A10: 11-02, 11-09 (none).
    expect(s.reportTimeliness).toEqual({ value: 2 / 5, numerator: 2, denominator: 5 });
    // October, from history: A11's due date was still 11-05 (extended on 11-04), so it was due soon then.
    const oct = await get<DashboardSummary>(`/dashboard/summary?period=month&date=2026-10-15&speechId=${fx.speechId}`);
    expect(await drill(oct.dueSoon)).toEqual(['A11']);
    expect(oct.scope.referenceDay).toBe('2026-10-31');
    expect(await drill(oct.reportMissed)).toEqual(['A8']);
  });

  it('counts a week that starts on Monday in Shanghai', async () => {
    // The week of Monday 2026-11-02 begins 2026-11-01T16:00Z: A3 (published 11-02 09:00) and A10, A7 are in it.
    const s = await get<DashboardSummary>(`/dashboard/summary?period=week&date=2026-11-04&speechId=${fx.speechId}`);
    expect(s.scope).toMatchObject({ from: '2026-11-02', to: '2026-11-09' });
    const e = expected({ from: '2026-11-02', to: '2026-11-09', startAt: '2026-11-01T16:00:00Z', endAt: '2026-11-08T16:00:00Z' });
    expect(await drill(s.total)).toEqual(sorted(e.counted));
    expect(await drill(s.completed)).toEqual(sorted(e.completed));
    expect(await drill(s.overdue)).toEqual(sorted(e.overdue));
  });

  it('covers only the organization and its subtree for an org user, and never another organization', async () => {
    const e = expected(NOVEMBER, rowsOf(['P', 'C']));
    const s = await get<DashboardSummary>(`/dashboard/summary?${period(NOVEMBER)}&speechId=${fx.speechId}`, unionAdmin);
    expect(s.total.value).toBe(e.counted.length);
    expect(await drill(s.total, unionAdmin)).toEqual(sorted(e.counted));
    expect(await drill(s.overdue, unionAdmin)).toEqual(['A1']);
    const other = await api.request<ErrorBody>('GET', `/dashboard/summary?organizationId=${fx.orgIds.O}`, { token: unionAdmin });
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('record.not_found');
    const card = await api.request<ErrorBody>('GET', `/dashboard/organizations/${fx.orgIds.O}/scorecard`, { token: unionAdmin });
    expect(card.status).toBe(404);
    const ranking = await get<OrganizationRanking>(`/dashboard/ranking?${period(NOVEMBER)}&speechId=${fx.speechId}`, unionAdmin);
    expect(ranking.rows.map((r) => r.name).sort()).toEqual(['看板测试中心', '看板测试局']);
  });

  it('refuses a period that is not one, with its code', async () => {
    for (const [query, code] of [
      ['from=2026-11-01', 'dashboard.period_invalid'],
      ['from=2026-11-05&to=2026-11-01', 'dashboard.period_invalid'],
      ['from=2026-11-01&to=2026-12-01&period=month', 'dashboard.period_invalid'],
      ['from=2025-01-01&to=2026-12-01', 'dashboard.period_too_long'],
      ['period=decade', 'validation.field_invalid'],
      ['date=2026-02-30&period=month', 'validation.field_invalid'],
      ['schemeId=00000000-0000-4000-8000-000000000000', 'dashboard.scheme_unknown'],
    ]) {
      const path = query.startsWith('schemeId') ? '/dashboard/ranking' : '/dashboard/summary';
      const reply = await api.request<ErrorBody>('GET', `${path}?${query}`, { token: supervisor });
      expect(reply.status, query).toBe(400);
      expect(reply.body.code, query).toBe(code);
    }
    const heat = await api.request<ErrorBody>('GET', '/dashboard/heatmap?by=section', { token: supervisor });
    expect(heat.body.code).toBe('dashboard.section_needs_speech');
  });
});

describe('the ranking (红黑榜) and scorecard', () => {
  it('ranks by the score the default scheme gives, each term explained', async () => {
    const r = await get<OrganizationRanking>(`/dashboard/ranking?${period(NOVEMBER)}&speechId=${fx.speechId}`);
    expect(r.rows.map((x) => [x.name, x.score.value])).toEqual([
      // C: 100 − 1 (A9 missed the week of 11-02) + 1 (A3 completed ten days early).
      ['看板测试中心', 100],
      // P: 100 − (2 + 0.5 × 10) − 2 (A10's two weeks) − 1 (A11 returned on 11-12).
      ['看板测试局', 90],
      // O: 100 − (2 + min(0.5 × 50, 10)).
      ['看板其他局', 88],
    ]);
    const p = r.rows.find((x) => x.name === '看板测试局');
    expect(p?.score.components.map((c) => c.text)).toEqual([
      '基础分 100.0',
      '−7.0：1 项超期，合计超期 10 天',
      '−2.0：2 个报送周期未报送',
      '−1.0：被退回 1 次',
    ]);
    expect(p?.score.components.reduce((s, c) => s + c.points, 0)).toBe(p?.score.value);
    const o = r.rows.find((x) => x.name === '看板其他局');
    expect(o?.score.components[1]?.text).toBe('−12.0：1 项超期，合计超期 50 天');
    for (const row of r.rows) {
      const e = expected(NOVEMBER, rowsOf(row.name === '看板测试局' ? 'P' : row.name === '看板测试中心' ? 'C' : 'O'));
      expect(await drill(row.total)).toEqual(sorted(e.counted));
      expect(await drill(row.overdue)).toEqual(sorted(e.overdue));
      expect(await drill(row.completedOnTime)).toEqual(sorted(e.dueOnTime));
      expect(row.onTimeRate.denominator).toBe(e.due.length);
    }
  });

  it('explains one organization with its subtree', async () => {
    const card = await get<Scorecard>(`/dashboard/organizations/${fx.orgIds.P}/scorecard?${period(NOVEMBER)}&speechId=${fx.speechId}`, unionAdmin);
    const e = expected(NOVEMBER, rowsOf(['P', 'C']));
    expect(card.organization.name).toBe('看板测试局');
    expect(card.figures.total.value).toBe(e.counted.length);
    expect(keysOf(card.openAssignments.map((a) => a.id))).toEqual(sorted(e.open));
    expect(keysOf(card.overdueAssignments.map((a) => a.id))).toEqual(['A1']);
    expect(keysOf(card.recentlyCompleted.map((a) => a.id))).toEqual(sorted(e.completedIn));
    expect(card.organizations.map((o) => o.name)).toEqual(['看板测试局', '看板测试中心']);
    // Subtree: 1 overdue (A1, 10 days), 3 missed weeks (A10 ×2, A9 ×1), 1 return, 1 early completion.
    expect(card.score.value).toBe(100 - 7 - 3 - 1 + 1);
    expect(card.reportTimeliness).toEqual([{ cadence: 'weekly', periods: 5, reported: 2 }]);
  });
});

describe('progress, trend, heatmap and the speech board', () => {
  it('gives each speech and section its counted rows', async () => {
    const pr = await get<SpeechProgress>(`/dashboard/progress?${period(NOVEMBER)}&speechId=${fx.speechId}`);
    expect(pr.speeches).toHaveLength(1);
    const speech = pr.speeches[0]!;
    const e = expected(NOVEMBER);
    expect(await drill(speech.total)).toEqual(sorted(e.counted));
    expect(speech.sections.map((s) => s.title)).toEqual(['一、产业发展', '二、民生保障']);
    const s1 = expected(NOVEMBER).counted.filter((k) => ['A1', 'A13', 'A3', 'A4', 'A11', 'A12'].includes(k));
    expect(await drill(speech.sections[0]!.total)).toEqual(sorted(s1));
    expect(await drill(speech.sections[1]!.completed)).toEqual([]);
  });

  it('counts each week: new, completed, on time, overdue at its end', async () => {
    const trend = await get<WeeklyTrend>(`/dashboard/trend?${period(NOVEMBER)}&speechId=${fx.speechId}`);
    expect(trend.weeks.map((w) => w.weekStart)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    const week = (start: string, end: string, startAt: string, endAt: string) => expected({ from: start, to: end, startAt, endAt });
    const w1 = trend.weeks[0]!;
    const e1 = week('2026-10-26', '2026-11-02', '2026-10-25T16:00:00Z', '2026-11-01T16:00:00Z');
    expect(await drill(w1.created)).toEqual(sorted(e1.publishedIn));
    expect(await drill(w1.overdue)).toEqual(sorted(e1.overdue));
    const w3 = trend.weeks[2]!;
    const e3 = week('2026-11-09', '2026-11-16', '2026-11-08T16:00:00Z', '2026-11-15T16:00:00Z');
    expect(await drill(w3.completed)).toEqual(sorted(e3.completedIn));
    expect(await drill(w3.completedOnTime)).toEqual(['A13', 'A3']);
    expect(await drill(trend.weeks[1]!.completed)).toEqual(['A4']);
    expect(trend.weeks[1]!.completedOnTime.value).toBe(0);
  });

  // Overdue at each week's end, every week: ended weeks and the running and coming ones (ref now),
  // rows withdrawn, completed late, extended; in November and in October (recomputed from history).
  const WEEKS: Record<string, Array<[string, string, string, string]>> = {
    november: [
      ['2026-10-26', '2026-11-02', '2026-10-25T16:00:00Z', '2026-11-01T16:00:00Z'],
      ['2026-11-02', '2026-11-09', '2026-11-01T16:00:00Z', '2026-11-08T16:00:00Z'],
      ['2026-11-09', '2026-11-16', '2026-11-08T16:00:00Z', '2026-11-15T16:00:00Z'],
      ['2026-11-16', '2026-11-23', '2026-11-15T16:00:00Z', '2026-11-22T16:00:00Z'],
      ['2026-11-23', '2026-11-30', '2026-11-22T16:00:00Z', '2026-11-29T16:00:00Z'],
      ['2026-11-30', '2026-12-07', '2026-11-29T16:00:00Z', '2026-12-06T16:00:00Z'],
    ],
    october: [
      ['2026-09-28', '2026-10-05', '2026-09-27T16:00:00Z', '2026-10-04T16:00:00Z'],
      ['2026-10-05', '2026-10-12', '2026-10-04T16:00:00Z', '2026-10-11T16:00:00Z'],
      ['2026-10-12', '2026-10-19', '2026-10-11T16:00:00Z', '2026-10-18T16:00:00Z'],
      ['2026-10-19', '2026-10-26', '2026-10-18T16:00:00Z', '2026-10-25T16:00:00Z'],
      ['2026-10-26', '2026-11-02', '2026-10-25T16:00:00Z', '2026-11-01T16:00:00Z'],
    ],
  };
  for (const [name, p] of [['november', NOVEMBER], ['october', OCTOBER]] as const) {
    it(`counts the overdue at the end of every week of ${name}`, async () => {
      const trend = await get<WeeklyTrend>(`/dashboard/trend?${period(p)}&speechId=${fx.speechId}`);
      const weeks = WEEKS[name]!;
      expect(trend.weeks.map((w) => w.weekStart)).toEqual(weeks.map((w) => w[0]));
      for (const [i, [from, to, startAt, endAt]] of weeks.entries()) {
        const e = expected({ from, to, startAt, endAt });
        expect(await drill(trend.weeks[i]!.overdue), from).toEqual(sorted(e.overdue));
      }
    });
  }

  it('colours organization × speech cells and opens their rows', async () => {
    const heat = await get<Heatmap>(`/dashboard/heatmap?${period(NOVEMBER)}&speechId=${fx.speechId}`);
    const cell = heat.cells.find((c) => c.organizationId === fx.orgIds.P);
    expect(cell?.light).toBe('red');
    expect(await drill(cell!.total)).toEqual(sorted(expected(NOVEMBER, rowsOf('P')).counted));
    const bySection = await get<Heatmap>(`/dashboard/heatmap?${period(NOVEMBER)}&speechId=${fx.speechId}&by=section`);
    const c2 = bySection.cells.find((c) => c.organizationId === fx.orgIds.C && c.columnId === fx.sectionIds.S2);
    expect(await drill(c2!.total)).toEqual(['A7', 'A9']);
    expect(c2?.light).toBe('yellow');
  });

  it('draws the speech outline with each item’s organizations and lights', async () => {
    const board = await get<SpeechBoard>(`/dashboard/speeches/${fx.speechId}/board?${period(NOVEMBER)}`);
    expect(board.items.map((i) => i.title)).toEqual(['一、产业发展', '二、民生保障']);
    expect(board.items[0]?.light).toBe('red');
    const a1 = board.items[0]?.children.find((c) => c.title === '事项A1');
    expect(a1?.organizations.map((o) => [o.name, o.role, o.overdueDays])).toEqual([
      ['看板测试局', 'lead', 10],
      ['看板测试中心', 'support', null],
    ]);
    const own = await get<SpeechBoard>(`/dashboard/speeches/${fx.speechId}/board?${period(NOVEMBER)}`, unionAdmin);
    const names = own.items.flatMap((s) => s.children.flatMap((c) => c.organizations.map((o) => o.name)));
    expect(names).not.toContain('看板其他局');
    expect(names).toContain('看板测试局');
  });
});

describe('the speeches the progress chart and the heatmap cover', () => {
  // Four more speeches for 看板其他局, newer than the fixture's (2026-09-01): X0 has no counted work
  // in November (its one assignment was withdrawn in October), X1–X3 one open assignment each.
  const speeches: Record<string, string> = {};
  const db = () => api.app.get(DataSource);
  beforeAll(async () => {
    for (const [key, date, cancelledAt] of [
      ['X0', '2026-11-19', '2026-10-20T02:00:00Z'],
      ['X1', '2026-11-18', null],
      ['X2', '2026-11-17', null],
      ['X3', '2026-11-16', null],
    ] as const) {
      const [speech] = await db().query(`INSERT INTO speeches (title, date, speaker, raw_text, status) VALUES ($1, $2, '县长', '讲话全文', 'published') RETURNING id`, [`选取测试${key}`, date]);
      speeches[key] = speech.id as string;
      const [item] = await db().query(`INSERT INTO items (speech_id, kind, title, text, due_date, status, position) VALUES ($1, 'directive', $2, '', '2026-12-31', 'published', 0) RETURNING id`, [speech.id, `选取事项${key}`]);
      await db().query(
        `INSERT INTO assignments (item_id, organization_id, role, state, due_date, percent, created_at, cancelled_at, cancel_reason) VALUES ($1, $2, 'lead', $3, '2026-12-31', 10, '2026-10-10T02:00:00Z', $4, $5)`,
        [item.id, fx.orgIds.O, cancelledAt ? 'cancelled' : 'in_progress', cancelledAt, cancelledAt ? '调整' : null],
      );
    }
  });
  afterAll(async () => {
    for (const id of Object.values(speeches)) await db().query(`DELETE FROM speeches WHERE id = $1`, [id]);
  });
  const scope = () => `${period(NOVEMBER)}&organizationId=${fx.orgIds.O}`;
  const speechKey = (id: string) => Object.entries(speeches).find(([, v]) => v === id)?.[0] ?? (id === fx.speechId ? 'fixture' : id);

  it('lists the most recent speeches with counted work, without their sections, each total drilling down', async () => {
    const two = await get<SpeechProgress>(`/dashboard/progress?${scope()}&limit=2`);
    expect(two.speeches.map((s) => speechKey(s.speechId))).toEqual(['X1', 'X2']);
    expect([two.limit, two.more]).toEqual([2, true]);
    expect(two.speeches.every((s) => s.sections.length === 0)).toBe(true);
    for (const s of two.speeches) expect(await drill(s.total)).toHaveLength(1);
    const all = await get<SpeechProgress>(`/dashboard/progress?${scope()}&limit=4`);
    expect(all.speeches.map((s) => speechKey(s.speechId))).toEqual(['X1', 'X2', 'X3', 'fixture']);
    expect(all.more).toBe(false);
    expect(await drill(all.speeches[3]!.total)).toEqual(sorted(expected(NOVEMBER, rowsOf('O')).counted));
    // The default is 12: all four here.
    expect((await get<SpeechProgress>(`/dashboard/progress?${scope()}`)).limit).toBe(12);
  });

  it('gives the heatmap the same speeches as columns', async () => {
    const heat = await get<Heatmap>(`/dashboard/heatmap?${scope()}&limit=3`);
    expect(heat.columns.map((c) => speechKey(c.id))).toEqual(['X1', 'X2', 'X3']);
    expect(heat.more).toBe(true);
    expect(heat.cells).toHaveLength(3);
    for (const cell of heat.cells) expect(await drill(cell.total)).toHaveLength(1);
  });

  it('refuses a limit outside 1–100', async () => {
    for (const limit of ['0', '101', 'x']) {
      const reply = await api.request<ErrorBody>('GET', `/dashboard/progress?${scope()}&limit=${limit}`, { token: supervisor });
      expect(reply.status, limit).toBe(400);
      expect(reply.body.params?.['field']).toBe('limit');
    }
  });
});

describe('the history a past period needs', () => {
  it('keeps when an assignment was withdrawn', async () => {
    const a = await createAssignment(api, { organization: '县总工会', state: 'in_progress', dueInDays: 10 });
    const reply = await api.request<{ state: string; cancelledAt: string | null }>('POST', `/assignments/${a.id}/cancel`, { token: supervisor, body: { reason: '工作调整' } });
    expect(reply.status).toBe(200);
    expect(reply.body.state).toBe('cancelled');
    // Stamped by the deployment's clock (standing at NOW for these tests), not the machine's.
    const stamped = Date.parse(reply.body.cancelledAt ?? '');
    expect(stamped).toBeGreaterThanOrEqual(NOW.getTime());
    expect(stamped).toBeLessThan(NOW.getTime() + 60_000);
    const events = await api.request<Array<{ action: string; after: { cancelledAt: string } }>>('GET', `/assignments/${a.id}/history`, { token: supervisor });
    expect(events.body.find((e) => e.action === 'assignment.cancel')?.after.cancelledAt).toBe(reply.body.cancelledAt);
  });
});
