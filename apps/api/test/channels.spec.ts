import { getQueueToken } from '@nestjs/bullmq';
import { DELIVERIES_QUEUE } from '@luoshi/common';
import { Delivery, NotificationChannelConfig, User } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, organizationId, userId } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

const METRICS_TOKEN = 'scrape-token-for-the-tests-0123';

interface ChannelView {
  id: string;
  organizationId: string;
  kind: string;
  name: string;
  urlMasked: string;
  hasSecret: boolean;
  secretHint: string | null;
  enabled: boolean;
  version: number;
}

describe('notification channels, preferences, the delivery log, Bull Board and metrics', () => {
  let api: TestApi;
  let admin: string;
  let supervisor: string;
  let orgAdmin: string;
  let db: DataSource;

  beforeAll(async () => {
    api = await startTestApi({ METRICS_TOKEN });
    db = api.app.get(DataSource);
    admin = await api.login('admin');
    supervisor = await api.login('duban');
    orgAdmin = await api.login('nongye');
  });
  afterAll(async () => {
    await db.query(`DELETE FROM deliveries`);
    await db.query(`DELETE FROM notification_channels`);
    await api.close();
  });

  it('robots per organization: supervisors manage them, the token and secret are never returned', async () => {
    const org = await organizationId(api, '县农业农村局');
    const body = {
      organizationId: org,
      kind: 'dingtalk',
      name: '农业局督办群',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=9f8e7d6c5b4a39281706f5e4d3c2b1a0',
      secret: 'SEC0123456789abcdef0123456789abcdef',
    };
    expect((await api.request('POST', '/notification-channels', { token: orgAdmin, body })).status).toBe(403);

    const refused = await api.request<{ code: string; message: string }>('POST', '/notification-channels', {
      token: supervisor,
      body: { ...body, url: 'https://oapi.dingtalk.com/robot/send' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('channels.url_invalid');
    expect(refused.body.message).toBe('钉钉机器人地址无效：缺少 access_token 参数');
    const english = await api.request<{ message: string }>('POST', '/notification-channels', {
      token: supervisor,
      body: { ...body, url: 'https://oapi.dingtalk.com/robot/send' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.body.message).toBe('The DingTalk robot address is invalid: the access_token parameter is missing');
    // The default CHANNEL_PRIVATE_HOSTS=deny: no robot may point at this machine's Redis or a metadata service.
    for (const inside of ['http://127.0.0.1:6379/robot/send?access_token=x', 'http://[::1]/robot/send?access_token=x', 'http://169.254.169.254/robot/send?access_token=x', 'http://localhost:5432/robot/send?access_token=x']) {
      const reply = await api.request<{ code: string; message: string }>('POST', '/notification-channels', { token: supervisor, body: { ...body, url: inside } });
      expect(reply.status, inside).toBe(400);
      expect(reply.body.message).toBe('钉钉机器人地址无效：不能指向本机或内网地址');
    }
    const noOrg = await api.request<{ code: string }>('POST', '/notification-channels', { token: supervisor, body: { ...body, organizationId: '00000000-0000-4000-8000-000000000000' } });
    expect(noOrg.status).toBe(400);
    expect(noOrg.body.code).toBe('channels.organization_missing');
    expect((await api.request('POST', '/notification-channels', { token: supervisor, body: { ...body, kind: 'telegram' } })).status).toBe(400);
    expect((await api.request('POST', '/notification-channels', { token: supervisor, body: { ...body, name: '   ' } })).status).toBe(400);
    expect((await api.request('POST', '/notification-channels', { token: supervisor, body: { ...body, url: 'javascript:alert(1)' } })).status).toBe(400);
    expect((await api.request('POST', '/notification-channels', { token: supervisor, body: { ...body, enabled: 'yes' } })).status).toBe(400);
    expect((await api.request('POST', '/notification-channels', { token: supervisor, body: { ...body, url: 'x'.repeat(2001) } })).status).toBe(400);

    const created = await api.request<ChannelView>('POST', '/notification-channels', { token: supervisor, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'dingtalk', name: '农业局督办群', hasSecret: true, secretHint: 'SEC****', enabled: true });
    expect(created.body.urlMasked).toBe('https://oapi.dingtalk.com/robot/send?access_token=9f8e****');
    const text = JSON.stringify(created.body);
    expect(text).not.toContain('9f8e7d6c5b4a');
    expect(text).not.toContain('SEC0123456789');
    expect(Object.keys(created.body)).not.toContain('url');
    expect(Object.keys(created.body)).not.toContain('secret');

    // An edit that leaves address and secret out keeps them; the audit trail never holds them.
    const updated = await api.request<ChannelView>('PUT', `/notification-channels/${created.body.id}`, {
      token: admin,
      body: { ...created.body, name: '农业局督办工作群', url: '', secret: '' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body.name).toBe('农业局督办工作群');
    const stored = await db.getRepository(NotificationChannelConfig).findOneByOrFail({ id: created.body.id });
    expect(stored.url).toBe(body.url);
    expect(stored.secret).toBe(body.secret);
    const audit = JSON.stringify(await db.query(`SELECT before, after FROM audit_events WHERE entity_id = $1`, [created.body.id]));
    expect(audit).toContain('农业局督办工作群');
    expect(audit).not.toContain('9f8e7d6c5b4a');
    expect(audit).not.toContain('SEC0123456789');

    const stale = await api.request('PUT', `/notification-channels/${created.body.id}`, { token: admin, body: { ...created.body, version: 1 } });
    expect(stale.status).toBe(409);

    const list = await api.request<ChannelView[]>('GET', `/notification-channels${listQuery({ filter: { organizationId: org, kind: 'dingtalk' } })}`, { token: supervisor });
    expect(list.status).toBe(200);
    expect(list.body.map((c) => c.id)).toEqual([created.body.id]);
    expect((await api.request('GET', `/notification-channels${listQuery({ filter: { kind: 'fax' } })}`, { token: supervisor })).status).toBe(400);

    const feishu = await api.request<ChannelView>('POST', '/notification-channels', {
      token: supervisor,
      body: { organizationId: org, kind: 'feishu', name: '飞书群', url: 'https://open.feishu.cn/open-apis/bot/v2/hook/0a1b2c3d-4e5f-6789-abcd-ef0123456789' },
    });
    expect(feishu.status).toBe(201);
    expect(feishu.body.urlMasked).toBe('https://open.feishu.cn/open-apis/bot/v2/hook/0a1b****');
    expect(feishu.body.hasSecret).toBe(false);
    expect((await api.request('DELETE', `/notification-channels/${feishu.body.id}`, { token: supervisor })).status).toBe(200);
  });

  it('each user turns e-mail off for themselves', async () => {
    const staff = await ensureUser(api, 'ch_prefs_staff', 'org_staff', '县农业农村局');
    const first = await api.request<{ emailEnabled: boolean }>('GET', '/notification-preferences/me', { token: staff });
    expect(first.status).toBe(200);
    expect(first.body.emailEnabled).toBe(true);
    const off = await api.request<{ emailEnabled: boolean }>('PUT', '/notification-preferences/me', { token: staff, body: { id: 'me', emailEnabled: false } });
    expect(off.status).toBe(200);
    expect(off.body.emailEnabled).toBe(false);
    expect((await api.request<{ emailEnabled: boolean }>('GET', '/notification-preferences/me', { token: staff })).body.emailEnabled).toBe(false);
    // Someone else's choice is untouched.
    expect((await api.request<{ emailEnabled: boolean }>('GET', '/notification-preferences/me', { token: orgAdmin })).body.emailEnabled).toBe(true);
    expect((await api.request('PUT', '/notification-preferences/me', { token: staff, body: { emailEnabled: 'no' } })).status).toBe(400);
    expect((await api.request('GET', '/notification-preferences/me')).status).toBe(401);
  });

  it('the delivery log: admins filter it and retry a failed delivery once', async () => {
    const recipient = await userId(api, 'nongye');
    const failed = await db.getRepository(Delivery).save({
      dedupeKey: `event/email/${recipient}/test-1`,
      channel: 'email',
      mode: 'immediate',
      recipientId: recipient,
      address: 'chen@nongye.example.org',
      state: 'failed',
      attempts: 8,
      lastError: 'connect ECONNREFUSED 127.0.0.1:25',
      dueAt: new Date(),
      failedAt: new Date(),
    });
    await db.getRepository(Delivery).save({ dedupeKey: `event/email/${recipient}/test-2`, channel: 'email', mode: 'immediate', recipientId: recipient, address: 'chen@nongye.example.org', state: 'sent', attempts: 1, dueAt: new Date(), sentAt: new Date() });

    expect((await api.request('GET', '/deliveries', { token: supervisor })).status).toBe(403);
    const list = await api.request<Delivery[]>('GET', `/deliveries${listQuery({ filter: { state: 'failed', channel: 'email' } })}`, { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.map((d) => d.id)).toEqual([failed.id]);
    expect(list.body[0]?.lastError).toBe('connect ECONNREFUSED 127.0.0.1:25');
    expect((await api.request('GET', `/deliveries${listQuery({ filter: { state: 'lost' } })}`, { token: admin })).status).toBe(400);
    expect((await api.request('GET', `/deliveries${listQuery({ filter: { createdFrom: 'yesterday' } })}`, { token: admin })).status).toBe(400);

    expect((await api.request('POST', `/deliveries/${failed.id}/retry`, { token: supervisor })).status).toBe(403);
    const retried = await api.request<Delivery>('POST', `/deliveries/${failed.id}/retry`, { token: admin });
    expect(retried.status).toBe(200);
    expect(retried.body.state).toBe('pending');
    const queue = api.app.get<Queue>(getQueueToken(DELIVERIES_QUEUE));
    const job = await queue.getJob(`delivery/${failed.id}/retry/8`);
    expect(job?.data).toEqual({ deliveryId: failed.id });
    expect(job?.opts.attempts).toBe(8);

    const again = await api.request<{ code: string; message: string }>('POST', `/deliveries/${failed.id}/retry`, { token: admin });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('channels.delivery_not_failed');
    expect(again.body.message).toBe('只有发送失败的记录可以重发；这条记录的状态是“待发送”。');
    expect((await api.request('POST', '/deliveries/00000000-0000-4000-8000-000000000000/retry', { token: admin })).status).toBe(404);
    expect((await api.request('POST', '/deliveries/not-a-uuid/retry', { token: admin })).status).toBe(404);
    await queue.obliterate({ force: true });
  });

  it('Bull Board opens for an admin through a short-lived HTTP-only cookie and is refused to everyone else', async () => {
    const board = (cookie?: string, path = '') =>
      fetch(`${api.url}/api/admin/queues${path}`, { headers: cookie ? { cookie } : {} }).then(async (r) => ({ status: r.status, text: await r.text() }));
    const bare = await board();
    expect(bare.status).toBe(401);
    expect(JSON.parse(bare.text).code).toBe('channels.queue_board_session_missing');
    // A bearer header is not what the board reads, and a sign-in token is no board cookie.
    const withBearer = await fetch(`${api.url}/api/admin/queues`, { headers: { authorization: `Bearer ${admin}` } });
    expect(withBearer.status).toBe(401);
    expect((await board(`luoshi_queue_board=${admin}`)).status).toBe(401);

    expect((await api.request('POST', '/admin/queue-session', { token: supervisor })).status).toBe(403);
    expect((await api.request('POST', '/admin/queue-session')).status).toBe(401);
    const session = await api.request<{ url: string }>('POST', '/admin/queue-session', { token: admin });
    expect(session.status).toBe(200);
    expect(session.body.url).toBe('/api/admin/queues');
    const setCookie = session.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^luoshi_queue_board=[^;]+/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('Path=/api/admin/queues');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toMatch(/Max-Age=600/);
    const cookie = setCookie.split(';')[0] ?? '';

    const page = await board(cookie);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<html');
    const queues = await board(cookie, '/api/queues');
    expect(queues.status).toBe(200);
    const names = (JSON.parse(queues.text) as { queues: Array<{ name: string }> }).queues.map((q) => q.name).sort();
    expect(names).toEqual(['deliveries', 'reminders']);

    // The cookie stops working the moment its admin is no longer one.
    const second = await ensureUser(api, 'ch_board_admin', 'admin', null);
    const other = await api.request('POST', '/admin/queue-session', { token: second });
    const otherCookie = (other.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect((await board(otherCookie)).status).toBe(200);
    await db.getRepository(User).update({ username: 'ch_board_admin' }, { role: 'supervisor' });
    const demoted = await board(otherCookie);
    expect(demoted.status).toBe(403);
    expect(JSON.parse(demoted.text).code).toBe('channels.queue_board_forbidden');
    expect((await board('luoshi_queue_board=forged.token.value')).status).toBe(401);
  });

  it('Prometheus metrics behind their token: queue depths, deliveries by channel and state, reminder lateness', async () => {
    const recipient = await userId(api, 'nongye');
    await db.getRepository(Delivery).save({ dedupeKey: `event/email/${recipient}/metrics-1`, channel: 'email', mode: 'immediate', recipientId: recipient, address: 'chen@nongye.example.org', state: 'failed', attempts: 8, dueAt: new Date() });
    const scrape = (token?: string) => fetch(`${api.url}/api/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await scrape()).status).toBe(401);
    expect((await scrape(admin)).status).toBe(401);
    const res = await scrape(METRICS_TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toContain('# TYPE luoshi_queue_jobs gauge');
    expect(text).toMatch(/luoshi_queue_jobs\{queue="reminders",state="waiting"\} \d+/);
    expect(text).toMatch(/luoshi_queue_jobs\{queue="deliveries",state="delayed"\} \d+/);
    const failedEmail = await db.query(`SELECT count(*)::int AS c FROM deliveries WHERE channel = 'email' AND state = 'failed'`);
    expect(text).toContain(`luoshi_deliveries{channel="email",state="failed"} ${failedEmail[0].c}`);
    expect(text).toMatch(/luoshi_reminder_lateness_seconds\{quantile="0.99"\} [\d.]+/);
  });
});
