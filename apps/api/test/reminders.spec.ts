import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, organizationId, removeFixtures } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface Rule {
  id: string;
  version: number;
  name: string;
  organizationId: string | null;
  speechId: string | null;
  dueSoonDays: number[];
  overdueEveryDays: number;
  escalateAfterDays: number;
  sendTime: string;
  periodicReports: boolean;
  channels: string[];
  active: boolean;
}

interface ErrorBody {
  code: string;
  message: string;
}

interface NotificationView {
  id: string;
  kind: string;
  title: string;
  assignmentId: string | null;
  readAt: string | null;
}

const RULE_BODY = { dueSoonDays: [3], overdueEveryDays: 2, escalateAfterDays: 5, sendTime: '08:30', periodicReports: false, channels: ['in_app'], active: true };

describe('reminder rules, the working calendar and the inbox', () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
    supervisor = await api.login('duban');
    db = api.app.get(DataSource);
  });
  afterAll(async () => {
    await db.query(`DELETE FROM reminder_rules WHERE organization_id IS NOT NULL OR speech_id IS NOT NULL`);
    await db.query(`DELETE FROM calendar_days WHERE date >= '2099-01-01'`);
    await removeFixtures(api);
    await api.close();
  });

  it('has the default rule from PRODUCT.md; supervisors read, only admins edit, organization users see nothing', async () => {
    const list = await api.request<Rule[]>('GET', '/reminder-rules', { token: supervisor });
    expect(list.status).toBe(200);
    const byDefault = list.body.find((r) => !r.organizationId && !r.speechId);
    expect(byDefault).toMatchObject({ dueSoonDays: [7, 1], overdueEveryDays: 3, escalateAfterDays: 7, sendTime: '09:00', periodicReports: true, active: true });
    expect((await api.request('GET', '/reminder-rules', { token: await api.login('nongye') })).status).toBe(403);
    expect((await api.request('POST', '/reminder-rules', { token: supervisor, body: { name: 'x', ...RULE_BODY } })).status).toBe(403);
    // The default stays the default.
    const narrowed = await api.request<ErrorBody>('PUT', `/reminder-rules/${byDefault?.id}`, {
      token: admin,
      body: { ...byDefault, organizationId: await organizationId(api, '县总工会') },
    });
    expect(narrowed.status).toBe(400);
    expect(narrowed.body.code).toBe('reminders.default_rule_fixed');
    expect((await api.request<ErrorBody>('DELETE', `/reminder-rules/${byDefault?.id}`, { token: admin })).body.code).toBe('reminders.default_rule_fixed');
  });

  it('one override per organization; a change re-plans that organization’s open assignments only', async () => {
    const gonghui = await organizationId(api, '县总工会');
    const mine = await createAssignment(api, { organization: '县总工会', state: 'in_progress', title: '职工服务站建设（规则测试）' });
    const other = await createAssignment(api, { organization: '团县委', state: 'in_progress', title: '青年之家建设（规则测试）' });
    await db.query(`UPDATE assignments SET reminders_planned_at = '2000-01-01', next_reminder_at = '2099-01-01' WHERE id = ANY($1::uuid[])`, [[mine.id, other.id]]);

    const created = await api.request<Rule>('POST', '/reminder-rules', { token: admin, body: { name: '总工会规则', organizationId: gonghui, ...RULE_BODY } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ organizationId: gonghui, sendTime: '08:30', dueSoonDays: [3] });
    const planned = async (id: string) =>
      ((await db.query(`SELECT reminders_planned_at AS p, next_reminder_at AS n FROM assignments WHERE id = $1`, [id])) as Array<{ p: Date; n: Date }>)[0];
    expect((await planned(mine.id))?.p.getUTCFullYear()).toBeGreaterThan(2000);
    expect((await planned(mine.id))?.n.getUTCFullYear()).toBeLessThan(2099);
    expect((await planned(other.id))?.p.toISOString()).toBe('2000-01-01T00:00:00.000Z');

    const again = await api.request<ErrorBody>('POST', '/reminder-rules', { token: admin, body: { name: '重复', organizationId: gonghui, ...RULE_BODY } });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'reminders.rule_exists' });
    expect(again.body.message).toContain('县总工会');
    const speeches = await api.request<Array<{ id: string }>>('GET', '/speeches', { token: admin });
    const both = await api.request<ErrorBody>('POST', '/reminder-rules', {
      token: admin,
      body: { name: '两者', organizationId: gonghui, speechId: speeches.body[0]?.id, ...RULE_BODY },
    });
    expect(both.body.code).toBe('reminders.rule_one_scope');
    for (const [field, value] of [
      ['sendTime', '24:00'],
      ['dueSoonDays', [0]],
      ['overdueEveryDays', 0],
      ['channels', ['fax']],
    ] as const) {
      const bad = await api.request<ErrorBody>('POST', '/reminder-rules', { token: admin, body: { name: '坏', ...RULE_BODY, [field]: value } });
      expect(bad.status, field).toBe(400);
    }
    const stale = await api.request<ErrorBody>('PUT', `/reminder-rules/${created.body.id}`, { token: admin, body: { ...created.body, version: created.body.version + 5 } });
    expect(stale.status).toBe(409);
    expect((await api.request('DELETE', `/reminder-rules/${created.body.id}`, { token: admin })).status).toBe(200);
  });

  it('the calendar is seeded from chinese-days and editable by admins', async () => {
    const days = await api.request<Array<{ date: string; working: boolean; name: string }>>(
      'GET',
      `/calendar-days${listQuery({ filter: { date_gte: '2026-10-01', date_lte: '2026-10-10' }, range: [0, 99] })}`,
      { token: await api.login('tuanwei') },
    );
    expect(days.status).toBe(200);
    expect(days.body.map((d) => [d.date, d.working, d.name])).toEqual([
      ['2026-10-01', false, '国庆节'],
      ['2026-10-02', false, '国庆节'],
      ['2026-10-03', false, '国庆节'],
      ['2026-10-04', false, '国庆节'],
      ['2026-10-05', false, '国庆节'],
      ['2026-10-06', false, '国庆节'],
      ['2026-10-07', false, '国庆节'],
      ['2026-10-10', true, '国庆节'],
    ]);
    const dup = await api.request<ErrorBody>('POST', '/calendar-days', { token: admin, body: { date: '2026-10-01', working: false, name: '国庆节' } });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('reminders.calendar_day_exists');
    expect((await api.request('POST', '/calendar-days', { token: admin, body: { date: '2099-02-30', working: false } })).status).toBe(400);
    expect((await api.request('POST', '/calendar-days', { token: supervisor, body: { date: '2099-10-01', working: false } })).status).toBe(403);
    const added = await api.request<{ id: string; version: number }>('POST', '/calendar-days', { token: admin, body: { date: '2099-10-01', working: false, name: '国庆节' } });
    expect(added.status).toBe(201);
    const moved = await api.request<{ date: string }>('PUT', `/calendar-days/${added.body.id}`, {
      token: admin,
      body: { date: '2099-10-02', working: false, name: '国庆节', version: added.body.version },
    });
    expect(moved.body.date).toBe('2099-10-02');
  });

  it('events: publish to the organization, a completion request to the supervisors, the decision back; unread count and read-all', async () => {
    const staff = await api.login('tuanwei');
    const before = (await api.request<{ count: number }>('GET', '/notifications/unread-count', { token: staff })).body.count;
    const tuanwei = await organizationId(api, '团县委');
    const title = `社区青年议事会（事件测试 ${Date.now()}）`;
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const published = await api.request('POST', '/items', {
      token: supervisor,
      body: { title, text: '建立社区青年议事会。', kind: 'directive', dueDate: due, organizations: [{ organizationId: tuanwei, role: 'lead' }], publish: true },
    });
    expect(published.status).toBe(201);
    const inbox = await api.request<NotificationView[]>('GET', `/notifications${listQuery({ filter: { kind: 'assigned', unread: true } })}`, { token: staff });
    const notice = inbox.body.find((n) => n.title === `新交办：${title}`);
    expect(notice).toBeDefined();
    expect((await api.request<{ count: number }>('GET', '/notifications/unread-count', { token: staff })).body.count).toBe(before + 1);

    const assignmentId = notice?.assignmentId as string;
    await api.request('POST', `/assignments/${assignmentId}/sign`, { token: staff });
    await api.request('POST', `/assignments/${assignmentId}/request-completion`, { token: staff, body: { summary: '议事会已成立' } });
    const supervisorInbox = await api.request<NotificationView[]>('GET', `/notifications${listQuery({ filter: { kind: 'request', assignmentId } })}`, { token: supervisor });
    expect(supervisorInbox.body.map((n) => n.title)).toEqual([`申请办结：${title}`]);
    await api.request('POST', `/assignments/${assignmentId}/approve`, { token: supervisor });
    const decision = await api.request<NotificationView[]>('GET', `/notifications${listQuery({ filter: { kind: 'review_decision', assignmentId } })}`, { token: staff });
    expect(decision.body.map((n) => n.title)).toEqual([`审核通过，已办结：${title}`]);

    // Someone else's notification does not exist for me.
    const foreign = await api.request<ErrorBody>('GET', `/notifications/${supervisorInbox.body[0]?.id}`, { token: staff });
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('notifications.not_found');

    const all = await api.request<{ updated: number }>('POST', '/notifications/read-all', { token: staff });
    expect(all.body.updated).toBeGreaterThanOrEqual(2);
    expect((await api.request<{ count: number }>('GET', '/notifications/unread-count', { token: staff })).body.count).toBe(0);
  });
});
