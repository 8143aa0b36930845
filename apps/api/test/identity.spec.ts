import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { ClockService } from '../src/core/time/clock.service';
import { ensureUser, fixturePassword } from './support/fixtures';
import { listQuery, startTestApi, type Reply, type TestApi } from './support/test-api';

/**
 * The 等级保护 2.0 identity items: login timing, throttling shared by replicas, lockout, password
 * policy and forced change, idle session expiry and the audit of it all. Each block boots its own
 * API with a key prefix of its own, so that its throttle counts do not meet other files' logins.
 */

interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

interface AuditRow {
  action: string;
  actorId: string | null;
  entityId: string | null;
  ip: string | null;
  after: Record<string, unknown> | null;
}

const MINUTE = 60_000;

function login(api: TestApi, username: string, password: string, headers: Record<string, string> = {}): Promise<Reply<ErrorBody & { accessToken: string; passwordChangeRequired: boolean }>> {
  return api.request('POST', '/auth/login', { body: { username, password }, headers });
}

function prefix(name: string): string {
  return `${inject('queuePrefix')}-${name}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function auditEvents(api: TestApi, token: string, filter: Record<string, unknown>): Promise<AuditRow[]> {
  const reply = await api.request<AuditRow[]>('GET', `/audit-events${listQuery({ filter, range: [0, 99] })}`, { token });
  expect(reply.status).toBe(200);
  return reply.body;
}

describe('login timing', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Lockout off: this test fails a known user's login on purpose, many times.
    api = await startTestApi({ QUEUE_PREFIX: prefix('timing'), LOCKOUT_THRESHOLD: '0' });
    await ensureUser(api, 'timing_known', 'viewer', null);
  });
  afterAll(() => api.close());

  it('refuses unknown and known user names in comparable time (medians of 20 within 0.5x-2x)', async () => {
    const timed = async (username: string) => {
      const started = performance.now();
      const reply = await login(api, username, 'Wrong-Password-9');
      expect(reply.status).toBe(401);
      return performance.now() - started;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // Interleaved, so that load on the machine falls on both alike.
    for (let i = 0; i < 20; i++) {
      known.push(await timed('timing_known'));
      unknown.push(await timed(`timing_ghost_${i}`));
    }
    const ratio = median(unknown) / median(known);
    expect(ratio).toBeGreaterThanOrEqual(0.5);
    expect(ratio).toBeLessThanOrEqual(2);
  });
});

describe('login throttle', () => {
  let first: TestApi;
  let second: TestApi;
  beforeAll(async () => {
    // Two API replicas on one Redis and one database, with one key prefix: they must count together.
    const shared = { QUEUE_PREFIX: prefix('throttle'), LOGIN_RATE_LIMIT: '4', LOGIN_IP_RATE_LIMIT: '11', LOCKOUT_THRESHOLD: '100' };
    first = await startTestApi(shared);
    second = await startTestApi(shared);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('does not let a local client reset the count with X-Forwarded-For (TRUST_PROXY trusts no proxy by default)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(first, 'throttle_spoof', 'Wrong-1a')).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const spoofed = await login(first, 'throttle_spoof', 'Wrong-1a', { 'X-Forwarded-For': '203.0.113.7' });
    expect(spoofed.status).toBe(429);
    expect(spoofed.body.code).toBe('auth.throttled');
    expect(Number(spoofed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(spoofed.body.message).toMatch(/秒后重试/);
  });

  it('counts the attempts of two API processes on one Redis together', async () => {
    const statuses: number[] = [];
    statuses.push((await login(first, 'throttle_shared', 'Wrong-1a')).status);
    statuses.push((await login(second, 'throttle_shared', 'Wrong-1a')).status);
    statuses.push((await login(first, 'throttle_shared', 'Wrong-1a')).status);
    statuses.push((await login(second, 'throttle_shared', 'Wrong-1a')).status);
    // One process alone would have allowed four more.
    statuses.push((await login(first, 'throttle_shared', 'Wrong-1a')).status);
    statuses.push((await login(second, 'throttle_shared', 'Wrong-1a')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('limits an address across user names too, whatever X-Forwarded-For says', async () => {
    // Eleven attempts per address: the two tests above spent them all on 127.0.0.1.
    const reply = await login(second, 'throttle_other', 'Wrong-1a', { 'X-Forwarded-For': '198.51.100.1' });
    expect(reply.status).toBe(429);
    expect(reply.body.code).toBe('auth.throttled');
  });
});

describe('login throttle behind a trusted proxy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ QUEUE_PREFIX: prefix('proxy'), TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT: '2' });
  });
  afterAll(() => api.close());

  it('tells clients apart by X-Forwarded-For once the proxy is trusted, and audits their address', async () => {
    const from = (ip: string) => login(api, 'proxy_user', 'Wrong-1a', { 'X-Forwarded-For': ip });
    expect([(await from('192.0.2.10')).status, (await from('192.0.2.10')).status, (await from('192.0.2.10')).status]).toEqual([401, 401, 429]);
    expect((await from('192.0.2.11')).status).toBe(401);
    const events = await auditEvents(api, await api.login('mishu'), { action: 'auth.login_failed' });
    expect(events.filter((e) => e.after?.['username'] === 'proxy_user').map((e) => e.ip)).toContain('192.0.2.11');
  });
});

describe('lockout', () => {
  let first: TestApi;
  let second: TestApi;
  let admin: string;
  beforeAll(async () => {
    first = await startTestApi({ QUEUE_PREFIX: prefix('lockout') });
    second = await startTestApi({ QUEUE_PREFIX: prefix('lockout') });
    admin = await first.login('admin');
  });
  afterEach(() => {
    first.app.get(ClockService).setNow(null);
    second.app.get(ClockService).setNow(null);
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('locks an account for 15 minutes after 5 consecutive failures, on every replica, and says until when', async () => {
    await ensureUser(first, 'lock_a', 'viewer', null);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await login(i % 2 ? second : first, 'lock_a', 'Wrong-1a')).status);
    expect(statuses).toEqual([401, 401, 401, 401]);
    const before = Date.now();
    const fifth = await login(second, 'lock_a', 'Wrong-1a');
    expect(fifth.status).toBe(423);
    expect(fifth.body.code).toBe('auth.locked');
    const retryAfter = Number(fifth.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    const until = new Date(String(fifth.body.params?.['lockedUntilIso'])).getTime();
    expect(until - before).toBeGreaterThanOrEqual(15 * MINUTE - 1000);
    expect(until - before).toBeLessThanOrEqual(15 * MINUTE + 5000);
    // zh-CN local time (Asia/Shanghai) in the sentence.
    expect(fifth.body.params?.['lockedUntil']).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(fifth.body.message).toContain(String(fifth.body.params?.['lockedUntil']));

    // The right password does not get in while locked, on the other replica either.
    const right = await login(first, 'lock_a', fixturePassword('lock_a'));
    expect(right.status).toBe(423);
    expect(right.headers.get('retry-after')).not.toBeNull();

    // 15 minutes later (an injected clock, not a sleep) it opens by itself.
    first.app.get(ClockService).setNow(new Date(until + 1000));
    expect((await login(first, 'lock_a', fixturePassword('lock_a'))).status).toBe(200);
  });

  it('counts consecutive failures only: a success starts the count again', async () => {
    await ensureUser(first, 'lock_b', 'viewer', null);
    for (let i = 0; i < 4; i++) expect((await login(first, 'lock_b', 'Wrong-1a')).status).toBe(401);
    expect((await login(first, 'lock_b', fixturePassword('lock_b'))).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login(first, 'lock_b', 'Wrong-1a')).status).toBe(401);
    expect((await login(first, 'lock_b', fixturePassword('lock_b'))).status).toBe(200);
  });

  it('lets an admin unlock, shows the lock on the user, and audits lockout and unlock with the address', async () => {
    await ensureUser(first, 'lock_c', 'viewer', null);
    for (let i = 0; i < 5; i++) await login(first, 'lock_c', 'Wrong-1a');
    const users = await first.request<Array<{ id: string; username: string; lockedUntil: string | null }>>('GET', `/users${listQuery({ filter: { q: 'lock_c' } })}`, { token: admin });
    const user = users.body.find((u) => u.username === 'lock_c');
    expect(user?.lockedUntil).not.toBeNull();

    const viewer = await first.login('mishu');
    expect((await first.request('POST', `/users/${user?.id}/unlock`, { token: viewer })).status).toBe(403);
    const unlocked = await first.request<{ lockedUntil: string | null }>('POST', `/users/${user?.id}/unlock`, { token: admin });
    expect(unlocked.status).toBe(200);
    expect(unlocked.body.lockedUntil).toBeNull();
    expect((await login(second, 'lock_c', fixturePassword('lock_c'))).status).toBe(200);

    const lockouts = await auditEvents(first, viewer, { action: 'auth.lockout', entityId: user?.id });
    expect(lockouts).toHaveLength(1);
    expect(lockouts[0]?.ip).toBe('127.0.0.1');
    const unlocks = await auditEvents(first, viewer, { action: 'user.unlock', entityId: user?.id });
    expect(unlocks).toHaveLength(1);
    expect(unlocks[0]?.ip).toBe('127.0.0.1');
  });

  it('answers an unknown name the same way, so that the lockout does not tell which names exist', async () => {
    await ensureUser(first, 'lock_e', 'viewer', null);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push((await login(i % 2 ? second : first, 'lock_e', 'Wrong-1a')).status);
      unknown.push((await login(i % 2 ? second : first, 'lock_nobody', 'Wrong-1a')).status);
    }
    expect(unknown).toEqual(known);
    const knownLocked = await login(first, 'lock_e', 'Wrong-1a');
    const unknownLocked = await login(second, 'lock_nobody', 'Wrong-1a');
    expect([unknownLocked.status, unknownLocked.body.code]).toEqual([knownLocked.status, knownLocked.body.code]);
    expect(unknownLocked.status).toBe(423);
    expect(Object.keys(unknownLocked.body.params ?? {}).sort()).toEqual(Object.keys(knownLocked.body.params ?? {}).sort());
    expect(Number(unknownLocked.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    // And stays so, on either replica.
    expect((await login(first, 'lock_nobody', 'Wrong-1a')).status).toBe(423);
  });

  it('is configurable (LOCKOUT_THRESHOLD, LOCKOUT_MINUTES)', async () => {
    const strict = await startTestApi({ QUEUE_PREFIX: prefix('lockout-strict'), LOCKOUT_THRESHOLD: '2', LOCKOUT_MINUTES: '60' });
    try {
      await ensureUser(strict, 'lock_d', 'viewer', null);
      expect((await login(strict, 'lock_d', 'Wrong-1a')).status).toBe(401);
      const second = await login(strict, 'lock_d', 'Wrong-1a');
      expect(second.status).toBe(423);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(59 * 60);
    } finally {
      await strict.close();
    }
  });
});

describe('passwords', () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApi({ QUEUE_PREFIX: prefix('passwords') });
    admin = await api.login('admin');
  });
  afterEach(() => api.app.get(ClockService).setNow(null));
  afterAll(() => api.close());

  it.each([
    ['Short1!', 'seven characters'],
    ['alllowercase', 'one class'],
    ['lowercase123', 'two classes'],
    ['UPPER-CASE-ONLY', 'two classes'],
  ])('refuses %s as an initial password (%s), naming the field', async (password) => {
    const reply = await api.request<ErrorBody>('POST', '/users', { token: admin, body: { username: 'weakling', password, name: '弱密码', role: 'viewer' } });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('auth.password_too_weak');
    expect(reply.body.params).toMatchObject({ field: 'password', minLength: 8, minClasses: 3 });
    expect(reply.body.message).toMatch(/至少 8 位/);
  });

  it('forces an initial password to change at the first sign-in: only change-password, me and logout answer until then', async () => {
    const created = await api.request<{ id: string }>('POST', '/users', { token: admin, body: { username: 'initial_a', password: 'Initial-Pass1', name: '新用户', role: 'viewer' } });
    expect(created.status).toBe(201);
    const first = await login(api, 'initial_a', 'Initial-Pass1');
    expect(first.status).toBe(200);
    expect(first.body.passwordChangeRequired).toBe(true);
    const token = first.body.accessToken;

    const me = await api.request<{ passwordChangeRequired: boolean }>('GET', '/auth/me', { token });
    expect(me.status).toBe(200);
    expect(me.body.passwordChangeRequired).toBe(true);
    for (const path of ['/organizations', '/assignments', '/audit-events', `/users/${created.body.id}`]) {
      const refused = await api.request<ErrorBody>('GET', path, { token });
      expect(refused.status, path).toBe(403);
      expect(refused.body.code).toBe('auth.password_change_required');
    }

    const change = (oldPassword: string, newPassword: string) => api.request<ErrorBody>('POST', '/auth/change-password', { token, body: { oldPassword, newPassword } });
    const wrongOld = await change('Not-The-Old1', 'Brand-New-Pass2');
    expect([wrongOld.status, wrongOld.body.code, wrongOld.body.params?.['field']]).toEqual([400, 'auth.old_password_wrong', 'oldPassword']);
    const same = await change('Initial-Pass1', 'Initial-Pass1');
    expect([same.status, same.body.code, same.body.params?.['field']]).toEqual([400, 'auth.password_unchanged', 'newPassword']);
    const weak = await change('Initial-Pass1', 'weakpassword');
    expect([weak.status, weak.body.code, weak.body.params?.['field']]).toEqual([400, 'auth.password_too_weak', 'newPassword']);
    expect((await api.request('GET', '/organizations', { token })).status).toBe(403);

    expect((await change('Initial-Pass1', 'Brand-New-Pass2')).status).toBe(204);
    expect((await api.request('GET', '/organizations', { token })).status).toBe(200);
    expect((await login(api, 'initial_a', 'Initial-Pass1')).status).toBe(401);
    const again = await login(api, 'initial_a', 'Brand-New-Pass2');
    expect(again.body.passwordChangeRequired).toBe(false);
  });

  it('makes a password an admin resets an initial one again, and signs out whoever used the old one', async () => {
    await ensureUser(api, 'initial_b', 'viewer', null);
    const token = await api.login('initial_b', fixturePassword('initial_b'));
    expect((await api.request('GET', '/organizations', { token })).status).toBe(200);
    const user = (await api.request<Array<{ id: string; username: string; version: number; name: string; role: string }>>('GET', `/users${listQuery({ filter: { q: 'initial_b' } })}`, { token: admin })).body[0];
    const weak = await api.request<ErrorBody>('PUT', `/users/${user?.id}`, { token: admin, body: { ...user, password: 'short' } });
    expect([weak.status, weak.body.code]).toEqual([400, 'auth.password_too_weak']);
    const reset = await api.request<{ mustChangePassword: boolean }>('PUT', `/users/${user?.id}`, { token: admin, body: { ...user, password: 'Reset-By-Admin3' } });
    expect(reset.status).toBe(200);
    expect(reset.body.mustChangePassword).toBe(true);
    expect((await api.request<ErrorBody>('GET', '/auth/me', { token })).body.code).toBe('auth.session_expired');
    const next = await login(api, 'initial_b', 'Reset-By-Admin3');
    expect(next.body.passwordChangeRequired).toBe(true);
  });

  it('ends the other sessions of a user who changes the password, and keeps the one that changed it', async () => {
    await ensureUser(api, 'initial_c', 'viewer', null);
    const elsewhere = (await login(api, 'initial_c', fixturePassword('initial_c'))).body.accessToken;
    const here = (await login(api, 'initial_c', fixturePassword('initial_c'))).body.accessToken;
    const changed = await api.request('POST', '/auth/change-password', { token: here, body: { oldPassword: fixturePassword('initial_c'), newPassword: 'Another-Pass4' } });
    expect(changed.status).toBe(204);
    expect((await api.request('GET', '/organizations', { token: here })).status).toBe(200);
    expect((await api.request('GET', '/organizations', { token: elsewhere })).status).toBe(401);
  });

  it('follows a configured policy (PASSWORD_MIN_LENGTH, PASSWORD_MIN_CLASSES)', async () => {
    const strict = await startTestApi({ QUEUE_PREFIX: prefix('passwords-strict'), PASSWORD_MIN_LENGTH: '12', PASSWORD_MIN_CLASSES: '4' });
    try {
      const token = await strict.login('admin');
      const create = (password: string) => strict.request<ErrorBody>('POST', '/users', { token, body: { username: 'strict_pw', password, name: '严格', role: 'viewer' } });
      expect((await create('Abcdefgh-123')).status).toBe(201);
      const fourClassesButShort = await strict.request<ErrorBody>('POST', '/users', { token, body: { username: 'strict_pw2', password: 'Ab1-xyzuvw', name: '严格', role: 'viewer' } });
      expect([fourClassesButShort.status, fourClassesButShort.body.params?.['minLength']]).toEqual([400, 12]);
      const threeClasses = await strict.request<ErrorBody>('POST', '/users', { token, body: { username: 'strict_pw3', password: 'abcdefgh-1234', name: '严格', role: 'viewer' } });
      expect([threeClasses.status, threeClasses.body.params?.['minClasses']]).toEqual([400, 4]);
    } finally {
      await strict.close();
    }
  });

  it('expires passwords after PASSWORD_MAX_AGE_DAYS when PASSWORD_EXPIRY is on (off by default), never the demo logins', async () => {
    await ensureUser(api, 'expiry_off', 'viewer', null);
    const clock = api.app.get(ClockService);
    clock.setNow(new Date(Date.now() + 400 * 86_400_000));
    // Off by default: a year later the same password still works.
    const late = await login(api, 'expiry_off', fixturePassword('expiry_off'));
    expect(late.body.passwordChangeRequired).toBe(false);
    clock.setNow(null);

    const expiring = await startTestApi({ QUEUE_PREFIX: prefix('expiry'), PASSWORD_EXPIRY: 'true' });
    try {
      await ensureUser(expiring, 'expiry_on', 'viewer', null);
      const expiringClock = expiring.app.get(ClockService);
      expiringClock.setNow(new Date(Date.now() + 89 * 86_400_000));
      expect((await login(expiring, 'expiry_on', fixturePassword('expiry_on'))).body.passwordChangeRequired).toBe(false);
      expiringClock.setNow(new Date(Date.now() + 91 * 86_400_000));
      const expired = await login(expiring, 'expiry_on', fixturePassword('expiry_on'));
      expect(expired.body.passwordChangeRequired).toBe(true);
      const refused = await expiring.request<ErrorBody>('GET', '/organizations', { token: expired.body.accessToken });
      expect([refused.status, refused.body.code]).toEqual([403, 'auth.password_change_required']);
      const demo = await login(expiring, 'duban', 'duban123');
      expect(demo.body.passwordChangeRequired).toBe(false);
    } finally {
      expiring.app.get(ClockService).setNow(null);
      await expiring.close();
    }
  });
});

describe('sessions', () => {
  let api: TestApi;
  let clock: ClockService;
  const at = (minutes: number, from: number) => clock.setNow(new Date(from + minutes * MINUTE));
  beforeAll(async () => {
    api = await startTestApi({ QUEUE_PREFIX: prefix('sessions') });
    clock = api.app.get(ClockService);
  });
  afterEach(() => clock.setNow(null));
  afterAll(() => api.close());

  it('slides the 30-minute idle limit with activity, and ends the session after 30 idle minutes', async () => {
    const start = Date.now();
    const token = (await login(api, 'mishu', 'mishu123')).body.accessToken;
    const organizations = () => api.request<ErrorBody>('GET', '/organizations', { token });
    at(29, start);
    expect((await organizations()).status).toBe(200);
    at(58, start);
    expect((await organizations()).status).toBe(200);
    at(87, start);
    expect((await organizations()).status).toBe(200);
    at(118, start);
    const expired = await organizations();
    expect(expired.status).toBe(401);
    expect(expired.body.code).toBe('auth.session_expired');
    expect(expired.body.params?.['idleMinutes']).toBe(30);
    expect(expired.body.message).toMatch(/30 分钟未操作/);
  });

  it('does not count background polling (X-Background-Request: 1) as activity', async () => {
    const start = Date.now();
    const token = (await login(api, 'mishu', 'mishu123')).body.accessToken;
    const poll = () => api.request<ErrorBody>('GET', '/auth/me', { token, headers: { 'X-Background-Request': '1' } });
    at(10, start);
    expect((await poll()).status).toBe(200);
    at(20, start);
    expect((await poll()).status).toBe(200);
    at(29, start);
    expect((await poll()).status).toBe(200);
    at(31, start);
    const ended = await poll();
    expect(ended.status).toBe(401);
    expect(ended.body.code).toBe('auth.session_expired');
  });

  it('revokes the session on logout, and audits the logout', async () => {
    const token = (await login(api, 'mishu', 'mishu123')).body.accessToken;
    expect((await api.request('POST', '/auth/logout', { token })).status).toBe(204);
    const after = await api.request<ErrorBody>('GET', '/auth/me', { token });
    expect([after.status, after.body.code]).toEqual([401, 'auth.session_expired']);
    const events = await auditEvents(api, await api.login('admin'), { action: 'auth.logout' });
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]?.ip).toBe('127.0.0.1');
  });

  it('refuses tokens without a session or with a bad signature', async () => {
    const missing = await api.request<ErrorBody>('GET', '/organizations');
    expect([missing.status, missing.body.code]).toEqual([401, 'auth.token_missing']);
    const forged = await api.request<ErrorBody>('GET', '/organizations', { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad' });
    expect([forged.status, forged.body.code]).toEqual([401, 'auth.token_invalid']);
  });

  it('honours the time override only when NODE_ENV=test', () => {
    expect(() => clock.setNow(new Date())).not.toThrow();
    const production = new ClockService({ NODE_ENV: 'production', TIME_ZONE: 'Asia/Shanghai' } as never);
    expect(() => production.setNow(new Date())).toThrow(/NODE_ENV=test/);
  });
});

describe('audit of sign-ins and user changes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ QUEUE_PREFIX: prefix('audit') });
  });
  afterAll(() => api.close());

  it('records logins, failures (known and unknown names), password changes and user changes with the source address, readable by admin and viewer', async () => {
    await ensureUser(api, 'audited', 'viewer', null);
    await login(api, 'audited', 'Wrong-1a');
    await login(api, 'no_such_person', 'Wrong-1a');
    const viewer = await api.login('mishu');
    const admin = await api.login('admin');
    for (const token of [viewer, admin]) {
      const failures = await auditEvents(api, token, { action: 'auth.login_failed' });
      expect(failures.find((e) => e.after?.['username'] === 'audited')).toMatchObject({ ip: '127.0.0.1', after: { reason: 'wrong_password' } });
      expect(failures.find((e) => e.after?.['username'] === 'no_such_person')).toMatchObject({ ip: '127.0.0.1', entityId: null, after: { reason: 'unknown_user' } });
      const logins = await auditEvents(api, token, { action: 'auth.login' });
      expect(logins.some((e) => e.after?.['username'] === 'audited' && e.ip === '127.0.0.1')).toBe(true);
      const changes = await auditEvents(api, token, { action: 'auth.password_change' });
      expect(changes.some((e) => e.after?.['username'] === 'audited' && e.ip === '127.0.0.1')).toBe(true);
      const created = await auditEvents(api, token, { action: 'user.create' });
      expect(created.some((e) => e.after?.['username'] === 'audited' && e.ip === '127.0.0.1')).toBe(true);
    }
    expect(JSON.stringify(await auditEvents(api, admin, { action: ['auth.login', 'auth.login_failed', 'auth.password_change'] }))).not.toMatch(/Wrong-1a|Secret1|Initial1|argon2/);
  });
});
