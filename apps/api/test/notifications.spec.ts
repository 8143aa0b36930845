import { getQueueToken } from '@nestjs/bullmq';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName } from '@luoshi/common';
import { Notification, User } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, ensureUser, organizationId, removeFixtures } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface NotificationView {
  id: string;
  recipientId: string;
  assignmentId: string;
  kind: string;
  channel: string;
  title: string;
  body: string;
  dedupeKey: string;
  senderId: string;
  readAt: string | null;
}

describe('urge (催办) and the notification inbox', () => {
  let api: TestApi;
  let supervisor: string;
  beforeAll(async () => {
    api = await startTestApi();
    supervisor = await api.login('duban');
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
  });

  it('stores one in-app notification per user of the organization and enqueues one delivery job each', async () => {
    const orgStaff = await ensureUser(api, 'nt_gonghui_staff', 'org_staff', '县总工会');
    const a = await createAssignment(api, { organization: '县总工会', state: 'in_progress', title: '完成欠薪排查（催办测试）' });
    const reply = await api.request<{ notified: number; notificationIds: string[] }>('POST', `/assignments/${a.id}/urge`, {
      token: supervisor,
      body: { message: '请于本周内报送进展' },
    });
    expect(reply.status).toBe(200);
    const dataSource = api.app.get(DataSource);
    const members = await dataSource.getRepository(User).findBy({ organizationId: await organizationId(api, '县总工会'), role: In(['org_admin', 'org_staff']) });
    expect(reply.body.notified).toBe(members.length);
    expect(members.length).toBeGreaterThanOrEqual(2);
    const rows = await dataSource.getRepository(Notification).findBy({ id: In(reply.body.notificationIds) });
    expect(rows.map((r) => r.recipientId).sort()).toEqual(members.map((m) => m.id).sort());
    for (const row of rows) {
      expect(row).toMatchObject({ kind: 'urge', channel: 'in_app', assignmentId: a.id, body: '请于本周内报送进展', title: '催办：完成欠薪排查（催办测试）' });
      expect(row.dedupeKey).toMatch(new RegExp(`^urge/[0-9a-f-]{36}/${row.recipientId}/in_app$`));
    }
    const queue = api.app.get<Queue>(getQueueToken(QueueName.Reminders));
    for (const row of rows) {
      const job = await queue.getJob(`deliver/${row.id}`);
      expect(job?.name).toBe(JobName.DeliverNotification);
      expect(job?.data).toEqual({ notificationId: row.id });
      expect(job?.opts.attempts).toBe(DEFAULT_JOB_OPTIONS.attempts);
    }

    // The recipient's inbox.
    const inbox = await api.request<NotificationView[]>('GET', `/notifications${listQuery({ filter: { kind: 'urge', unread: true } })}`, { token: orgStaff });
    expect(inbox.status).toBe(200);
    const mine = inbox.body.find((n) => n.assignmentId === a.id) as NotificationView;
    expect(mine).toBeDefined();
    expect(inbox.body.every((n) => n.kind === 'urge' && n.readAt === null)).toBe(true);
    const read = await api.request<NotificationView>('POST', `/notifications/${mine.id}/read`, { token: orgStaff });
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    const again = await api.request<NotificationView>('POST', `/notifications/${mine.id}/read`, { token: orgStaff });
    expect(again.body.readAt).toBe(read.body.readAt);
    const readList = await api.request<NotificationView[]>('GET', `/notifications${listQuery({ filter: { read: true } })}`, { token: orgStaff });
    expect(readList.body.map((n) => n.id)).toContain(mine.id);
    const unread = await api.request<NotificationView[]>('GET', `/notifications${listQuery({ filter: { read: false } })}`, { token: orgStaff });
    expect(unread.body.map((n) => n.id)).not.toContain(mine.id);

    // Nobody else sees or reads it.
    const gonghui = await api.login('gonghui');
    const theirs = (await api.request<NotificationView[]>('GET', `/notifications${listQuery({ range: [0, 99] })}`, { token: gonghui })).body;
    expect(theirs.map((n) => n.id)).not.toContain(mine.id);
    expect((await api.request('POST', `/notifications/${mine.id}/read`, { token: gonghui })).status).toBe(404);
    expect((await api.request('GET', `/notifications/${mine.id}`, { token: supervisor })).status).toBe(404);
    expect((await api.request('GET', `/notifications${listQuery({ filter: { kind: 'spam' } })}`, { token: gonghui })).status).toBe(400);
  });

  it('urging twice notifies twice (each urge is its own message); a closed assignment cannot be urged', async () => {
    const a = await createAssignment(api, { organization: '团县委', state: 'assigned' });
    const first = await api.request<{ notified: number }>('POST', `/assignments/${a.id}/urge`, { token: supervisor, body: {} });
    const second = await api.request<{ notified: number }>('POST', `/assignments/${a.id}/urge`, { token: supervisor, body: {} });
    expect(first.body.notified).toBeGreaterThan(0);
    expect(second.body.notified).toBe(first.body.notified);
    const closed = await createAssignment(api, { organization: '团县委', state: 'cancelled' });
    const refused = await api.request<{ message: string; code: string }>('POST', `/assignments/${closed.id}/urge`, { token: supervisor, body: {} });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'assignment.closed', message: '该任务已是“已撤销”，不能再办理。' });
  });

  it('only supervisors and admins urge', async () => {
    const a = await createAssignment(api, { organization: '团县委' });
    expect((await api.request('POST', `/assignments/${a.id}/urge`, { token: await api.login('tuanwei'), body: {} })).status).toBe(403);
    expect((await api.request('POST', `/assignments/${a.id}/urge`, { token: await api.login('mishu'), body: {} })).status).toBe(403);
    expect((await api.request('POST', `/assignments/${a.id}/urge`, { token: await api.login('admin'), body: { message: 'x' } })).status).toBe(200);
  });
});
