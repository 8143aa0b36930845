import { addDays, type AssignmentState } from '@luoshi/common';
import { Notification, Speech } from '@luoshi/data';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssignmentFixture, createAssignment, ensureUser, fixturePassword, removeFixtures, today, userId } from './support/fixtures';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Every endpoint × every kind of caller, checked through HTTP. The assignments under test belong
 * to 县农技推广中心, whose parent is 县农业农村局 (an org admin there acts for it too).
 */
const CALLERS = {
  admin: 'admin',
  supervisor: 'duban',
  viewer: 'mishu',
  orgAdminOwn: 'mx_nongji_admin',
  orgAdminParent: 'nongye',
  orgAdminOther: 'gonghui',
  orgStaffOwn: 'nongji',
  orgStaffOther: 'tuanwei',
} as const;
type Caller = keyof typeof CALLERS;
type Expected = Record<Caller, number>;

const ORG = '县农技推广中心';

const everyone = (status: number): Expected => ({
  admin: status,
  supervisor: status,
  viewer: status,
  orgAdminOwn: status,
  orgAdminParent: status,
  orgAdminOther: status,
  orgStaffOwn: status,
  orgStaffOther: status,
});
/** Readable by everyone who may see the organization's work; 404 for another organization. */
const scopedRead: Expected = { ...everyone(200), orgAdminOther: 404, orgStaffOther: 404 };
/** The responsible organization acts; supervisors and viewers are refused; others do not see it. */
const work = (ok: number): Expected => ({ ...everyone(ok), admin: 403, supervisor: 403, viewer: 403, orgAdminOther: 404, orgStaffOther: 404 });
/** Supervisors and admins decide; everyone else is refused by role. */
const supervise = (ok: number): Expected => ({ ...everyone(403), admin: ok, supervisor: ok });
const globalRead: Expected = { ...everyone(403), admin: 200, supervisor: 200, viewer: 200 };
/** Creating in another team's module: role passes, the empty body fails (400), or the role is refused. */
const createBySupervisor: Expected = { ...everyone(403), admin: 400, supervisor: 400 };

interface Call {
  method: string;
  path: string;
  body?: unknown;
  form?: FormData;
}
interface Row {
  name: string;
  expected: Expected;
  /** Builds the request; called once per caller so each state-changing call has its own fixture. */
  call: (caller: Caller) => Promise<Call>;
}

describe('authorization matrix: every endpoint × role', () => {
  let api: TestApi;
  const tokens = new Map<Caller, string>();
  let shared: AssignmentFixture;
  let reportId: string;
  let attachmentId: string;
  let extensionId: string;
  let speechId: string;
  let organizationIdOfOrg: string;
  let auditEventId: string;
  let storageDir: string;

  const fresh = (state: AssignmentState) => createAssignment(api, { organization: ORG, state, dueInDays: 10 });
  const token = (caller: Caller) => tokens.get(caller) as string;
  const pdfForm = (assignmentId: string) => {
    const data = new FormData();
    data.append('assignmentId', assignmentId);
    data.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'm.pdf');
    return data;
  };

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'luoshi-matrix-files-'));
    api = await startTestApi({ STORAGE_DIR: storageDir });
    await ensureUser(api, CALLERS.orgAdminOwn, 'org_admin', ORG);
    for (const [caller, username] of Object.entries(CALLERS) as Array<[Caller, string]>) {
      tokens.set(caller, username === CALLERS.orgAdminOwn ? await api.login(username, fixturePassword(username)) : await api.login(username));
    }
    shared = await createAssignment(api, { organization: ORG, state: 'signed', dueInDays: 10 });
    const staff = token('orgStaffOwn');
    reportId = (await api.request<{ id: string }>('POST', `/assignments/${shared.id}/report`, { token: staff, body: { done: 'x', percent: 10 } })).body.id;
    attachmentId = (await api.request<{ id: string }>('POST', '/attachments', { token: staff, form: pdfForm(shared.id) })).body.id;
    extensionId = (
      await api.request<{ id: string }>('POST', '/extension-requests', {
        token: staff,
        body: { assignmentId: shared.id, newDueDate: addDays(today(api), 30), reason: 'r' },
      })
    ).body.id;
    const dataSource = api.app.get(DataSource);
    speechId = (await dataSource.getRepository(Speech).findOneByOrFail({ status: 'published' })).id;
    organizationIdOfOrg = shared.organizationId;
    auditEventId = (await api.request<Array<{ id: string }>>('GET', '/audit-events', { token: token('admin') })).body[0]?.id as string;
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  const rows: Row[] = [
    { name: 'GET /auth/me', expected: everyone(200), call: async () => ({ method: 'GET', path: '/auth/me' }) },
    { name: 'GET /organizations', expected: everyone(200), call: async () => ({ method: 'GET', path: '/organizations' }) },
    { name: 'GET /organizations/:id', expected: everyone(200), call: async () => ({ method: 'GET', path: `/organizations/${organizationIdOfOrg}` }) },
    { name: 'POST /organizations', expected: createBySupervisor, call: async () => ({ method: 'POST', path: '/organizations', body: {} }) },
    { name: 'GET /users', expected: { ...everyone(403), admin: 200 }, call: async () => ({ method: 'GET', path: '/users' }) },
    { name: 'GET /users/:id', expected: { ...everyone(403), admin: 200 }, call: async () => ({ method: 'GET', path: `/users/${await userId(api, 'nongji')}` }) },
    { name: 'POST /users', expected: { ...everyone(403), admin: 400 }, call: async () => ({ method: 'POST', path: '/users', body: {} }) },
    { name: 'POST /users/:id/unlock', expected: { ...everyone(403), admin: 200 }, call: async () => ({ method: 'POST', path: `/users/${await userId(api, 'nongji')}/unlock` }) },
    { name: 'POST /auth/change-password', expected: everyone(400), call: async () => ({ method: 'POST', path: '/auth/change-password', body: {} }) },
    { name: 'GET /speeches', expected: everyone(200), call: async () => ({ method: 'GET', path: '/speeches' }) },
    { name: 'GET /speeches/:id (the demo speech: every organization has work in it)', expected: everyone(200), call: async () => ({ method: 'GET', path: `/speeches/${speechId}` }) },
    { name: 'POST /speeches', expected: createBySupervisor, call: async () => ({ method: 'POST', path: '/speeches', body: {} }) },
    { name: 'GET /items', expected: everyone(200), call: async () => ({ method: 'GET', path: '/items' }) },
    { name: 'GET /items/:id', expected: scopedRead, call: async () => ({ method: 'GET', path: `/items/${shared.itemId}` }) },
    { name: 'POST /items', expected: createBySupervisor, call: async () => ({ method: 'POST', path: '/items', body: {} }) },
    { name: 'GET /assignments', expected: everyone(200), call: async () => ({ method: 'GET', path: '/assignments' }) },
    { name: 'GET /assignments/:id', expected: scopedRead, call: async () => ({ method: 'GET', path: `/assignments/${shared.id}` }) },
    { name: 'GET /assignments/:id/history', expected: scopedRead, call: async () => ({ method: 'GET', path: `/assignments/${shared.id}/history` }) },
    { name: 'POST /assignments/:id/sign', expected: work(200), call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('assigned')).id}/sign`, body: {} }) },
    {
      name: 'POST /assignments/:id/report',
      expected: work(201),
      call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('signed')).id}/report`, body: { done: 'd', percent: 5 } }),
    },
    {
      name: 'POST /assignments/:id/request-completion',
      expected: work(200),
      call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('in_progress')).id}/request-completion`, body: { summary: 's' } }),
    },
    {
      name: 'POST /assignments/:id/approve',
      expected: supervise(200),
      call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('completion_requested')).id}/approve`, body: {} }),
    },
    {
      name: 'POST /assignments/:id/return',
      expected: supervise(200),
      call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('completion_requested')).id}/return`, body: { reason: 'r' } }),
    },
    {
      name: 'POST /assignments/:id/cancel',
      expected: supervise(200),
      call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('in_progress')).id}/cancel`, body: { reason: 'r' } }),
    },
    {
      name: 'POST /assignments/:id/urge',
      expected: supervise(200),
      call: async () => ({ method: 'POST', path: `/assignments/${(await fresh('in_progress')).id}/urge`, body: { message: 'm' } }),
    },
    { name: 'GET /reports', expected: everyone(200), call: async () => ({ method: 'GET', path: '/reports' }) },
    { name: 'GET /reports/:id', expected: scopedRead, call: async () => ({ method: 'GET', path: `/reports/${reportId}` }) },
    { name: 'GET /extension-requests', expected: everyone(200), call: async () => ({ method: 'GET', path: '/extension-requests' }) },
    { name: 'GET /extension-requests/:id', expected: scopedRead, call: async () => ({ method: 'GET', path: `/extension-requests/${extensionId}` }) },
    {
      name: 'POST /extension-requests',
      expected: work(201),
      call: async () => ({
        method: 'POST',
        path: '/extension-requests',
        body: { assignmentId: (await fresh('in_progress')).id, newDueDate: addDays(today(api), 60), reason: 'r' },
      }),
    },
    {
      name: 'POST /extension-requests/:id/approve',
      expected: supervise(200),
      call: async () => ({ method: 'POST', path: `/extension-requests/${await pendingExtension()}/approve`, body: {} }),
    },
    {
      name: 'POST /extension-requests/:id/reject',
      expected: supervise(200),
      call: async () => ({ method: 'POST', path: `/extension-requests/${await pendingExtension()}/reject`, body: { reason: 'r' } }),
    },
    { name: 'GET /attachments', expected: everyone(200), call: async () => ({ method: 'GET', path: '/attachments' }) },
    { name: 'GET /attachments/:id (download)', expected: scopedRead, call: async () => ({ method: 'GET', path: `/attachments/${attachmentId}` }) },
    {
      name: 'POST /attachments',
      expected: { ...everyone(201), viewer: 403, orgAdminOther: 404, orgStaffOther: 404 },
      call: async () => ({ method: 'POST', path: '/attachments', form: pdfForm(shared.id) }),
    },
    { name: 'GET /notifications (own only)', expected: everyone(200), call: async () => ({ method: 'GET', path: '/notifications' }) },
    {
      name: 'POST /notifications/:id/read (a notification of 县农技推广中心’s staff member)',
      expected: { ...everyone(404), orgStaffOwn: 200 },
      call: async () => ({ method: 'POST', path: `/notifications/${await staffNotification()}/read` }),
    },
    { name: 'GET /audit-events', expected: globalRead, call: async () => ({ method: 'GET', path: '/audit-events' }) },
    { name: 'GET /audit-events/:id', expected: globalRead, call: async () => ({ method: 'GET', path: `/audit-events/${auditEventId}` }) },
    // Notification channels, preferences, deliveries, the queue board.
    { name: 'GET /notification-channels', expected: supervise(200), call: async () => ({ method: 'GET', path: '/notification-channels' }) },
    { name: 'POST /notification-channels', expected: supervise(400), call: async () => ({ method: 'POST', path: '/notification-channels', body: {} }) },
    { name: 'GET /notification-preferences/me', expected: everyone(200), call: async () => ({ method: 'GET', path: '/notification-preferences/me' }) },
    { name: 'PUT /notification-preferences/me', expected: everyone(200), call: async () => ({ method: 'PUT', path: '/notification-preferences/me', body: { emailEnabled: true } }) },
    { name: 'GET /deliveries', expected: { ...everyone(403), admin: 200 }, call: async () => ({ method: 'GET', path: '/deliveries' }) },
    { name: 'POST /deliveries/:id/retry (none such)', expected: { ...everyone(403), admin: 404 }, call: async () => ({ method: 'POST', path: '/deliveries/00000000-0000-4000-8000-000000000000/retry' }) },
    { name: 'POST /admin/queue-session', expected: { ...everyone(403), admin: 200 }, call: async () => ({ method: 'POST', path: '/admin/queue-session' }) },
  ];

  async function pendingExtension(): Promise<string> {
    const a = await fresh('in_progress');
    const reply = await api.request<{ id: string }>('POST', '/extension-requests', {
      token: token('orgStaffOwn'),
      body: { assignmentId: a.id, newDueDate: addDays(today(api), 45), reason: 'r' },
    });
    return reply.body.id;
  }

  async function staffNotification(): Promise<string> {
    const a = await fresh('in_progress');
    await api.request('POST', `/assignments/${a.id}/urge`, { token: token('supervisor'), body: {} });
    const row = await api.app.get(DataSource).getRepository(Notification).findOneByOrFail({ assignmentId: a.id, recipientId: await userId(api, 'nongji') });
    return row.id;
  }

  it.each(rows)('$name', async (row) => {
    const actual = {} as Expected;
    for (const caller of Object.keys(CALLERS) as Caller[]) {
      const call = await row.call(caller);
      const reply = await api.request(call.method, call.path, { token: token(caller), body: call.body, form: call.form });
      actual[caller] = reply.status;
    }
    expect(actual).toEqual(row.expected);
  });

  it.each(rows)('$name without a token is 401', async (row) => {
    const call = await row.call('admin');
    expect((await api.request(call.method, call.path, { body: call.body, form: call.form })).status).toBe(401);
  });
});
