import { ProgressReport } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, removeFixtures } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

describe('actions are applied atomically against the current state', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  it('two concurrent approves: one 200, one 409', async () => {
    const a = await createAssignment(api, { organization: '县总工会', state: 'completion_requested' });
    const supervisor = await api.login('duban');
    const admin = await api.login('admin');
    const replies = await Promise.all([
      api.request('POST', `/assignments/${a.id}/approve`, { token: supervisor, body: {} }),
      api.request('POST', `/assignments/${a.id}/approve`, { token: admin, body: {} }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    const events = await api.request<unknown[]>('GET', `/audit-events${listQuery({ filter: { entityId: a.id, action: 'assignment.approve' } })}`, { token: admin });
    expect(events.body).toHaveLength(1);
  });

  it('approve racing cancel: exactly one wins', async () => {
    const a = await createAssignment(api, { organization: '县总工会', state: 'completion_requested' });
    const supervisor = await api.login('duban');
    const replies = await Promise.all([
      api.request('POST', `/assignments/${a.id}/approve`, { token: supervisor, body: {} }),
      api.request('POST', `/assignments/${a.id}/cancel`, { token: supervisor, body: { reason: '撤销' } }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('50 concurrent reports on one assignment are all stored; the first one starts the work', async () => {
    const a = await createAssignment(api, { organization: '县总工会', state: 'signed' });
    const token = await api.login('gonghui');
    const replies = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        api.request('POST', `/assignments/${a.id}/report`, { token, body: { done: `第${i + 1}次反馈`, percent: i + 1, version: 1 } }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(await api.app.get(DataSource).getRepository(ProgressReport).countBy({ assignmentId: a.id })).toBe(50);
    const list = await api.request<unknown[]>('GET', `/reports${listQuery({ filter: { assignmentId: a.id } })}`, { token });
    expect(list.headers.get('content-range')).toBe('reports 0-24/50');
    const view = await api.request<{ state: string; version: number }>('GET', `/assignments/${a.id}`, { token });
    expect(view.body).toMatchObject({ state: 'in_progress', version: 51 });
    const starts = await api.request<Array<{ before: { state: string } }>>(
      'GET',
      `/audit-events${listQuery({ range: [0, 99], filter: { entityId: a.id, action: 'assignment.report' } })}`,
      { token: await api.login('duban') },
    );
    expect(starts.body).toHaveLength(50);
    expect(starts.body.filter((e) => e.before.state === 'signed')).toHaveLength(1);
  });
  it('50 concurrent reports: the assignment keeps the percent of the newest report', async () => {
    const a = await createAssignment(api, { organization: '县总工会', state: 'signed' });
    const token = await api.login('gonghui');
    // Percents in an order unrelated to arrival, so the last writer and the newest report must agree.
    const percents = Array.from({ length: 50 }, (_, i) => ((i * 37) % 97) + 1);
    const replies = await Promise.all(
      percents.map((percent, i) => api.request('POST', `/assignments/${a.id}/report`, { token, body: { done: `并发反馈${i}`, percent } })),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(50).fill(201));
    const rows: Array<{ percent: number; newest: number; distinct_times: string }> = await api.app.get(DataSource).query(
      `SELECT a.percent,
              (SELECT r.percent FROM progress_reports r WHERE r.assignment_id = a.id ORDER BY r.created_at DESC LIMIT 1) AS newest,
              (SELECT COUNT(DISTINCT r.created_at) FROM progress_reports r WHERE r.assignment_id = a.id) AS distinct_times
       FROM assignments a WHERE a.id = $1`,
      [a.id],
    );
    expect(Number(rows[0]?.distinct_times)).toBe(50);
    expect(rows[0]?.percent).toBe(rows[0]?.newest);
    const view = await api.request<{ percent: number }>('GET', `/assignments/${a.id}`, { token });
    const newest = await api.request<Array<{ percent: number }>>('GET', `/reports${listQuery({ sort: ['createdAt', 'DESC'], range: [0, 0], filter: { assignmentId: a.id } })}`, { token });
    expect(view.body.percent).toBe(newest.body[0]?.percent);
  });
});
