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
    expect(again.body.message).toMatch(/Extension request is approved; only a pending request/);

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
    const bad = async (body: Record<string, unknown>, status: number, message: RegExp, token = org) => {
      const reply = await ask(body, token);
      expect(reply.status, JSON.stringify(body)).toBe(status);
      expect(reply.body.message).toMatch(message);
    };
    await bad({ assignmentId: open.id, newDueDate: later }, 400, /reason/);
    await bad({ assignmentId: open.id, newDueDate: 'next week', reason: 'r' }, 400, /newDueDate/);
    await bad({ assignmentId: open.id, newDueDate: '2026-02-30', reason: 'r' }, 400, /newDueDate/);
    await bad({ assignmentId: open.id, newDueDate: open.dueDate, reason: 'r' }, 400, /newDueDate must be later than the current due date/);
    await bad({ assignmentId: open.id, newDueDate: addDays(today(api), 3), reason: 'r' }, 400, /later than the current due date/);
    await bad({ newDueDate: later, reason: 'r' }, 400, /assignmentId/);

    const overdue = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: -1 });
    await bad({ assignmentId: overdue.id, newDueDate: later, reason: 'r' }, 409, /before the due date/);
    const dueToday = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 0 });
    await bad({ assignmentId: dueToday.id, newDueDate: later, reason: 'r' }, 409, /before the due date/);
    const closed = await createAssignment(api, { organization: ORG, state: 'completed', dueInDays: 10 });
    await bad({ assignmentId: closed.id, newDueDate: later, reason: 'r' }, 409, /Assignment is completed; an extension is possible only while it is open/);
    const noDue = await createAssignment(api, { organization: ORG, state: 'signed', dueInDays: null });
    await bad({ assignmentId: noDue.id, newDueDate: later, reason: 'r' }, 409, /no due date/);

    expect((await ask({ assignmentId: open.id, newDueDate: later, reason: 'r' })).status).toBe(201);
    await bad({ assignmentId: open.id, newDueDate: addDays(later, 1), reason: 'r' }, 409, /still pending/);

    // Who: another organization gets 404 even with a bad body; viewers and supervisors do not ask.
    await bad({ assignmentId: open.id, newDueDate: 'x' }, 404, /No assignment/, await api.login('tuanwei'));
    await bad({ assignmentId: open.id, newDueDate: later, reason: 'r' }, 403, /role/, await api.login('mishu'));
    await bad({ assignmentId: open.id, newDueDate: later, reason: 'r' }, 403, /role/, supervisor);
    expect((await api.request('POST', `/extension-requests/00000000-0000-4000-8000-000000000000/approve`, { token: supervisor, body: {} })).status).toBe(404);
    expect((await api.request('POST', `/extension-requests/00000000-0000-4000-8000-000000000000/approve`, { token: org, body: {} })).status).toBe(403);
  });
});
