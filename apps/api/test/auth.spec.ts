import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_USERS as demoUsers } from '@luoshi/data';
import { startTestApi, type TestApi } from './support/test-api';

describe('auth', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it.each(demoUsers.map((u) => [u.username, u.password, u.role]))('demo user %s logs in and is a %s', async (username, password, role) => {
    const reply = await api.request<{ accessToken: string; passwordChangeRequired: boolean }>('POST', '/auth/login', { body: { username, password } });
    expect(reply.status).toBe(200);
    // Demo mode: the printed demo logins are exempt from the policy and the forced change.
    expect(reply.body.passwordChangeRequired).toBe(false);
    expect((await api.request('GET', '/organizations', { token: reply.body.accessToken })).status).toBe(200);
    const me = await api.request<{ username: string; role: string }>('GET', '/auth/me', { token: reply.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username, role });
  });

  it('refuses a wrong password with one message that does not say whether the user exists', async () => {
    const wrong = await api.request('POST', '/auth/login', { body: { username: 'admin', password: 'nope-nope' } });
    const ghost = await api.request('POST', '/auth/login', { body: { username: 'ghost', password: 'nope-nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ statusCode: 401, message: '用户名或密码错误。', error: 'Unauthorized', code: 'auth.invalid_credentials' });
    expect(ghost.body).toEqual(wrong.body);
  });

  it('names the bad field and rejects unknown ones', async () => {
    const missing = await api.request<{ message: string }>('POST', '/auth/login', { body: { username: 'admin' } });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/password/);
    const extra = await api.request<{ message: string }>('POST', '/auth/login', { body: { username: 'admin', password: 'admin123', remember: true } });
    expect(extra.status).toBe(400);
    expect(extra.body.message).toMatch(/remember/);
  });

  it('needs a valid bearer token everywhere but login and health', async () => {
    expect((await api.request('GET', '/organizations')).status).toBe(401);
    expect((await api.request('GET', '/organizations', { token: 'not-a-token' })).status).toBe(401);
    expect((await api.request('GET', '/health')).status).toBe(200);
  });

  it('shuts a deactivated account out at once', async () => {
    const admin = await api.login('admin');
    const created = await api.request<{ id: string; version: number }>('POST', '/users', {
      token: admin,
      body: { username: 'leaver', password: 'Leaver-123', name: '离职者', role: 'viewer' },
    });
    const token = await api.login('leaver', 'Leaver-123');
    expect((await api.request('GET', '/auth/me', { token })).status).toBe(200);
    const update = await api.request('PUT', `/users/${created.body.id}`, {
      token: admin,
      body: { username: 'leaver', name: '离职者', role: 'viewer', active: false, version: created.body.version },
    });
    expect(update.status).toBe(200);
    expect((await api.request('GET', '/auth/me', { token })).status).toBe(401);
  });
});

describe('login rate limit', () => {
  let api: TestApi;
  beforeAll(async () => {
    // Counts live in Redis under the key prefix: a prefix of its own keeps these failures from other files' logins.
    api = await startTestApi({ LOGIN_RATE_LIMIT: '3', QUEUE_PREFIX: `${inject('queuePrefix')}-rate` });
  });
  afterAll(() => api.close());

  it('allows a few attempts per user and address, then answers 429 with Retry-After; other users are unaffected', async () => {
    const attempt = (username: string) => api.request<{ code: string; params: { retryAfter: number } }>('POST', '/auth/login', { body: { username, password: 'wrong-password' } });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await attempt('mishu'));
    expect(replies.map((r) => r.status)).toEqual([401, 401, 401, 429]);
    const blocked = replies[3];
    expect(blocked?.body.code).toBe('auth.throttled');
    const retryAfter = Number(blocked?.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(blocked?.body.params.retryAfter).toBe(retryAfter);
    expect((await attempt('tuanwei')).status).toBe(401);
  });
});
