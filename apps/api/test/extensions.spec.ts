import { addDays } from '@luoshi/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, removeFixtures, today } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface ExtensionView {
  id: string;
  assignmentId: string;
  currentDueDate: string;
  newDueDate: string;
  reason: string;
  state: string;
  decidedById: string | null;
  decisionReason: string | null;
  version: number;
}
interface ErrorBody {
  statusCode: number;
  message: string;
  code: string;
  params?: Record<string, string | number>;
}

const ORG = '县总工会';

describe('extension requests (延期申请)', () => {
  let api: TestApi;
  let org: string;
  let supervisor: string;
  beforeAll(async () => {
    api = await startTestApi();
    org = await api.login('gonghui');
    supervisor = await api.login('duban');
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  const ask = (body: Record<string, unknown>, token = org) => api.request<ExtensionView & ErrorBody>('POST', '/extension-requests', { token, body });

  it('is requested by the organization and approved by a supervisor: the due date moves', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 10 });
    const newDueDate = addDays(today(api), 40);
    const created = await ask({ assignmentId: a.id, newDueDate, reason: '需协调财政资金' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ assignmentId: a.id, currentDueDate: a.dueDate, newDueDate, state: 'pending' });

    const list = await api.request<ExtensionView[]>('GET', `/extension-requests${listQuery({ filter: { assignmentId: a.id, state: 'pending' } })}`, { token: org });
    expect(list.body.map((x) => x.id)).toEqual([created.body.id]);
    expect((await api.request('GET', `/extension-requests/${created.body.id}`, { token: org })).status).toBe(200);
    expect((await api.request('GET', `/extension-requests/${created.body.id}`, { token: await api.login('tuanwei') })).status).toBe(404);
    const foreignList = await api.request<ExtensionView[]>('GET', `/extension-requests${listQuery({ filter: { assignmentId: a.id } })}`, { token: await api.login('tuanwei') });
    expect(foreignList.body).toEqual([]);

    const approved = await api.request<ExtensionView>('POST', `/extension-requests/${created.body.id}/approve`, { token: supervisor, body: { version: 1 } });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', version: 2 });
    expect(approved.body.decidedById).not.toBeNull();
    const assignment = await api.request<{ dueDate: string; daysLeft: number }>('GET', `/assignments/${a.id}`, { token: org });
    expect(assignment.body).toMatchObject({ dueDate: newDueDate, daysLeft: 40 });

    const again = await api.request<ErrorBody>('POST', `/extension-requests/${created.body.id}/reject`, { token: supervisor, body: { reason: 'x' } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'extension.already_decided', message: '该延期申请已批准，只有待审核的申请可以批准或驳回。' });

    const audit = await api.request<Array<{ action: string }>>(
      'GET',
      `/audit-events${listQuery({ sort: ['createdAt', 'ASC'], filter: { entityId: [a.id, created.body.id] } })}`,
      { token: supervisor },
    );
    // The decision and the due date change share one transaction (and its timestamp).
    expect(audit.body.map((e) => e.action).sort()).toEqual(['assignment.extend', 'extension_request.approve', 'extension_request.create']);
  });

  it('is rejected with a reason: the due date stays', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'signed', dueInDays: 5 });
    const created = await ask({ assignmentId: a.id, newDueDate: addDays(today(api), 20), reason: '人手不足' });
    const noReason = await api.request<ErrorBody>('POST', `/extension-requests/${created.body.id}/reject`, { token: supervisor, body: {} });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toMatch(/reason/);
    const stale = await api.request('POST', `/extension-requests/${created.body.id}/reject`, { token: supervisor, body: { reason: '不同意', version: 9 } });
    expect(stale.status).toBe(409);
    const rejected = await api.request<ExtensionView>('POST', `/extension-requests/${created.body.id}/reject`, { token: supervisor, body: { reason: '不同意' } });
    expect(rejected.body).toMatchObject({ state: 'rejected', decisionReason: '不同意' });
    expect((await api.request<{ dueDate: string }>('GET', `/assignments/${a.id}`, { token: org })).body.dueDate).toBe(a.dueDate);
    const audit = await api.request<Array<{ action: string; after: { decisionReason: string } }>>(
      'GET',
      `/audit-events${listQuery({ filter: { entityType: 'extension_request', entityId: created.body.id, action: 'extension_request.reject' } })}`,
      { token: supervisor },
    );
    expect(audit.body.map((e) => e.after.decisionReason)).toEqual(['不同意']);
    // Once decided, a new request may be made.
    expect((await ask({ assignmentId: a.id, newDueDate: addDays(today(api), 15), reason: '再次申请' })).status).toBe(201);
  });

  it('refuses what the rules forbid, with clear messages', async () => {
    const open = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 10 });
    const later = addDays(today(api), 30);
    const bad = async (body: Record<string, unknown>, status: number, expected: RegExp | string, token = org) => {
      const reply = await ask(body, token);
      expect(reply.status, JSON.stringify(body)).toBe(status);
      if (typeof expected === 'string') expect(reply.body.code, JSON.stringify(body)).toBe(expected);
      else expect(reply.body.message).toMatch(expected);
      return reply.body;
    };
    await bad({ assignmentId: open.id, newDueDate: later }, 400, /reason/);
    await bad({ assignmentId: open.id, newDueDate: 'next week', reason: 'r' }, 400, /newDueDate/);
    expect(await bad({ assignmentId: open.id, newDueDate: '2026-02-30', reason: 'r' }, 400, 'validation.field_invalid')).toMatchObject({ params: { field: 'newDueDate' } });
    const notLater = await bad({ assignmentId: open.id, newDueDate: open.dueDate, reason: 'r' }, 400, 'extension.not_later');
    expect(notLater.message).toBe(`新的截止日期须晚于当前截止日期 ${open.dueDate}。`);
    await bad({ assignmentId: open.id, newDueDate: addDays(today(api), 3), reason: 'r' }, 400, 'extension.not_later');
    await bad({ newDueDate: later, reason: 'r' }, 400, /assignmentId/);

    const overdue = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: -1 });
    await bad({ assignmentId: overdue.id, newDueDate: later, reason: 'r' }, 409, 'extension.too_late');
    const dueToday = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 0 });
    await bad({ assignmentId: dueToday.id, newDueDate: later, reason: 'r' }, 409, 'extension.too_late');
    const closed = await createAssignment(api, { organization: ORG, state: 'completed', dueInDays: 10 });
    expect((await bad({ assignmentId: closed.id, newDueDate: later, reason: 'r' }, 409, 'extension.assignment_closed')).message).toBe('该任务已是“已办结”，只有办理中的任务可以延期。');
    const noDue = await createAssignment(api, { organization: ORG, state: 'signed', dueInDays: null });
    await bad({ assignmentId: noDue.id, newDueDate: later, reason: 'r' }, 409, 'extension.no_due_date');

    expect((await ask({ assignmentId: open.id, newDueDate: later, reason: 'r' })).status).toBe(201);
    // The pending request is named by its dates, never by its id.
    const pending = await bad({ assignmentId: open.id, newDueDate: addDays(later, 1), reason: 'r' }, 409, 'extension.pending');
    expect(pending.message).toBe(`该任务已有一项延期申请（${today(api)} 提交，申请延至 ${later}）正在等待审核，请等待审核结果。`);
    expect(pending.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    const english = await api.request<ErrorBody>('POST', '/extension-requests', {
      token: org,
      body: { assignmentId: open.id, newDueDate: addDays(later, 1), reason: 'r' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.message).toBe(`An extension request for this assignment (made on ${today(api)}, to ${later}) is still pending: wait for its decision.`);

    // Who: another organization gets 404 even with a bad body; viewers and supervisors do not ask.
    await bad({ assignmentId: open.id, newDueDate: 'x' }, 404, 'assignment.not_found', await api.login('tuanwei'));
    expect((await bad({ assignmentId: open.id, newDueDate: later, reason: 'r' }, 403, 'assignment.role_forbidden', await api.login('mishu'))).message).toBe('您的角色（只读用户）不能办理交办任务。');
    await bad({ assignmentId: open.id, newDueDate: later, reason: 'r' }, 403, 'assignment.role_forbidden', supervisor);
    expect((await api.request('POST', `/extension-requests/00000000-0000-4000-8000-000000000000/approve`, { token: supervisor, body: {} })).status).toBe(404);
    expect((await api.request('POST', `/extension-requests/00000000-0000-4000-8000-000000000000/approve`, { token: org, body: {} })).status).toBe(403);
  });
});
