import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DEFAULT_JOB_OPTIONS, DELIVERIES_QUEUE, JobName, QueueName } from '@luoshi/common';
import { loadEnvironment } from '@luoshi/config';
import { Delivery, Notification, NotificationChannelConfig, NotificationPreference, Organization, User } from '@luoshi/data';
import { freePort, waitUntil } from '@luoshi/testing';
import type { Queue } from 'bullmq';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DataSource, In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DeliverySweeper } from '../src/notifications/delivery-sweeper.service';
import { WorkerModule } from '../src/worker.module';
import { parseMail, type ParsedMail } from './support/mime';

const BASE_URL = 'http://luoshi.example.org';
const DINGTALK_SECRET = 'SECd1e5a0f4b1c9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0';
const FEISHU_SECRET = 'feishu-bot-secret-Qx81';
const WEBHOOK_SECRET = 'webhook-signing-secret-2026';
const WECOM_KEY = '693a91f6-7aaa-4bc4-97a0-0ec2sifa5aaa';
const ATTEMPTS = 7;

/** The value, or a failed test naming what was missing. */
function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`missing: ${what}`);
  return value;
}

interface Received {
  path: string;
  rawQuery: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  verdict: string;
}

/**
 * Verifiers written from each platform's documentation, independent of the product's signers:
 * DingTalk: sign = urlEncode(base64(HmacSHA256(key = secret, msg = timestamp + "\n" + secret))), ms.
 * Feishu:   sign = base64(HmacSHA256(key = timestamp + "\n" + secret, msg = "")), seconds, in the body.
 * Webhook:  X-Luoshi-Signature = "sha256=" + hex(HmacSHA256(key = secret, msg = timestamp + "." + body)).
 */
function verifyDingTalk(rawQuery: string): string {
  const params = new Map(rawQuery.split('&').map((p) => [p.split('=')[0] ?? '', p.slice((p.split('=')[0] ?? '').length + 1)]));
  const timestamp = params.get('timestamp') ?? '';
  const rawSign = params.get('sign') ?? '';
  if (params.get('access_token') !== 'ding-token-1') return 'bad token';
  if (!/^\d{13}$/.test(timestamp) || Math.abs(Date.now() - Number(timestamp)) > 3600_000) return 'bad timestamp';
  if (!/^[A-Za-z0-9%]+$/.test(rawSign)) return 'sign not URL-encoded';
  const expected = createHmac('sha256', DINGTALK_SECRET).update(`${timestamp}\n${DINGTALK_SECRET}`).digest('base64');
  return decodeURIComponent(rawSign) === expected ? 'ok' : 'bad sign';
}

function verifyFeishu(body: Record<string, unknown>): string {
  const timestamp = String(body['timestamp'] ?? '');
  if (!/^\d{10}$/.test(timestamp) || Math.abs(Date.now() / 1000 - Number(timestamp)) > 3600) return 'bad timestamp';
  const expected = createHmac('sha256', `${timestamp}\n${FEISHU_SECRET}`).update('').digest('base64');
  return body['sign'] === expected ? 'ok' : 'bad sign';
}

function verifyWebhook(headers: Received['headers'], body: string): string {
  const timestamp = String(headers['x-luoshi-timestamp'] ?? '');
  const expected = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(`${timestamp}.${body}`).digest('hex')}`;
  if (!/^[0-9a-f-]{36}$/.test(String(headers['x-luoshi-delivery-id'] ?? ''))) return 'no delivery id';
  return headers['x-luoshi-signature'] === expected ? 'ok' : 'bad signature';
}

/** Stand-ins for DingTalk, WeCom, Feishu, an organization's webhook and one that always answers 500. */
function startRobots(received: Received[]): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const [path = '', rawQuery = ''] = (req.url ?? '').split('?');
      let verdict = 'ok';
      let reply: unknown = { errcode: 0, errmsg: 'ok' };
      if (path === '/robot/send') verdict = verifyDingTalk(rawQuery);
      else if (path === '/cgi-bin/webhook/send') verdict = new URLSearchParams(rawQuery).get('key') === WECOM_KEY ? 'ok' : 'bad key';
      else if (path === '/open-apis/bot/v2/hook/fs-hook-1') {
        verdict = verifyFeishu(JSON.parse(body) as Record<string, unknown>);
        reply = verdict === 'ok' ? { code: 0, msg: 'success', data: {} } : { code: 19021, msg: 'sign match fail', data: {} };
      } else if (path === '/hooks/luoshi') verdict = verifyWebhook(req.headers, body);
      received.push({ path, rawQuery, headers: req.headers, body, verdict });
      if (path === '/broken') {
        res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
        return;
      }
      if (verdict !== 'ok' && path !== '/open-apis/bot/v2/hook/fs-hook-1') reply = { errcode: 310000, errmsg: verdict };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(reply));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
  }));
}

/** The SMTP server process: starts down; `up()` makes it listen. */
function startSmtpProcess(port: number, mails: Array<{ from: string; to: string[]; mail: ParsedMail; raw: string }>) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [fileURLToPath(new URL('./support/smtp-server-process.mjs', import.meta.url)), String(port)]);
  const states: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const event = JSON.parse(line) as { type: string; from: string; to: string[]; raw: string };
    if (event.type === 'message') mails.push({ from: event.from, to: event.to, raw: event.raw, mail: parseMail(event.raw) });
    else states.push(event.type);
  });
  return {
    ready: () => waitUntil(async () => states.includes('ready'), 'the SMTP process'),
    up: async () => {
      child.stdin.write('up\n');
      await waitUntil(async () => states.includes('up'), 'the SMTP server listening');
    },
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin.end();
    }),
  };
}

describe('external deliveries: e-mail over a real SMTP server, signed robots, digests', () => {
  let app: INestApplicationContext;
  let db: DataSource;
  let reminders: Queue;
  let deliveriesQueue: Queue;
  let robots: { server: Server; url: string };
  let smtp: ReturnType<typeof startSmtpProcess>;
  const received: Received[] = [];
  const mails: Array<{ from: string; to: string[]; mail: ParsedMail; raw: string }> = [];
  type Person = 'zhang' | 'li' | 'wang' | 'zhao' | 'qian';
  const people = {} as Record<Person, User>;
  let orgA: Organization;
  let orgB: Organization;

  const assignment = async (org: Organization, title: string): Promise<string> => {
    const [item] = await db.query(`INSERT INTO items (kind, title, status) VALUES ('directive', $1, 'published') RETURNING id`, [title]);
    const [row] = await db.query(`INSERT INTO assignments (item_id, organization_id, role) VALUES ($1, $2, 'lead') RETURNING id`, [item.id, org.id]);
    return row.id as string;
  };

  const notify = async (rows: Array<Partial<Notification>>): Promise<Notification[]> => {
    const saved = await db.getRepository(Notification).save(rows.map((r) => db.getRepository(Notification).create({ channel: 'in_app', body: '', ...r })));
    await reminders.addBulk(saved.map((n) => ({ name: JobName.DeliverNotification, data: { notificationId: n.id }, opts: { ...DEFAULT_JOB_OPTIONS, jobId: `deliver/${n.id}` } })));
    await waitUntil(async () => (await db.getRepository(Notification).countBy(saved.map((n) => ({ id: n.id })))) === saved.length
      && (await db.query(`SELECT count(*)::int AS c FROM notifications WHERE id = ANY($1) AND delivered_at IS NULL`, [saved.map((n) => n.id)]))[0].c === 0, 'the notifications delivered in-app');
    return saved;
  };

  const deliveriesOf = (notifications: Notification[]): Promise<Delivery[]> =>
    db.getRepository(Delivery).createQueryBuilder('d')
      .where(`d.id IN (SELECT delivery_id FROM delivery_notifications WHERE notification_id = ANY(:ids))`, { ids: notifications.map((n) => n.id) })
      .orderBy('d.channel').getMany();

  beforeAll(async () => {
    const smtpPort = await freePort();
    smtp = startSmtpProcess(smtpPort, mails);
    await smtp.ready();
    robots = await startRobots(received);
    const env = loadEnvironment({
      CHANNEL_PRIVATE_HOSTS: 'allow', // the fake robots listen on 127.0.0.1
      NODE_ENV: 'test',
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: inject('queuePrefix'),
      LOG_LEVEL: 'silent',
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: '落实督查 <duban@luoshi.example.org>',
      PUBLIC_BASE_URL: BASE_URL,
      // Digests wait an hour; the test promotes them instead of waiting.
      DIGEST_WINDOW_SECONDS: '3600',
      DELIVERY_ATTEMPTS: String(ATTEMPTS),
      DELIVERY_BACKOFF_MS: '100',
      DELIVERY_TIMEOUT_MS: '3000',
    });
    app = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
    await app.init();
    db = app.get(DataSource);
    reminders = app.get<Queue>(getQueueToken(QueueName.Reminders));
    deliveriesQueue = app.get<Queue>(getQueueToken(DELIVERIES_QUEUE));

    orgA = await db.getRepository(Organization).save({ name: '市交通运输局', kind: 'government', aliases: [] });
    orgB = await db.getRepository(Organization).save({ name: '市水务局', kind: 'government', aliases: [] });
    const user = (username: string, displayName: string, role: User['role'], org: Organization | null, email: string | null) =>
      db.getRepository(User).save({ username, displayName, role, organizationId: org?.id ?? null, email, passwordHash: 'x' });
    people.zhang = await user('zhang', '张主任', 'org_admin', orgA, 'zhang@jt.example.org');
    people.li = await user('li', '李经办', 'org_staff', orgA, 'li@jt.example.org');
    people.wang = await user('wang', '王科员', 'org_staff', orgA, 'wang@jt.example.org');
    people.zhao = await user('zhao', '赵督查', 'supervisor', null, 'zhao@db.example.org');
    people.qian = await user('qian', '钱局长', 'org_admin', orgB, null);
    // Wang and Zhao turned e-mail off; Zhao's escalations reach him all the same.
    await db.getRepository(NotificationPreference).save([{ userId: people.wang.id, emailEnabled: false }, { userId: people.zhao.id, emailEnabled: false }]);
    const channel = (org: Organization, kind: NotificationChannelConfig['kind'], name: string, url: string, secret: string | null) =>
      db.getRepository(NotificationChannelConfig).save({ organizationId: org.id, kind, name, url, secret });
    await channel(orgA, 'dingtalk', '交通局钉钉群', `${robots.url}/robot/send?access_token=ding-token-1`, DINGTALK_SECRET);
    await channel(orgA, 'wecom', '交通局企业微信群', `${robots.url}/cgi-bin/webhook/send?key=${WECOM_KEY}`, null);
    await channel(orgA, 'feishu', '交通局飞书群', `${robots.url}/open-apis/bot/v2/hook/fs-hook-1`, FEISHU_SECRET);
    await channel(orgA, 'webhook', '交通局办公系统', `${robots.url}/hooks/luoshi`, WEBHOOK_SECRET);
    await channel(orgB, 'webhook', '水务局旧系统', `${robots.url}/broken`, WEBHOOK_SECRET);
  }, 60_000);

  afterAll(async () => {
    await reminders?.obliterate({ force: true });
    await deliveriesQueue?.obliterate({ force: true });
    await app?.close();
    await smtp?.stop();
    await new Promise((r) => robots?.server.close(r));
  });

  it('an event (催办) goes out at once: SMTP down, then up → retried and delivered; each robot once, signed', async () => {
    const assignmentId = await assignment(orgA, '推进城区公交线网优化');
    const event = randomUUID();
    const sent = await notify((['zhang', 'li', 'wang'] as const).map((who) => ({
      recipientId: people[who].id,
      assignmentId,
      kind: 'urge' as const,
      title: '催办：推进城区公交线网优化',
      body: '请于本周五前报送进展。',
      dedupeKey: `urge/${event}/${people[who].id}/in_app`,
    })));

    // E-mail to Zhang and Li (Wang turned it off); one post per robot, not one per recipient.
    const planned = await deliveriesOf(sent);
    expect(planned.map((d) => `${d.channel}:${d.address}`).sort()).toEqual([
      'dingtalk:交通局钉钉群', 'email:li@jt.example.org', 'email:zhang@jt.example.org', 'feishu:交通局飞书群', 'webhook:交通局办公系统', 'wecom:交通局企业微信群',
    ]);

    // The SMTP server is down: the e-mails fail, are retried, and stay pending with their error.
    await waitUntil(async () => (await db.getRepository(Delivery).findBy({ channel: 'email', mode: 'immediate' })).every((d) => d.attempts >= 1 && d.state === 'pending' && !!d.lastError), 'a failed e-mail try');
    expect(mails).toHaveLength(0);
    await smtp.up();
    await waitUntil(async () => (await db.getRepository(Delivery).findBy({ mode: 'immediate', state: 'sent' })).length === 6, 'every event delivery sent', 20_000);

    expect(mails).toHaveLength(2);
    const byTo = new Map(mails.map((m) => [m.to[0], m]));
    for (const who of ['zhang', 'li'] as const) {
      const person = people[who];
      const delivery = must(planned.find((d) => d.recipientId === person.id), 'the e-mail delivery');
      const m = must(byTo.get(person.email ?? ''), 'the e-mail');
      expect(m.from).toBe('duban@luoshi.example.org');
      expect(m.to).toEqual([person.email]);
      expect(m.mail.headers['subject']).toBe('【落实】催办：推进城区公交线网优化');
      expect(m.mail.headers['to']).toContain(person.email);
      expect(m.mail.headers['to']).toContain(person.displayName);
      expect(m.mail.headers['from']).toContain('duban@luoshi.example.org');
      expect(m.mail.headers['message-id']).toBe(`<${delivery.id}@luoshi.example.org>`);
      expect(m.mail.text).toContain(`${person.displayName}，您好`);
      expect(m.mail.text).toContain('请于本周五前报送进展。');
      expect(m.mail.text).toContain(`${BASE_URL}/#/assignments/${assignmentId}/show`);
      expect(m.mail.html).toContain(`href="${BASE_URL}/#/assignments/${assignmentId}/show"`);
      const final = await db.getRepository(Delivery).findOneByOrFail({ id: delivery.id });
      expect(final.attempts).toBeGreaterThanOrEqual(2);
      expect(final.lastError).toBeNull();
      expect(final.sentAt).toBeInstanceOf(Date);
    }

    const at = (path: string) => received.filter((r) => r.path === path);
    expect(at('/robot/send')).toHaveLength(1);
    expect(at('/cgi-bin/webhook/send')).toHaveLength(1);
    expect(at('/open-apis/bot/v2/hook/fs-hook-1')).toHaveLength(1);
    expect(at('/hooks/luoshi')).toHaveLength(1);
    for (const r of received) expect(r.verdict, r.path).toBe('ok');

    const ding = JSON.parse(must(at('/robot/send')[0], '/robot/send').body);
    expect(ding.msgtype).toBe('markdown');
    expect(ding.markdown.title).toBe('【落实】催办：推进城区公交线网优化');
    expect(ding.markdown.text).toContain(`[催办：推进城区公交线网优化](${BASE_URL}/#/assignments/${assignmentId}/show)`);
    const wecom = JSON.parse(must(at('/cgi-bin/webhook/send')[0], '/cgi-bin/webhook/send').body);
    expect(Object.keys(wecom).sort()).toEqual(['markdown', 'msgtype']);
    expect(wecom.msgtype).toBe('markdown');
    expect(wecom.markdown.content).toContain('请于本周五前报送进展。');
    const feishu = JSON.parse(must(at('/open-apis/bot/v2/hook/fs-hook-1')[0], '/open-apis/bot/v2/hook/fs-hook-1').body);
    expect(feishu.msg_type).toBe('interactive');
    expect(feishu.card.header.title).toEqual({ tag: 'plain_text', content: '【落实】催办：推进城区公交线网优化' });
    expect(feishu.card.elements[0].tag).toBe('markdown');
    expect(feishu.card.elements[0].content).toContain(`${BASE_URL}/#/assignments/${assignmentId}/show`);
    const hook = must(at('/hooks/luoshi')[0], 'the webhook post');
    const webhookDelivery = must(planned.find((d) => d.channel === 'webhook'), 'the webhook delivery');
    expect(hook.headers['x-luoshi-delivery-id']).toBe(webhookDelivery.id);
    expect(JSON.parse(hook.body)).toMatchObject({ id: webhookDelivery.id, type: 'immediate', subject: '【落实】催办：推进城区公交线网优化' });
  }, 60_000);

  it('a webhook answering 500 is retried with backoff, then recorded as failed with its error', async () => {
    const assignmentId = await assignment(orgB, '完成防汛物资储备检查');
    const [first] = await notify([{ recipientId: people.qian.id, assignmentId, kind: 'assigned', title: '新交办：完成防汛物资储备检查', dedupeKey: `assigned/${assignmentId}/${people.qian.id}` }]);
    const n = must(first, 'the notification');
    const delivery = must((await deliveriesOf([n]))[0], 'the delivery');
    expect(delivery.channel).toBe('webhook');
    await waitUntil(async () => (await db.getRepository(Delivery).findOneByOrFail({ id: delivery.id })).state === 'failed', 'the delivery marked failed', 30_000);
    const failed = await db.getRepository(Delivery).findOneByOrFail({ id: delivery.id });
    expect(failed.attempts).toBe(ATTEMPTS);
    expect(failed.lastError).toContain('HTTP 500');
    expect(failed.failedAt).toBeInstanceOf(Date);
    const tries = received.filter((r) => r.path === '/broken');
    expect(tries).toHaveLength(ATTEMPTS);
    // Every retry carries the same delivery id, so the receiver could drop repeats.
    expect(new Set(tries.map((t) => t.headers['x-luoshi-delivery-id']))).toEqual(new Set([delivery.id]));
  }, 60_000);

  it('a digest: 30 reminders of one organization on one day → one e-mail per person and one message per robot', async () => {
    const before = { mails: mails.length, received: received.length };
    const kinds = ['overdue', 'due_soon', 'report_due'] as const;
    const titles: string[] = [];
    const rows: Array<Partial<Notification>> = [];
    for (let i = 1; i <= 30; i++) {
      const title = `提醒：第${String(i).padStart(2, '0')}项 道路养护任务`;
      titles.push(title);
      const assignmentId = await assignment(orgA, `道路养护任务 ${i}`);
      const kind = must(kinds[(i - 1) % 3], 'a kind');
      // The handler (Li) and the org admin (Zhang) each hold a copy of every reminder.
      for (const who of ['zhang', 'li'] as const) {
        rows.push({ recipientId: people[who].id, assignmentId, kind, title, createdAt: new Date('2026-12-01T01:00:00Z'), dedupeKey: `${kind}/${assignmentId}/2026-12-01/${people[who].id}` });
      }
    }
    const escalated = await assignment(orgA, '逾期未办结事项');
    rows.push({ recipientId: people.zhao.id, assignmentId: escalated, kind: 'escalation', title: '升级督办：逾期未办结事项', createdAt: new Date('2026-12-01T01:00:00Z'), dedupeKey: `escalation/${escalated}/2026-12-01/${people.zhao.id}` });
    const sent = await notify(rows);

    const planned = await deliveriesOf(sent);
    expect(planned.map((d) => `${d.channel}:${d.address}:${d.mode}:${d.digestDate}`).sort()).toEqual([
      'dingtalk:交通局钉钉群:digest:2026-12-01',
      'email:li@jt.example.org:digest:2026-12-01',
      'email:zhang@jt.example.org:digest:2026-12-01',
      'email:zhao@db.example.org:digest:2026-12-01',
      'feishu:交通局飞书群:digest:2026-12-01',
      'webhook:交通局办公系统:digest:2026-12-01',
      'wecom:交通局企业微信群:digest:2026-12-01',
    ]);
    expect(planned.every((d) => d.state === 'pending')).toBe(true);
    // Nothing went out before the day's digest time.
    expect(mails.length).toBe(before.mails);
    expect(received.length).toBe(before.received);

    for (const job of await deliveriesQueue.getDelayed()) await job.promote();
    await waitUntil(async () => (await db.getRepository(Delivery).findBy({ mode: 'digest', state: 'sent' })).length === 7, 'the digests sent', 20_000);

    const digests = mails.slice(before.mails);
    expect(digests.map((m) => m.to[0]).sort()).toEqual(['li@jt.example.org', 'zhang@jt.example.org', 'zhao@db.example.org']);
    const zhang = must(digests.find((m) => m.to[0] === 'zhang@jt.example.org'), 'Zhang’s digest');
    expect(zhang.mail.headers['subject']).toBe('【落实】2026-12-01 督办提醒：逾期 10 项，即将到期 10 项，待报送 10 项');
    expect(zhang.mail.headers['message-id']).toBe(`<${must(planned.find((d) => d.address === 'zhang@jt.example.org'), 'Zhang’s delivery').id}@luoshi.example.org>`);
    const text = zhang.mail.text;
    expect(text).toContain('共 30 项');
    for (const title of titles) expect(text.split(title)).toHaveLength(2);
    const overdueAt = text.indexOf('【已逾期（10 项）】');
    const soonAt = text.indexOf('【即将到期（10 项）】');
    const reportAt = text.indexOf('【待报送进展（10 项）】');
    expect(overdueAt).toBeGreaterThan(0);
    expect(soonAt).toBeGreaterThan(overdueAt);
    expect(reportAt).toBeGreaterThan(soonAt);
    // Item 1 is overdue, item 2 due soon, item 3 a report: each sits in its section.
    expect(text.indexOf(must(titles[0], 'a title'))).toBeLessThan(soonAt);
    expect(text.indexOf(must(titles[1], 'a title'))).toBeGreaterThan(soonAt);
    expect(text.indexOf(must(titles[1], 'a title'))).toBeLessThan(reportAt);
    expect(text.indexOf(must(titles[2], 'a title'))).toBeGreaterThan(reportAt);
    const zhao = must(digests.find((m) => m.to[0] === 'zhao@db.example.org'), 'Zhao’s digest');
    expect(zhao.mail.headers['subject']).toBe('【落实】2026-12-01 督办提醒：逾期 1 项');
    expect(zhao.mail.text).toContain('升级督办：逾期未办结事项');

    const robotPosts = received.slice(before.received);
    expect(robotPosts.map((r) => r.path).sort()).toEqual(['/cgi-bin/webhook/send', '/hooks/luoshi', '/open-apis/bot/v2/hook/fs-hook-1', '/robot/send']);
    for (const r of robotPosts) expect(r.verdict, r.path).toBe('ok');
    const ding = JSON.parse(must(robotPosts.find((r) => r.path === '/robot/send'), 'the DingTalk digest').body);
    expect(ding.markdown.title).toBe('【落实】2026-12-01 督办提醒：逾期 10 项，即将到期 10 项，待报送 10 项');
    // Thirty reminders, each listed once although two people hold a copy of each.
    for (const title of titles) expect(ding.markdown.text.split(title)).toHaveLength(2);
    expect(ding.markdown.text).toContain('**已逾期（10 项）**');
    const wecom = JSON.parse(must(robotPosts.find((r) => r.path === '/cgi-bin/webhook/send'), 'the WeCom digest').body);
    expect(Buffer.byteLength(wecom.markdown.content)).toBeLessThanOrEqual(4096);
    expect(wecom.markdown.content).toContain(titles[29]);
    const hook = JSON.parse(must(robotPosts.find((r) => r.path === '/hooks/luoshi'), 'the webhook digest').body);
    expect(hook.items).toHaveLength(30);
    expect(hook.type).toBe('digest');
  }, 60_000);

  it('without a crash nothing repeats: the same jobs again and a sweep send nothing more', async () => {
    const before = { mails: mails.length, received: received.length, deliveries: await db.getRepository(Delivery).count() };
    // This file's notifications (the reminder tests may have run first in the same database).
    const all = await db.getRepository(Notification).findBy({ recipientId: In(Object.values(people).map((p) => p.id)) });
    await reminders.addBulk(all.map((n) => ({ name: JobName.DeliverNotification, data: { notificationId: n.id }, opts: { jobId: `again/${n.id}` } })));
    await waitUntil(async () => (await Promise.all(all.map((n) => reminders.getJob(`again/${n.id}`)))).every((j) => j?.returnvalue === 'skipped'), 'the repeated jobs');
    expect(await app.get(DeliverySweeper).sweep()).toBe(0);
    expect(await db.getRepository(Delivery).count()).toBe(before.deliveries);
    expect(await deliveriesQueue.getJobCounts('waiting', 'delayed', 'active')).toEqual({ waiting: 0, delayed: 0, active: 0 });
    expect(mails.length).toBe(before.mails);
    expect(received.length).toBe(before.received);
  });
});
