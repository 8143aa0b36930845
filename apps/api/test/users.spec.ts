import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface UserView {
  id: string;
  username: string;
  name: string;
  role: string;
  organizationId: string | null;
  version: number;
}

describe('users', () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await startTestApi();
    admin = await api.login('admin');
  });
  afterAll(() => api.close());

  it('never returns a password or its hash', async () => {
    const list = await api.request<UserView[]>('GET', `/users${listQuery({ range: [0, 99] })}`, { token: admin });
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThanOrEqual(7);
    const text = JSON.stringify(list.body);
    expect(text).not.toMatch(/"password"|passwordHash|password_hash/i);
    expect(text).not.toMatch(/argon2/);
  });

  it('is for admins only', async () => {
    for (const user of ['duban', 'mishu', 'nongye', 'nongji']) {
      expect((await api.request('GET', '/users', { token: await api.login(user) })).status).toBe(403);
    }
    // Names, not ids: the role reads as people call it, in either language.
    const viewer = await api.login('mishu');
    const zh = await api.request<{ code: string; message: string }>('GET', '/users', { token: viewer });
    expect(zh.body).toMatchObject({ code: 'auth.role_forbidden', message: '您的角色（只读用户）无权执行此操作，允许的角色：系统管理员。' });
    const en = await api.request<{ message: string }>('GET', '/users', { token: viewer, headers: { 'accept-language': 'en' } });
    expect(en.body.message).toBe('Your role (viewer) may not do this; allowed: admin.');
  });

  it('creates a user who can then sign in, and changes the password on PUT', async () => {
    const orgs = await api.request<Array<{ id: string }>>('GET', `/organizations${listQuery({ filter: { q: '县妇联' } })}`, { token: admin });
    const created = await api.request<UserView>('POST', '/users', {
      token: admin,
      body: { username: 'fulian', password: 'Fulian-secret1', name: '周主任', role: 'org_admin', organizationId: orgs.body[0]?.id },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'fulian', name: '周主任', role: 'org_admin' });
    expect(created.body).not.toHaveProperty('password');
    await api.login('fulian', 'Fulian-secret1');

    const changed = await api.request<UserView>('PUT', `/users/${created.body.id}`, {
      token: admin,
      body: { ...created.body, password: 'Fulian-new-secret2' },
    });
    expect(changed.status).toBe(200);
    expect((await api.request('POST', '/auth/login', { body: { username: 'fulian', password: 'Fulian-secret1' } })).status).toBe(401);
    await api.login('fulian', 'Fulian-new-secret2');
  });

  it('requires an organization for organization roles and a unique user name', async () => {
    const orphan = await api.request<{ message: string }>('POST', '/users', {
      token: admin,
      body: { username: 'orphan', password: 'Orphan-secret1', name: '无单位', role: 'org_staff' },
    });
    expect(orphan.status).toBe(400);
    expect(orphan.body.message).toMatch(/organizationId/);
    const duplicate = await api.request('POST', '/users', {
      token: admin,
      body: { username: 'ADMIN', password: 'Whatever-secret1', name: '重名', role: 'viewer' },
    });
    expect(duplicate.status).toBe(409);
  });

  it('rejects a short password and names the field', async () => {
    const reply = await api.request<{ message: string }>('POST', '/users', {
      token: admin,
      body: { username: 'shorty', password: '123', name: '短密码', role: 'viewer' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/password/);
  });

  it('deletes a user who never signed in, and refuses, naming them, one the audit trail names', async () => {
    const fresh = await api.request<UserView>('POST', '/users', { token: admin, body: { username: 'never_in', password: 'Never-In-1', name: '未登录', role: 'viewer' } });
    expect((await api.request('DELETE', `/users/${fresh.body.id}`, { token: admin })).status).toBe(200);
    const used = await api.request<UserView>('POST', '/users', { token: admin, body: { username: 'was_in', password: 'Was-In-123', name: '已登录', role: 'viewer' } });
    await api.login('was_in', 'Was-In-123');
    const refused = await api.request<{ code: string; message: string }>('DELETE', `/users/${used.body.id}`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('user.has_history');
    expect(refused.body.message).toContain('was_in');
  });
});
