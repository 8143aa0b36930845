import {
  allowedAssignmentActions,
  ASSIGNMENT_ACTIONS,
  calendarDate,
  ASSIGNMENT_STATES,
  deriveAssignmentStatus,
  nextAssignmentState,
  type AssignmentAction,
  type AssignmentState,
  type Cadence,
} from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, ensureUser, removeFixtures, today, userId } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface AssignmentView {
  id: string;
  itemId: string;
  organizationId: string;
  role: string;
  state: AssignmentState;
  dueDate: string | null;
  percent: number;
  light: string | null;
  overdue: boolean;
  daysLeft: number | null;
  lastReportAt: string | null;
  signedAt: string | null;
  completedAt: string | null;
  completionSummary: string | null;
  returnReason: string | null;
  cancelReason: string | null;
  version: number;
  speechId: string | null;
  cadence: string | null;
  createdAt: string;
}
interface ReportView {
  id: string;
  assignmentId: string;
  done: string;
  percent: number;
  attachments: Array<{ id: string }>;
}
interface AuditEventView {
  id: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}
interface ErrorBody {
  statusCode: number;
  message: string;
  error: string;
  code: string;
  params?: Record<string, string | number>;
}

const ORG = '县农技推广中心';
// Written out here, independently of the catalogue's own labels.
const STATE_ZH: Record<AssignmentState, string> = {
  assigned: '已交办',
  signed: '已签收',
  in_progress: '办理中',
  completion_requested: '申请办结',
  completed: '已办结',
  cancelled: '已撤销',
};
const ENDPOINT: Record<AssignmentAction, string> = {
  sign: 'sign',
  report: 'report',
  request_completion: 'request-completion',
  approve: 'approve',
  return: 'return',
  cancel: 'cancel',
  complete_with_lead: 'complete-with-lead',
};
const SUPERVISOR_ACTIONS: AssignmentAction[] = ['approve', 'return', 'cancel', 'complete_with_lead'];
const VALID_BODY: Record<AssignmentAction, Record<string, unknown>> = {
  sign: {},
  report: { done: '已完成入户走访', nextSteps: '继续推进', problems: '', helpNeeded: '', percent: 30 },
  request_completion: { summary: '已全部完成' },
  approve: {},
  return: { reason: '材料不全' },
  cancel: { reason: '任务调整' },
  complete_with_lead: {},
};

describe('assignment workflow', () => {
  let api: TestApi;
  let staff: string;
  let supervisor: string;

  beforeAll(async () => {
    api = await startTestApi();
    staff = await api.login('nongji');
    supervisor = await api.login('duban');
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  const act = <T = AssignmentView>(id: string, action: string, token: string, body: unknown = {}) =>
    api.request<T>('POST', `/assignments/${id}/${action}`, { token, body });
  const tokenFor = (action: AssignmentAction) => (SUPERVISOR_ACTIONS.includes(action) ? supervisor : staff);

  it('runs the whole lifecycle: sign → report → request completion → return → report → request completion → approve', async () => {
    const a = await createAssignment(api, { organization: ORG });
    const signed = await act(a.id, 'sign', staff);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ state: 'signed', version: 2 });
    expect(signed.body.signedAt).not.toBeNull();

    const report = await act<ReportView>(a.id, 'report', staff, { done: '完成了第一批', nextSteps: '第二批', problems: '', helpNeeded: '', percent: 40 });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ assignmentId: a.id, done: '完成了第一批', percent: 40, attachments: [] });
    let view = (await api.request<AssignmentView>('GET', `/assignments/${a.id}`, { token: staff })).body;
    expect(view).toMatchObject({ state: 'in_progress', percent: 40 });
    expect(view.lastReportAt).not.toBeNull();

    const requested = await act(a.id, 'request-completion', staff, { summary: '基本完成' });
    expect(requested.status).toBe(200);
    expect(requested.body).toMatchObject({ state: 'completion_requested', completionSummary: '基本完成', percent: 40 });

    const returned = await act(a.id, 'return', supervisor, { reason: '请补充佐证材料' });
    expect(returned.body).toMatchObject({ state: 'in_progress', returnReason: '请补充佐证材料' });

    expect((await act<ReportView>(a.id, 'report', staff, { done: '补充了材料', percent: 100 })).status).toBe(201);
    expect((await act(a.id, 'request-completion', staff, {})).body).toMatchObject({ state: 'completion_requested', percent: 100 });
    const approved = await act(a.id, 'approve', supervisor);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'completed', light: null, overdue: false });
    expect(approved.body.completedAt).not.toBeNull();

    view = (await api.request<AssignmentView>('GET', `/assignments/${a.id}`, { token: supervisor })).body;
    expect(view.version).toBe(8);

    // The organization reads the whole story of its own assignment, reasons included.
    const history = await api.request<Array<{ action: string; after: { returnReason?: string } | null }>>('GET', `/assignments/${a.id}/history`, { token: staff });
    expect(history.status).toBe(200);
    // (the fixture was inserted directly, so there is no 'assignment.create' event)
    expect(history.body.map((e) => e.action)).toEqual([
      'assignment.sign',
      'assignment.report',
      'assignment.request-completion',
      'assignment.return',
      'assignment.report',
      'assignment.request-completion',
      'assignment.approve',
    ]);
    expect(history.body[3]?.after?.returnReason).toBe('请补充佐证材料');
    expect((await api.request('GET', `/assignments/${a.id}/history`, { token: await api.login('tuanwei') })).status).toBe(404);
  });

  it('a supervisor cancels any open assignment with a reason', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'in_progress' });
    const reply = await act(a.id, 'cancel', supervisor, { reason: '工作调整' });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ state: 'cancelled', cancelReason: '工作调整', light: null });
  });

  it('accepts actions that need no input without any body at all', async () => {
    const a = await createAssignment(api, { organization: ORG });
    const res = await fetch(`${api.url}/api/assignments/${a.id}/sign`, { method: 'POST', headers: { authorization: `Bearer ${staff}` } });
    expect(res.status).toBe(200);
    const urge = await fetch(`${api.url}/api/assignments/${a.id}/urge`, { method: 'POST', headers: { authorization: `Bearer ${supervisor}` } });
    expect(urge.status).toBe(200);
  });

  it('completion may be requested at any percentage, right after signing', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'signed' });
    expect((await act(a.id, 'request-completion', staff, {})).body).toMatchObject({ state: 'completion_requested', percent: 0 });
  });

  describe('every illegal transition is a 409 naming the state and what is allowed', () => {
    const cases = ASSIGNMENT_STATES.flatMap((state) =>
      ASSIGNMENT_ACTIONS.filter((action) => nextAssignmentState(state, action) === null).map((action) => ({ state, action })),
    );
    it.each(cases)('$action when $state', async ({ state, action }) => {
      const a = await createAssignment(api, { organization: ORG, state });
      const reply = await act<ErrorBody>(a.id, ENDPOINT[action], tokenFor(action), VALID_BODY[action]);
      expect(reply.status).toBe(409);
      const open = allowedAssignmentActions(state).length > 0;
      expect(reply.body.code).toBe(open ? 'assignment.illegal_transition' : 'assignment.closed');
      expect(reply.body.params?.['stateZh']).toBe(STATE_ZH[state]);
      expect(reply.body.message).toContain(`“${STATE_ZH[state]}”`);
      const after = await api.request<AssignmentView>('GET', `/assignments/${a.id}`, { token: supervisor });
      expect(after.body).toMatchObject({ state, version: 1 });
    });
  });

  it('says exactly what a closed assignment allows', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'completed' });
    const reply = await act<ErrorBody>(a.id, 'approve', supervisor);
    expect(reply.body).toMatchObject({ code: 'assignment.closed', message: '该任务已是“已办结”，不能再办理。' });
    const early = await createAssignment(api, { organization: ORG, state: 'assigned' });
    const report = await act<ErrorBody>(early.id, 'report', staff, VALID_BODY.report);
    expect(report.body.message).toBe('该任务当前为“已交办”，不能反馈进展（仅在“已签收”或“办理中”时可以）；现在可以：签收、撤销、随牵头单位办结。');
    const english = await api.request<ErrorBody>('POST', `/assignments/${early.id}/report`, { token: staff, body: VALID_BODY.report, headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(english.body.message).toBe('This assignment is assigned; report is allowed only when signed or in progress; allowed now: sign, cancel, complete with the lead.');
  });

  it('refuses a stale version with 409 and accepts the current one', async () => {
    const a = await createAssignment(api, { organization: ORG });
    const stale = await act<ErrorBody>(a.id, 'sign', staff, { version: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'record.stale_version', params: { resource: 'assignment', yours: 7, current: 1 } });
    expect((await act(a.id, 'sign', staff, { version: 1 })).body).toMatchObject({ state: 'signed', version: 2 });
    expect((await act<ErrorBody>(a.id, 'cancel', supervisor, { reason: 'x', version: 1 })).status).toBe(409);
    expect((await act(a.id, 'cancel', supervisor, { reason: 'x', version: 2 })).status).toBe(200);
  });

  it('validates action bodies and names the field (400)', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'in_progress' });
    const cases: Array<[string, string, unknown, RegExp]> = [
      ['report', staff, { percent: 10 }, /done/],
      ['report', staff, { done: '   ', percent: 10 }, /^字段 done 无效：不能为空白。$/],
      ['report', staff, { done: 'x', percent: 101 }, /percent/],
      ['report', staff, { done: 'x', percent: 5.5 }, /percent/],
      ['report', staff, { done: 'x', percent: 5, attachments: ['nope'] }, /attachments/],
      ['report', staff, { done: 'x', percent: 5, mood: 'good' }, /mood/],
      ['cancel', supervisor, {}, /reason/],
      ['cancel', supervisor, { reason: '' }, /reason/],
      ['sign', staff, { version: 'one' }, /version/],
    ];
    for (const [action, token, body, message] of cases) {
      const reply = await act<ErrorBody>(a.id, action, token, body);
      expect(reply.status, `${action} ${JSON.stringify(body)}`).toBe(400);
      expect(reply.body.message).toMatch(message);
    }
    const unknownFile = await act<ErrorBody>(a.id, 'report', staff, { done: 'x', percent: 5, attachments: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknownFile.status).toBe(400);
    expect(unknownFile.body).toMatchObject({ code: 'assignment.attachments_invalid', params: { field: 'attachments', count: 1 } });
    const reports = await api.request<unknown[]>('GET', `/reports${listQuery({ filter: { assignmentId: a.id } })}`, { token: supervisor });
    expect(reports.body).toEqual([]);
  });

  it('checks who acts before what they send: 401, then 403/404, then 400, then 409', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'completed' });
    expect((await api.request('POST', `/assignments/${a.id}/report`, { body: {} })).status).toBe(401);
    expect((await act(a.id, 'report', await api.login('mishu'), { bad: true })).status).toBe(403);
    expect((await act(a.id, 'approve', staff, { bad: true })).status).toBe(403);
    // Another organization's user: the assignment does not exist for them, whatever the body.
    const foreign = await act<ErrorBody>(a.id, 'report', await api.login('tuanwei'), { bad: true });
    expect(foreign.status).toBe(404);
    expect((await act(a.id, 'sign', await api.login('gonghui'), { version: 'x' })).status).toBe(404);
    expect((await act(a.id, 'report', staff, { bad: true })).status).toBe(400);
    expect((await act(a.id, 'report', staff, VALID_BODY.report)).status).toBe(409);
    expect((await act('not-a-uuid', 'sign', staff)).status).toBe(404);
    expect((await act('00000000-0000-4000-8000-000000000000', 'sign', staff)).status).toBe(404);
  });

  it('lets an org admin act for a sub-organization, but not staff of the parent organization (403: they may see it)', async () => {
    const a = await createAssignment(api, { organization: ORG });
    const parentStaff = await ensureUser(api, 'wf_nongye_staff', 'org_staff', '县农业农村局');
    expect((await api.request('GET', `/assignments/${a.id}`, { token: parentStaff })).status).toBe(200);
    expect((await act(a.id, 'sign', parentStaff)).status).toBe(403);
    expect((await act(a.id, 'sign', await api.login('nongye'))).status).toBe(200);
  });

  it('lists reports (scoped, filtered by assignment) and shows one; reports are append-only', async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'signed' });
    const first = await act<ReportView>(a.id, 'report', staff, { done: '第一次', percent: 10 });
    await act<ReportView>(a.id, 'report', staff, { done: '第二次', percent: 20 });
    const list = await api.request<ReportView[]>('GET', `/reports${listQuery({ filter: { assignmentId: a.id }, sort: ['createdAt', 'ASC'] })}`, { token: staff });
    expect(list.status).toBe(200);
    expect(list.body.map((r) => r.done)).toEqual(['第一次', '第二次']);
    expect(list.headers.get('content-range')).toBe('reports 0-1/2');
    expect((await api.request('GET', `/reports/${first.body.id}`, { token: staff })).status).toBe(200);
    expect((await api.request('GET', `/reports/${first.body.id}`, { token: await api.login('gonghui') })).status).toBe(404);
    const foreign = await api.request<ReportView[]>('GET', `/reports${listQuery({ filter: { assignmentId: a.id } })}`, { token: await api.login('gonghui') });
    expect(foreign.body).toEqual([]);
    expect((await api.request('PUT', `/reports/${first.body.id}`, { token: supervisor, body: { done: 'x' } })).status).toBe(404);
    expect((await api.request('DELETE', `/reports/${first.body.id}`, { token: supervisor })).status).toBe(404);
    expect((await api.request<AssignmentView>('GET', `/assignments/${a.id}`, { token: staff })).body.percent).toBe(20);
  });

  it("writes a progress report with one access check and one transaction: lock, then the report, the assignment's update and the audit event (the report as the reply shows it) in one statement", async () => {
    const a = await createAssignment(api, { organization: ORG, state: 'signed' });
    await act<ReportView>(a.id, 'report', staff, { done: '预热', percent: 5 });
    const dataSource = api.app.get(DataSource);
    const statements: string[] = [];
    const logger = dataSource.logger;
    const counting = Object.create(logger) as typeof logger;
    counting.logQuery = (query: string) => void statements.push(query);
    Object.assign(dataSource, { logger: counting });
    let reply;
    try {
      reply = await act<ReportView>(a.id, 'report', staff, { done: '计数', percent: 35 });
    } finally {
      Object.assign(dataSource, { logger });
    }
    expect(reply.status).toBe(201);
    const kinds = statements.map((s) => {
      const sql = s.replace(/\s+/g, ' ').trim();
      if (/^(START TRANSACTION|BEGIN|COMMIT)/i.test(sql)) return sql.split(' ')[0]?.toUpperCase();
      if (/FOR UPDATE/i.test(sql)) return 'lock assignment';
      if (/^WITH inserted AS \( INSERT INTO progress_reports .* UPDATE assignments .* INSERT INTO audit_events/i.test(sql)) return 'insert report, update assignment, insert audit event';
      if (/^INSERT INTO "?audit_events/i.test(sql)) return 'insert audit event';
      if (/^UPDATE "?assignments/i.test(sql)) return 'update assignment';
      if (/^SELECT/i.test(sql) && /assignments/i.test(sql)) return 'access check';
      return sql;
    });
    expect(kinds).toEqual(['access check', 'START', 'lock assignment', 'insert report, update assignment, insert audit event', 'COMMIT']);
    const view = await api.request<AssignmentView>('GET', `/assignments/${a.id}`, { token: staff });
    expect(view.body).toMatchObject({ state: 'in_progress', percent: 35, version: 3 });
    const events = await api.request<AuditEventView[]>('GET', `/audit-events${listQuery({ sort: ['createdAt', 'DESC'], range: [0, 0], filter: { entityId: a.id, action: 'assignment.report' } })}`, { token: supervisor });
    expect(events.body[0]?.before).toMatchObject({ state: 'in_progress', percent: 5, version: 2 });
    expect(events.body[0]?.after).toMatchObject({ state: 'in_progress', percent: 35, version: 3, report: { ...reply.body, id: reply.body.id, percent: 35, done: '计数' } });
  });

  describe('list filters', () => {
    it('filters by light in SQL, in agreement with the light each row shows (demo data and fixtures)', async () => {
      const late = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: -2 });
      const soon = await createAssignment(api, { organization: ORG, state: 'signed', dueInDays: 3 });
      const weekly = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 60, cadence: 'weekly', createdDaysAgo: 20 });
      // Reporting periods are calendar periods: published today, no month has ended yet (green);
      // published 20 days ago weekly, at least one whole ISO week went by without a report (yellow).
      const monthly = await createAssignment(api, { organization: ORG, state: 'in_progress', dueInDays: 60, cadence: 'monthly', createdDaysAgo: 0 });
      await createAssignment(api, { organization: ORG, state: 'assigned', dueInDays: null });
      const all = (await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999] })}`, { token: supervisor })).body;
      const byLight = new Map<string, string[]>();
      for (const light of ['green', 'yellow', 'red']) {
        const reply = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999], filter: { light } })}`, { token: supervisor });
        expect(reply.status).toBe(200);
        for (const row of reply.body) expect(row.light).toBe(light);
        byLight.set(light, reply.body.map((r) => r.id).sort());
        expect(byLight.get(light)).toEqual(all.filter((r) => r.light === light).map((r) => r.id).sort());
        expect(byLight.get(light)?.length).toBeGreaterThan(0);
      }
      // Each shown light is the shared rule's answer, dates read in the deployment's zone.
      const zone = (iso: string) => calendarDate(new Date(iso), api.app.get(Environment).TIME_ZONE);
      for (const row of all) {
        const status = deriveAssignmentStatus({
          state: row.state,
          dueDate: row.dueDate,
          today: today(api),
          cadence: row.cadence as Cadence | null,
          lastReportDate: row.lastReportAt ? zone(row.lastReportAt) : null,
          assignedDate: zone(row.createdAt),
        });
        expect(row.light, row.id).toBe(status.light);
      }
      const byId = new Map(all.map((r) => [r.id, r]));
      expect(byId.get(weekly.id)?.light).toBe('yellow');
      expect(byId.get(monthly.id)?.light).toBe('green');
      expect(byId.get(late.id)?.light).toBe('red');
      expect(byId.get(soon.id)?.light).toBe('yellow');
      const both = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999], filter: { light: ['red', 'yellow'] } })}`, { token: supervisor });
      expect(both.body.length).toBe((byLight.get('red')?.length ?? 0) + (byLight.get('yellow')?.length ?? 0));
      expect((await api.request<ErrorBody>('GET', `/assignments${listQuery({ filter: { light: 'blue' } })}`, { token: supervisor })).status).toBe(400);
    });

    it('filters by state, due date range and speech; bad values are 400', async () => {
      const due = addDaysTo(today(api), 200);
      const a = await createAssignment(api, { organization: ORG, state: 'signed', dueInDays: 200 });
      const q = (filter: Record<string, unknown>) => api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999], filter })}`, { token: supervisor });
      const signed = (await q({ state: 'signed' })).body;
      expect(signed.every((r) => r.state === 'signed')).toBe(true);
      expect(signed.map((r) => r.id)).toContain(a.id);
      expect((await q({ state: ['signed', 'assigned'] })).body.every((r) => ['signed', 'assigned'].includes(r.state))).toBe(true);
      const ranged = (await q({ dueDate_gte: due, dueDate_lte: due })).body;
      expect(ranged.map((r) => r.id)).toContain(a.id);
      expect(ranged.every((r) => r.dueDate === due)).toBe(true);
      const demo = (await q({})).body.find((r) => r.speechId);
      const bySpeech = (await q({ speechId: demo?.speechId })).body;
      expect(bySpeech.length).toBeGreaterThan(0);
      expect(bySpeech.every((r) => r.speechId === demo?.speechId)).toBe(true);
      for (const filter of [{ state: 'done' }, { dueDate_gte: 'soon' }, { speechId: 'x' }, { overdue: 'maybe' }]) {
        expect((await q(filter)).status, JSON.stringify(filter)).toBe(400);
      }
    });

    it('the "mine" view is the scoped list: an org user sees only their organizations’', async () => {
      const own = await createAssignment(api, { organization: ORG });
      const other = await createAssignment(api, { organization: '县总工会' });
      const list = (await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999] })}`, { token: staff })).body;
      expect(list.map((r) => r.id)).toContain(own.id);
      expect(list.map((r) => r.id)).not.toContain(other.id);
      expect(new Set(list.map((r) => r.organizationId))).toEqual(new Set([own.organizationId]));
    });
  });

  describe('audit trail', () => {
    it('records every action with actor, before and after', async () => {
      const a = await createAssignment(api, { organization: ORG });
      await act(a.id, 'sign', staff);
      const report = await act<ReportView>(a.id, 'report', staff, { done: '审计', percent: 50 });
      await act(a.id, 'request-completion', staff, { summary: 's' });
      await act(a.id, 'return', supervisor, { reason: 'r' });
      await act(a.id, 'request-completion', staff, {});
      await act(a.id, 'approve', supervisor);
      const b = await createAssignment(api, { organization: ORG });
      await act(b.id, 'urge', supervisor, { message: '请尽快签收' });
      await act(b.id, 'cancel', supervisor, { reason: 'c' });
      const viewer = await api.login('mishu');
      const events = async (filter: Record<string, unknown>) =>
        (await api.request<AuditEventView[]>('GET', `/audit-events${listQuery({ range: [0, 99], sort: ['createdAt', 'ASC'], filter })}`, { token: viewer })).body;
      const forA = await events({ entityType: 'assignment', entityId: a.id });
      expect(forA.map((e) => e.action)).toEqual([
        'assignment.sign',
        'assignment.report',
        'assignment.request-completion',
        'assignment.return',
        'assignment.request-completion',
        'assignment.approve',
      ]);
      expect(forA[0]).toMatchObject({ actorId: await userId(api, 'nongji'), before: { state: 'assigned' }, after: { state: 'signed' } });
      expect(forA[1]?.after).toMatchObject({ state: 'in_progress', percent: 50, report: { id: report.body.id } });
      expect(forA[5]).toMatchObject({ actorId: await userId(api, 'duban'), before: { state: 'completion_requested' }, after: { state: 'completed' } });
      expect((await events({ entityId: b.id })).map((e) => e.action)).toEqual(['assignment.urge', 'assignment.cancel']);
      // The other filters: actor, action, date range.
      const byActor = await events({ actorId: await userId(api, 'duban'), entityId: [a.id, b.id] });
      expect(byActor.map((e) => e.action)).toEqual(['assignment.return', 'assignment.approve', 'assignment.urge', 'assignment.cancel']);
      expect((await events({ action: 'assignment.approve', entityId: a.id })).length).toBe(1);
      const from = forA[0]?.createdAt as string;
      expect((await events({ entityId: a.id, createdAt_gte: from })).length).toBe(6);
      expect((await events({ entityId: a.id, createdAt_lte: '2000-01-01' })).length).toBe(0);
      expect((await events({ entityId: a.id, createdAt_gte: '2000-01-01', createdAt_lte: '2999-12-31T00:00:00Z' })).length).toBe(6);
      for (const filter of [{ entityId: 'x' }, { createdAt_gte: 'yesterday' }, { actorId: 5 }]) {
        const reply = await api.request<ErrorBody>('GET', `/audit-events${listQuery({ filter })}`, { token: viewer });
        expect(reply.status, JSON.stringify(filter)).toBe(400);
      }
    });

    it('does not record a refused action', async () => {
      const a = await createAssignment(api, { organization: ORG, state: 'completed' });
      await act(a.id, 'approve', supervisor);
      const reply = await api.request<AuditEventView[]>('GET', `/audit-events${listQuery({ filter: { entityId: a.id } })}`, { token: supervisor });
      expect(reply.body).toEqual([]);
    });
  });
});

function addDaysTo(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
