import { type AssignmentState } from '@luoshi/common';
import { CalendarDayRecord, Item, Notification, Organization, ReminderRule, ScoringSchemeRecord, Speech } from '@luoshi/data';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssignmentFixture, createAssignment, ensureUser, fixturePassword, removeFixtures, userId } from './support/fixtures';
import { registeredRoutes } from './support/routes';
import { startTestApi, type TestApi } from './support/test-api';

/**
 * Every route the router serves × every kind of caller, through HTTP. The records under test belong
 * to 县农技推广中心 (the owning organization), whose parent is 县农业农村局. A canary organization,
 * seen by nobody in an organization role, has records of its own: no 2xx body an organization
 * user receives may carry its ids or names.
 *
 * A route the router serves without a row in ROWS fails "every route has a row": add one line.
 */
const CALLERS = {
  anonymous: null,
  admin: 'admin',
  supervisor: 'duban',
  viewer: 'mishu',
  orgAdminOwn: 'mx_nongji_admin',
  orgAdminParent: 'nongye',
  orgAdminOther: 'gonghui',
  orgStaffOwn: 'nongji',
  orgStaffParent: 'mx_nongye_staff',
  orgStaffOther: 'tuanwei',
} as const;
type Caller = keyof typeof CALLERS;
type Expected = Record<Caller, number>;
const CALLER_NAMES = Object.keys(CALLERS) as Caller[];
/** Callers in an organization role: none of them may see the canary organization's work. */
const ORG_CALLERS: Caller[] = ['orgAdminOwn', 'orgAdminParent', 'orgAdminOther', 'orgStaffOwn', 'orgStaffParent', 'orgStaffOther'];

const ORG = '县农技推广中心';
const CANARY = '金丝雀试验局';
const NONE = '00000000-0000-4000-8000-000000000000';
/** Lists are read whole, so that paging cannot hide a leak. */
const ALL = '?range=[0,999]';

/** Any signed-in caller gets `status`; without a token 401. */
const signedIn = (status: number): Expected => ({
  anonymous: 401,
  admin: status,
  supervisor: status,
  viewer: status,
  orgAdminOwn: status,
  orgAdminParent: status,
  orgAdminOther: status,
  orgStaffOwn: status,
  orgStaffParent: status,
  orgStaffOther: status,
});
/** No token needed: everyone, anonymous too, gets `status`. */
const open = (status: number): Expected => ({ ...signedIn(status), anonymous: status });
/** Only these roles pass the role guard (with `ok`); every other signed-in caller gets 403. */
const only = (ok: number, ...callers: Caller[]): Expected => ({
  ...signedIn(403),
  ...Object.fromEntries(callers.map((c) => [c, ok])),
});
const ADMIN: Caller[] = ['admin'];
const SUPERVISORS: Caller[] = ['admin', 'supervisor'];
const READERS: Caller[] = ['admin', 'supervisor', 'viewer'];
/** A record of the owning organization: its own users and the parent's see it; another organization gets 404. */
const scopedRead: Expected = { ...signedIn(200), orgAdminOther: 404, orgStaffOther: 404 };
/** The responsible organization works on it (staff of the parent may not); other organizations do not see it. */
const work = (ok: number): Expected => ({ ...only(ok, 'orgAdminOwn', 'orgAdminParent', 'orgStaffOwn'), orgAdminOther: 404, orgStaffOther: 404 });
/** 分派: an org admin of the organization or above it. */
const handOver = (ok: number): Expected => ({ ...only(ok, 'orgAdminOwn', 'orgAdminParent'), orgAdminOther: 404 });

interface Fixtures {
  shared: AssignmentFixture;
  reportId: string;
  attachmentId: string;
  extensionId: string;
  demoSpeechId: string;
  calendarDayId: string;
  reminderRuleId: string;
  scoringSchemeId: string;
  staffUserId: string;
  fresh(state: AssignmentState): Promise<AssignmentFixture>;
  pendingExtension(): Promise<string>;
  staffNotification(): Promise<string>;
  newToken(caller: Caller): Promise<string | undefined>;
}
interface Call {
  /** Replaces `:id` in the route. */
  id?: string;
  query?: string;
  body?: unknown;
  form?: FormData;
  /** Instead of the caller's shared token (logout ends the session it is sent with). */
  token?: string;
}
interface Row {
  expected: Expected;
  call?: (f: Fixtures, caller: Caller) => Call | Promise<Call>;
  /** The organization registry itself: the canary organization's id and name may appear, its records not. */
  registry?: boolean;
}
const row = (expected: Expected, call?: Row['call'], registry?: boolean): Row => ({ expected, call, registry });

const pdfForm = (assignmentId: string) => {
  const data = new FormData();
  data.append('assignmentId', assignmentId);
  data.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' }), 'm.pdf');
  return data;
};

/** One line per route, keyed as the router spells it. */
const ROWS: Record<string, Row> = {
  'POST /api/auth/login': row(open(400), () => ({ body: {} })),
  'GET /api/auth/me': row(signedIn(200)),
  'POST /api/auth/logout': row(signedIn(204), async (f, c) => ({ token: await f.newToken(c) })),
  'POST /api/auth/change-password': row(signedIn(400), () => ({ body: {} })),
  'GET /api/health': row(open(200)),
  'GET /api/health/worker': row(open(503)),
  'GET /api/health/session': row(signedIn(200)),
  'GET /api/metrics': row(open(404)),
  'POST /api/admin/queue-session': row(only(200, ...ADMIN)),

  'GET /api/organizations': row(signedIn(200), () => ({ query: ALL }), true),
  'GET /api/organizations/:id': row(signedIn(200), (f) => ({ id: f.shared.organizationId }), true),
  'POST /api/organizations': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'PUT /api/organizations/:id': row(only(400, ...SUPERVISORS), (f) => ({ id: f.shared.organizationId, body: {} })),
  'DELETE /api/organizations/:id': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),

  'GET /api/users': row(only(200, ...ADMIN), () => ({ query: ALL })),
  'GET /api/users/:id': row(only(200, ...ADMIN), (f) => ({ id: f.staffUserId })),
  'POST /api/users': row(only(400, ...ADMIN), () => ({ body: {} })),
  'PUT /api/users/:id': row(only(400, ...ADMIN), (f) => ({ id: f.staffUserId, body: {} })),
  'DELETE /api/users/:id': row(only(404, ...ADMIN), () => ({ id: NONE })),
  'POST /api/users/:id/unlock': row(only(200, ...ADMIN), (f) => ({ id: f.staffUserId })),

  'GET /api/speeches': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/speeches/:id': row(signedIn(200), (f) => ({ id: f.demoSpeechId })),
  'POST /api/speeches': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'PUT /api/speeches/:id': row(only(400, ...SUPERVISORS), (f) => ({ id: f.demoSpeechId, body: {} })),
  'DELETE /api/speeches/:id': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),
  'POST /api/speeches/:id/extract': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),
  'GET /api/speeches/:id/publish-preview': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),
  'POST /api/speeches/:id/publish': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),

  'GET /api/items': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/items/:id': row(scopedRead, (f) => ({ id: f.shared.itemId })),
  'GET /api/items/review-steps': row(only(400, ...SUPERVISORS)),
  'POST /api/items': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'POST /api/items/propose': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'POST /api/items/undo': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'POST /api/items/merge': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'POST /api/items/:id/split': row(only(400, ...SUPERVISORS), (f) => ({ id: f.shared.itemId, body: {} })),
  'PUT /api/items/:id': row(only(400, ...SUPERVISORS), (f) => ({ id: f.shared.itemId, body: {} })),
  'DELETE /api/items/:id': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),

  'GET /api/assignments': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/assignments/:id': row(scopedRead, (f) => ({ id: f.shared.id })),
  'GET /api/assignments/:id/history': row(scopedRead, (f) => ({ id: f.shared.id })),
  'POST /api/assignments/:id/sign': row(work(200), async (f) => ({ id: (await f.fresh('assigned')).id, body: {} })),
  'POST /api/assignments/:id/report': row(work(201), async (f) => ({ id: (await f.fresh('signed')).id, body: { done: 'd', percent: 5 } })),
  'POST /api/assignments/:id/request-completion': row(work(200), async (f) => ({ id: (await f.fresh('in_progress')).id, body: { summary: 's' } })),
  'POST /api/assignments/:id/approve': row(only(200, ...SUPERVISORS), async (f) => ({ id: (await f.fresh('completion_requested')).id, body: {} })),
  'POST /api/assignments/:id/return': row(only(200, ...SUPERVISORS), async (f) => ({ id: (await f.fresh('completion_requested')).id, body: { reason: 'r' } })),
  'POST /api/assignments/:id/cancel': row(only(200, ...SUPERVISORS), async (f) => ({ id: (await f.fresh('in_progress')).id, body: { reason: 'r' } })),
  'POST /api/assignments/:id/urge': row(only(200, ...SUPERVISORS), async (f) => ({ id: (await f.fresh('in_progress')).id, body: { message: 'm' } })),
  'POST /api/assignments/:id/complete-with-lead': row(only(409, ...SUPERVISORS), async (f) => ({ id: (await f.fresh('in_progress')).id, body: {} })),
  'GET /api/assignments/:id/handler-candidates': row(handOver(200), (f) => ({ id: f.shared.id })),
  'POST /api/assignments/:id/handler': row(handOver(400), (f) => ({ id: f.shared.id, body: {} })),

  'GET /api/reports': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/reports/:id': row(scopedRead, (f) => ({ id: f.reportId })),
  'GET /api/extension-requests': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/extension-requests/:id': row(scopedRead, (f) => ({ id: f.extensionId })),
  'POST /api/extension-requests': row(work(201), async (f) => ({ body: { assignmentId: (await f.fresh('in_progress')).id, newDueDate: '2030-06-30', reason: 'r' } })),
  'POST /api/extension-requests/:id/approve': row(only(200, ...SUPERVISORS), async (f) => ({ id: await f.pendingExtension(), body: {} })),
  'POST /api/extension-requests/:id/reject': row(only(200, ...SUPERVISORS), async (f) => ({ id: await f.pendingExtension(), body: { reason: 'r' } })),
  'GET /api/attachments': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/attachments/:id': row(scopedRead, (f) => ({ id: f.attachmentId })),
  'POST /api/attachments': row({ ...signedIn(201), viewer: 403, orgAdminOther: 404, orgStaffOther: 404 }, (f) => ({ form: pdfForm(f.shared.id) })),

  'GET /api/notifications': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/notifications/unread-count': row(signedIn(200)),
  'POST /api/notifications/read-all': row(signedIn(200)),
  'GET /api/notifications/:id': row({ ...signedIn(404), orgStaffOwn: 200 }, async (f) => ({ id: await f.staffNotification() })),
  'POST /api/notifications/:id/read': row({ ...signedIn(404), orgStaffOwn: 200 }, async (f) => ({ id: await f.staffNotification() })),
  'GET /api/notification-preferences/me': row(signedIn(200)),
  'PUT /api/notification-preferences/me': row(signedIn(200), () => ({ body: { emailEnabled: true } })),
  'GET /api/notification-channels': row(only(200, ...SUPERVISORS), () => ({ query: ALL })),
  'GET /api/notification-channels/:id': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),
  'POST /api/notification-channels': row(only(400, ...SUPERVISORS), () => ({ body: {} })),
  'PUT /api/notification-channels/:id': row(only(400, ...SUPERVISORS), () => ({ id: NONE, body: {} })),
  'DELETE /api/notification-channels/:id': row(only(404, ...SUPERVISORS), () => ({ id: NONE })),
  'GET /api/deliveries': row(only(200, ...ADMIN), () => ({ query: ALL })),
  'GET /api/deliveries/:id': row(only(404, ...ADMIN), () => ({ id: NONE })),
  'POST /api/deliveries/:id/retry': row(only(404, ...ADMIN), () => ({ id: NONE })),

  'GET /api/reminder-rules': row(only(200, ...SUPERVISORS), () => ({ query: ALL })),
  'GET /api/reminder-rules/:id': row(only(200, ...SUPERVISORS), (f) => ({ id: f.reminderRuleId })),
  'POST /api/reminder-rules': row(only(400, ...ADMIN), () => ({ body: {} })),
  'PUT /api/reminder-rules/:id': row(only(400, ...ADMIN), (f) => ({ id: f.reminderRuleId, body: {} })),
  'DELETE /api/reminder-rules/:id': row(only(404, ...ADMIN), () => ({ id: NONE })),
  'GET /api/calendar-days': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/calendar-days/:id': row(signedIn(200), (f) => ({ id: f.calendarDayId })),
  'POST /api/calendar-days': row(only(400, ...ADMIN), () => ({ body: {} })),
  'PUT /api/calendar-days/:id': row(only(400, ...ADMIN), (f) => ({ id: f.calendarDayId, body: {} })),
  'DELETE /api/calendar-days/:id': row(only(404, ...ADMIN), () => ({ id: NONE })),
  'GET /api/audit-events': row(only(200, ...READERS), () => ({ query: ALL })),
  'GET /api/audit-events/:id': row(only(404, ...READERS), () => ({ id: NONE })),

  // The leaders' view: aggregates for everyone, scoped like the lists (an org user's subtree).
  'GET /api/dashboard/summary': row(signedIn(200)),
  'GET /api/dashboard/ranking': row(signedIn(200)),
  'GET /api/dashboard/progress': row(signedIn(200)),
  'GET /api/dashboard/trend': row(signedIn(200)),
  'GET /api/dashboard/heatmap': row(signedIn(200)),
  'GET /api/dashboard/speeches/:id/board': row(signedIn(200), (f) => ({ id: f.demoSpeechId })),
  'GET /api/dashboard/organizations/:id/scorecard': row(scopedRead, (f) => ({ id: f.shared.organizationId })),
  'GET /api/scoring-schemes': row(signedIn(200), () => ({ query: ALL })),
  'GET /api/scoring-schemes/:id': row(signedIn(200), (f) => ({ id: f.scoringSchemeId })),
  'POST /api/scoring-schemes': row(only(400, ...ADMIN), () => ({ body: {} })),
  'PUT /api/scoring-schemes/:id': row(only(400, ...ADMIN), (f) => ({ id: f.scoringSchemeId, body: {} })),
  'POST /api/scoring-schemes/:id/activate': row(only(404, ...ADMIN), () => ({ id: NONE, body: {} })),
  'GET /api/bulletins': row(only(200, ...READERS), () => ({ query: ALL })),
  'GET /api/bulletins/preview': row(only(200, ...READERS)),
  'GET /api/bulletins/:id': row(only(404, ...READERS), () => ({ id: NONE })),
  'POST /api/bulletins': row(only(400, ...SUPERVISORS), () => ({ body: { period: 'decade' } })),
  'GET /api/exports/assignments': row(signedIn(200)),
  'GET /api/exports/bulletins/:id': row(only(404, ...READERS), () => ({ id: NONE })),
};

describe('authorization matrix: every route of the router × every kind of caller', () => {
  let api: TestApi;
  const tokens = new Map<Caller, string>();
  let fixtures: Fixtures;
  /** The canary organization's ids and names, and the subset that names the organization itself. */
  let canary: { records: string[]; organization: string[] };
  let storageDir: string;

  const password = (username: string) => (username.startsWith('mx_') ? fixturePassword(username) : undefined);

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'luoshi-matrix-files-'));
    api = await startTestApi({ STORAGE_DIR: storageDir });
    const dataSource = api.app.get(DataSource);
    await ensureUser(api, 'mx_nongji_admin', 'org_admin', ORG);
    await ensureUser(api, 'mx_nongye_staff', 'org_staff', '县农业农村局');
    for (const caller of CALLER_NAMES) {
      const username = CALLERS[caller];
      if (username) tokens.set(caller, await api.login(username, password(username)));
    }
    const token = (caller: Caller) => tokens.get(caller) as string;
    const fresh = (state: AssignmentState, organization = ORG) => createAssignment(api, { organization, state, dueInDays: 10 });
    const extension = async (assignmentId: string, staff: string) =>
      (await api.request<{ id: string }>('POST', '/extension-requests', { token: staff, body: { assignmentId, newDueDate: '2030-06-30', reason: 'r' } })).body.id;
    const report = async (assignmentId: string, staff: string) =>
      (await api.request<{ id: string }>('POST', `/assignments/${assignmentId}/report`, { token: staff, body: { done: 'x', percent: 10 } })).body.id;

    // The canary: a top-level organization with a speech, an item, an assignment, a report, an
    // extension request, a file and a notification of its own user.
    const organizations = dataSource.getRepository(Organization);
    const canaryOrg = await organizations.save(organizations.create({ name: CANARY, shortName: '金丝雀局', aliases: [], kind: 'government', parentId: null }));
    const canaryStaff = await ensureUser(api, 'mx_canary_staff', 'org_staff', CANARY);
    const canaryWork = await fresh('signed', CANARY);
    const canarySpeech = await dataSource.getRepository(Speech).save(
      dataSource.getRepository(Speech).create({ title: '金丝雀讲话', rawText: '金丝雀试验局要做好试验。', status: 'published' }),
    );
    const canaryItemTitle = `金丝雀事项 ${canaryWork.itemId}`;
    await dataSource.getRepository(Item).update(canaryWork.itemId, { speechId: canarySpeech.id, title: canaryItemTitle });
    const canaryReport = await report(canaryWork.id, canaryStaff);
    const canaryExtension = await extension(canaryWork.id, canaryStaff);
    const canaryFile = (await api.request<{ id: string }>('POST', '/attachments', { token: canaryStaff, form: pdfForm(canaryWork.id) })).body.id;
    await api.request('POST', `/assignments/${canaryWork.id}/urge`, { token: token('supervisor'), body: { message: '金丝雀催办' } });
    const canaryUserId = await userId(api, 'mx_canary_staff');
    canary = {
      organization: [canaryOrg.id, CANARY, '金丝雀局'],
      records: [canaryWork.id, canaryWork.itemId, canaryItemTitle, canarySpeech.id, '金丝雀讲话', canaryReport, canaryExtension, canaryFile, canaryUserId, 'mx_canary_staff', '金丝雀催办'],
    };
    expect(canary.records.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);

    const staff = token('orgStaffOwn');
    const shared = await fresh('signed');
    fixtures = {
      shared,
      reportId: await report(shared.id, staff),
      attachmentId: (await api.request<{ id: string }>('POST', '/attachments', { token: staff, form: pdfForm(shared.id) })).body.id,
      extensionId: await extension(shared.id, staff),
      // The demo speech (published by the demo data before the canary's): every demo organization has work in it.
      demoSpeechId: (await dataSource.getRepository(Speech).findOneOrFail({ where: { status: 'published' }, order: { createdAt: 'ASC' } })).id,
      calendarDayId: (await dataSource.getRepository(CalendarDayRecord).find({ take: 1 }))[0]?.id as string,
      reminderRuleId: (await dataSource.getRepository(ReminderRule).find({ take: 1 }))[0]?.id as string,
      scoringSchemeId: (await dataSource.getRepository(ScoringSchemeRecord).find({ take: 1 }))[0]?.id as string,
      staffUserId: await userId(api, 'nongji'),
      fresh: (state) => fresh(state),
      pendingExtension: async () => extension((await fresh('in_progress')).id, staff),
      staffNotification: async () => {
        const a = await fresh('in_progress');
        await api.request('POST', `/assignments/${a.id}/urge`, { token: token('supervisor'), body: {} });
        return (await dataSource.getRepository(Notification).findOneByOrFail({ assignmentId: a.id, recipientId: await userId(api, 'nongji') })).id;
      },
      newToken: async (caller) => {
        const username = CALLERS[caller];
        if (!username) return undefined;
        const reply = await api.request<{ accessToken: string }>('POST', '/auth/login', { body: { username, password: password(username) ?? `${username === 'admin' ? 'admin' : username}123` } });
        return reply.body.accessToken;
      },
    };
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  it('every route the router serves has a row, and every row a route', () => {
    const served = registeredRoutes(api.app);
    expect(served.length).toBeGreaterThan(80);
    const missing = served.filter((r) => !(r in ROWS));
    const stale = Object.keys(ROWS).filter((r) => !served.includes(r));
    expect(missing.map((r) => `no row for "${r}": add one to ROWS in apps/api/test/authorization-matrix.spec.ts`)).toEqual([]);
    expect(stale.map((r) => `row "${r}" names no route the router serves`)).toEqual([]);
  });

  it('the canary is real: an admin sees its records, the registry lists it to everyone', async () => {
    const admin = tokens.get('admin') as string;
    const assignments = await api.request('GET', `/assignments${ALL}`, { token: admin });
    expect(JSON.stringify(assignments.body)).toContain(canary.records[0]);
    const items = await api.request('GET', `/items${ALL}`, { token: admin });
    expect(JSON.stringify(items.body)).toContain(canary.records[2]);
    const registry = await api.request('GET', `/organizations${ALL}`, { token: tokens.get('orgStaffOther') as string });
    expect(JSON.stringify(registry.body)).toContain(CANARY);
  });

  it.each(Object.entries(ROWS))('%s', async (route, spec) => {
    const [method, pattern] = route.split(' ') as [string, string];
    const actual = {} as Expected;
    const leaks: string[] = [];
    for (const caller of CALLER_NAMES) {
      const call = (await spec.call?.(fixtures, caller)) ?? {};
      const path = pattern.replace(/^\/api/, '').replace(':id', call.id ?? ':id') + (call.query ?? '');
      const reply = await api.request(method, path, { token: 'token' in call ? call.token : tokens.get(caller), body: call.body, form: call.form });
      actual[caller] = reply.status;
      if (reply.status >= 200 && reply.status < 300 && ORG_CALLERS.includes(caller)) {
        const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
        const hidden = spec.registry ? canary.records : [...canary.records, ...canary.organization];
        for (const secret of hidden) if (text.includes(secret)) leaks.push(`${caller} received the canary's "${secret}"`);
      }
    }
    expect(actual).toEqual(spec.expected);
    expect(leaks).toEqual([]);
  });
});
