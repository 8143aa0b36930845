import { addDays, dashboardPeriod, type DashboardSummary, type Scorecard } from '@luoshi/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, organizationId, removeFixtures, today } from './support/fixtures';
import { DataSource } from 'typeorm';
import { startTestApi, type TestApi } from './support/test-api';

// The figures follow every write path that changes what they count: each step changes one
// assignment through the API and checks that exactly the figures it should move did, by how much.
const ORG = '县农技推广中心';

describe('the dashboard figures after writes through the API', () => {
  let api: TestApi;
  let staff: string;
  let supervisor: string;
  let orgId: string;
  let query: string;

  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.login('nongji');
    supervisor = await api.login('duban');
    orgId = await organizationId(api, ORG);
    const month = dashboardPeriod('month', today(api));
    query = `from=${month.start}&to=${month.end}&organizationId=${orgId}`;
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  interface Figures {
    total: number;
    open: number;
    completed: number;
    overdue: number;
    dueSoon: number;
    reportMissed: number;
    red: number;
    yellow: number;
    green: number;
    returns: number;
  }

  async function figures(): Promise<Figures> {
    const summary = await api.request<DashboardSummary>('GET', `/dashboard/summary?${query}`, { token: supervisor });
    expect(summary.status, JSON.stringify(summary.body)).toBe(200);
    const card = await api.request<Scorecard>('GET', `/dashboard/organizations/${orgId}/scorecard?${query}`, { token: supervisor });
    expect(card.status, JSON.stringify(card.body)).toBe(200);
    const s = summary.body;
    return {
      total: s.total.value,
      open: s.open.value,
      completed: s.completed.value,
      overdue: s.overdue.value,
      dueSoon: s.dueSoon.value,
      reportMissed: s.reportMissed.value,
      red: s.lights.red.value,
      yellow: s.lights.yellow.value,
      green: s.lights.green.value,
      returns: card.body.figures.returns,
    };
  }

  /** Runs `step` and checks the figures moved by `delta` (every other figure unchanged). */
  async function moves(step: () => Promise<void>, delta: Partial<Figures>): Promise<void> {
    const before = await figures();
    await step();
    const after = await figures();
    const want = Object.fromEntries(Object.entries(before).map(([k, v]) => [k, v + (delta[k as keyof Figures] ?? 0)]));
    expect(after).toEqual(want);
  }

  const act = async (id: string, action: string, token: string, body: Record<string, unknown> = {}) => {
    const reply = await api.request('POST', `/assignments/${id}/${action}`, { token, body });
    expect(reply.status, `${action}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);
  };

  it('moves on report, extension approval, return, approval and cancellation', async () => {
    let overdue = '';
    await moves(
      async () => {
        overdue = (await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: -3 })).id;
      },
      { total: 1, open: 1, overdue: 1, red: 1 },
    );
    // Weekly reports, none yet, published a month ago: a missed report (yellow) until one comes.
    let weekly = '';
    await moves(
      async () => {
        weekly = (await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 60, cadence: 'weekly', createdDaysAgo: 30 })).id;
      },
      { total: 1, open: 1, reportMissed: 1, yellow: 1 },
    );
    await moves(() => act(weekly, 'report', staff, { done: '本周推进', percent: 30 }), { reportMissed: -1, yellow: -1, green: 1 });

    // Due in two days, then extended by forty: no longer due soon.
    let soon = '';
    await moves(
      async () => {
        soon = (await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 2 })).id;
      },
      { total: 1, open: 1, dueSoon: 1, yellow: 1 },
    );
    await moves(async () => {
      const asked = await api.request<{ id: string }>('POST', '/extension-requests', {
        token: staff,
        body: { assignmentId: soon, newDueDate: addDays(today(api), 40), reason: '需协调资金' },
      });
      expect(asked.status, JSON.stringify(asked.body)).toBe(201);
      const approved = await api.request('POST', `/extension-requests/${asked.body.id}/approve`, { token: supervisor, body: {} });
      expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    }, { dueSoon: -1, yellow: -1, green: 1 });

    await moves(async () => {
      await act(overdue, 'request-completion', staff, { summary: '基本完成' });
      await act(overdue, 'return', supervisor, { reason: '请补充材料' });
    }, { returns: 1 });
    await moves(async () => {
      await act(overdue, 'request-completion', staff, { summary: '已补充' });
      await act(overdue, 'approve', supervisor);
    }, { open: -1, completed: 1, overdue: -1, red: -1 });

    // Withdrawn within the period: still counted in it, no longer open.
    await moves(() => act(weekly, 'cancel', supervisor, { reason: '工作调整' }), { open: -1, green: -1 });
  });

  it('follows reports written straight to the table (the generators, a fixture) and removed', async () => {
    const db = api.app.get(DataSource);
    let weekly = '';
    await moves(
      async () => {
        weekly = (await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 60, cadence: 'weekly', createdDaysAgo: 30 })).id;
      },
      { total: 1, open: 1, reportMissed: 1, yellow: 1 },
    );
    // Two at once, one of them older: the latest counts.
    await moves(
      () =>
        db.query(`INSERT INTO progress_reports (assignment_id, done, percent, created_at) VALUES ($1, '补报', 10, now() - interval '20 days'), ($1, '本周', 20, now() - interval '1 day')`, [weekly]),
      { reportMissed: -1, yellow: -1, green: 1 },
    );
    await moves(() => db.query(`DELETE FROM progress_reports WHERE assignment_id = $1 AND done = '本周'`, [weekly]), { reportMissed: 1, yellow: 1, green: -1 });
  });
});
