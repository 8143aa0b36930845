import type { CurrentUser } from '@luoshi/common';
import { beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, storedLocale } from '../../data/httpClient';
import { createTokenStore, type FetchLike, type KeyValueStorage } from '../../data/http.types';
import { CHANGE_PASSWORD_PATH, createAuthProvider } from '../authProvider';

/** localStorage's contract over a Map. */
class MemoryStorage implements KeyValueStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
  removeItem(key: string) {
    this.values.delete(key);
  }
}

interface Call {
  url: string;
  method: string;
  headers: Headers;
  body: string | null;
}

const me = (user: Pick<CurrentUser, 'id' | 'username' | 'name' | 'role' | 'organizationId'>, passwordChangeRequired = false): CurrentUser => ({
  ...user,
  passwordChangeRequired,
  sessionIdleMinutes: 30,
  passwordPolicy: { minLength: 8, minClasses: 3 },
});

const USERS: Record<string, { password: string; user: CurrentUser }> = {
  admin: { password: 'admin123', user: me({ id: 'u1', username: 'admin', name: '系统管理员', role: 'admin', organizationId: null }) },
  nongji: { password: 'nongji123', user: me({ id: 'u2', username: 'nongji', name: '赵技术员', role: 'org_staff', organizationId: 'o1' }) },
  fresh: { password: 'Initial-1', user: me({ id: 'u3', username: 'fresh', name: '新用户', role: 'viewer', organizationId: null }, true) },
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A tiny stand-in for the API: real Request/Response objects, no mocking library. */
function fakeApi() {
  const calls: Call[] = [];
  // Each fake API has its own accounts: a password change in one test stays in it.
  const users = structuredClone(USERS);
  const fetchFn: FetchLike = async (url, init = {}) => {
    const headers = new Headers(init.headers);
    const body = typeof init.body === 'string' ? init.body : null;
    calls.push({ url, method: init.method ?? 'GET', headers, body });
    const token = headers.get('Authorization')?.replace(/^Bearer /, '');
    if (url === '/api/auth/login') {
      const { username, password } = JSON.parse(body ?? '{}') as { username: string; password: string };
      // A locked account: the API answers 423 with its code and params (and a message in whatever
      // language it was asked for, which the dashboard must not show as such).
      if (username === 'locked') {
        return json(423, { statusCode: 423, message: '账号已锁定', error: 'Locked', code: 'auth.locked', params: { lockedUntil: '2026-12-01 18:30' } });
      }
      const entry = users[username];
      if (!entry || entry.password !== password) return json(401, { statusCode: 401, message: 'Wrong user name or password', error: 'Unauthorized' });
      return json(200, { accessToken: `token-${username}`, passwordChangeRequired: entry.user.passwordChangeRequired });
    }
    const user = Object.values(users).find((u) => `token-${u.user.username}` === token)?.user;
    if (!user) return json(401, { statusCode: 401, message: 'Sign in first: no bearer token', error: 'Unauthorized' });
    if (url === '/api/auth/me') return json(200, user);
    if (url === '/api/auth/change-password') {
      user.passwordChangeRequired = false;
      return new Response(null, { status: 204 });
    }
    if (url === '/api/auth/logout') return new Response(null, { status: 204 });
    if (url.startsWith('/api/users') && user.role !== 'admin') {
      return json(403, { statusCode: 403, message: 'Your role (org_staff) may not do this; allowed: admin', error: 'Forbidden' });
    }
    if (url === '/api/organizations/o1' && init.method === 'PUT') {
      return json(409, { statusCode: 409, message: 'This organization was changed by someone else (your version 1, current 2): reload it and try again', error: 'Conflict' });
    }
    return json(200, [{ id: 'o1' }], { 'Content-Range': 'organizations 0-0/1' });
  };
  return { calls, fetchFn };
}

describe('authProvider', () => {
  let storage: MemoryStorage;
  let api: ReturnType<typeof fakeApi>;
  let auth: ReturnType<typeof createAuthProvider>;

  beforeEach(() => {
    storage = new MemoryStorage();
    api = fakeApi();
    auth = createAuthProvider('/api', api.fetchFn, createTokenStore(storage));
  });

  it('posts the credentials as JSON and keeps the token in storage', async () => {
    await auth.login({ username: 'admin', password: 'admin123' });
    const [call] = api.calls;
    expect(call?.method).toBe('POST');
    expect(call?.headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(call?.body ?? '')).toEqual({ username: 'admin', password: 'admin123' });
    expect(storage.getItem('luoshi.accessToken')).toBe('token-admin');
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
  });

  it('refuses a wrong password with the translated message and stores nothing', async () => {
    await expect(auth.login({ username: 'admin', password: 'nope' })).rejects.toThrow('ra.auth.sign_in_error');
    expect(storage.getItem('luoshi.accessToken')).toBeNull();
    await expect(auth.checkAuth({})).rejects.toThrow();
  });

  it("renders the login page's error in the UI's language, from the code and its params", async () => {
    // Nothing stored: Chinese, the default.
    await expect(auth.login({ username: 'locked', password: 'x' })).rejects.toThrow(
      '连续登录失败次数过多，账号已锁定至 2026-12-01 18:30，届时可再次登录，或请管理员解锁。',
    );
    expect(api.calls.at(-1)?.headers.get('Accept-Language')).toBe('zh-CN');
    // react-admin's store after the user picked English.
    storage.setItem('RaStore.locale', '"en"');
    const english = createAuthProvider('/api', api.fetchFn, createTokenStore(storage), storedLocale(storage));
    await expect(english.login({ username: 'locked', password: 'x' })).rejects.toThrow(
      'Too many failed sign-ins: the account is locked until 2026-12-01 18:30; try again then, or ask an admin to unlock it.',
    );
    expect(api.calls.at(-1)?.headers.get('Accept-Language')).toBe('en');
    // The same provider follows a switch back to Chinese without being rebuilt.
    storage.setItem('RaStore.locale', '"zh-CN"');
    await expect(english.login({ username: 'locked', password: 'x' })).rejects.toThrow('账号已锁定至 2026-12-01 18:30');
    expect(storage.getItem('luoshi.accessToken')).toBeNull();
  });

  it('reads the identity and the role from /auth/me once per token, with the bearer header', async () => {
    await auth.login({ username: 'nongji', password: 'nongji123' });
    const identity = await auth.getIdentity?.();
    expect(identity).toMatchObject({ id: 'u2', fullName: '赵技术员', role: 'org_staff', organizationId: 'o1' });
    expect(await auth.getPermissions?.({})).toBe('org_staff');
    const meCalls = api.calls.filter((c) => c.url === '/api/auth/me');
    expect(meCalls).toHaveLength(1);
    expect(meCalls[0]?.headers.get('Authorization')).toBe('Bearer token-nongji');
  });

  it('asks again after another user signs in', async () => {
    await auth.login({ username: 'nongji', password: 'nongji123' });
    expect(await auth.getPermissions?.({})).toBe('org_staff');
    await auth.logout({});
    await auth.login({ username: 'admin', password: 'admin123' });
    expect(await auth.getPermissions?.({})).toBe('admin');
  });

  it('decides access by role', async () => {
    await auth.login({ username: 'nongji', password: 'nongji123' });
    expect(await auth.canAccess?.({ resource: 'assignments', action: 'list' })).toBe(true);
    expect(await auth.canAccess?.({ resource: 'users', action: 'list' })).toBe(false);
    expect(await auth.canAccess?.({ resource: 'organizations', action: 'edit' })).toBe(false);
    await auth.logout({});
    await auth.login({ username: 'admin', password: 'admin123' });
    expect(await auth.canAccess?.({ resource: 'users', action: 'create' })).toBe(true);
  });

  it('signs out on 401 but stays signed in on 403', async () => {
    await auth.login({ username: 'admin', password: 'admin123' });
    await expect(auth.checkError({ status: 403, message: 'Forbidden' })).resolves.toBeUndefined();
    expect(storage.getItem('luoshi.accessToken')).toBe('token-admin');
    await expect(auth.checkError({ status: 401, message: 'expired' })).rejects.toThrow('ra.notification.logged_out');
    // react-admin notifies only while still signed in, then calls logout, which clears the token.
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
    await auth.logout({});
    expect(storage.getItem('luoshi.accessToken')).toBeNull();
    await expect(auth.checkAuth({})).rejects.toThrow();
  });

  it('says in its own words that an idle session expired', async () => {
    await auth.login({ username: 'admin', password: 'admin123' });
    const expired = { status: 401, message: 'x', body: { statusCode: 401, code: 'auth.session_expired', message: 'x', error: 'Unauthorized' } };
    await expect(auth.checkError(expired)).rejects.toThrow('luoshi.auth.sessionExpired');
  });

  it('sends a user with a pending password change to the change-password screen, signed in', async () => {
    await auth.login({ username: 'admin', password: 'admin123' });
    const pending = { status: 403, message: 'x', body: { statusCode: 403, code: 'auth.password_change_required', message: 'x', error: 'Forbidden' } };
    const refusal: unknown = await auth.checkError(pending).catch((e: unknown) => e);
    expect(refusal).toMatchObject({ message: 'luoshi.auth.passwordChangeRequired', logoutUser: false, redirectTo: CHANGE_PASSWORD_PATH });
    expect(storage.getItem('luoshi.accessToken')).toBe('token-admin');
  });

  it('redirects to the change-password screen after signing in with an initial password, and not otherwise', async () => {
    expect(await auth.login({ username: 'fresh', password: 'Initial-1' })).toEqual({ redirectTo: CHANGE_PASSWORD_PATH });
    await auth.logout({});
    expect(await auth.login({ username: 'admin', password: 'admin123' })).toBeUndefined();
  });

  it('changes the password and asks /auth/me again afterwards', async () => {
    await auth.login({ username: 'fresh', password: 'Initial-1' });
    expect(await auth.getIdentity?.()).toMatchObject({ passwordChangeRequired: true });
    await auth.changePassword('Initial-1', 'Chosen-Pass2');
    const change = api.calls.find((c) => c.url === '/api/auth/change-password');
    expect(change?.method).toBe('POST');
    expect(JSON.parse(change?.body ?? '')).toEqual({ oldPassword: 'Initial-1', newPassword: 'Chosen-Pass2' });
    expect(await auth.getIdentity?.()).toMatchObject({ passwordChangeRequired: false });
  });

  it('ends the session on the server at logout', async () => {
    await auth.login({ username: 'admin', password: 'admin123' });
    await auth.logout({});
    const logout = api.calls.find((c) => c.url === '/api/auth/logout');
    expect(logout?.method).toBe('POST');
    expect(logout?.headers.get('Authorization')).toBe('Bearer token-admin');
  });

  it('logout forgets the token and the identity', async () => {
    await auth.login({ username: 'admin', password: 'admin123' });
    await auth.logout({});
    expect(storage.getItem('luoshi.accessToken')).toBeNull();
    await expect(auth.getIdentity?.()).rejects.toThrow();
    expect(await auth.canAccess?.({ resource: 'organizations', action: 'list' })).toBe(false);
  });
});

describe('httpClient', () => {
  it('adds the bearer token and surfaces the API error message with its status', async () => {
    const storage = new MemoryStorage();
    const api = fakeApi();
    const tokens = createTokenStore(storage);
    const http = createHttpClient(api.fetchFn, tokens);

    await expect(http('/api/organizations')).rejects.toMatchObject({ status: 401, message: 'Sign in first: no bearer token' });

    tokens.set('token-nongji');
    const list = await http('/api/organizations');
    expect(api.calls.at(-1)?.headers.get('Authorization')).toBe('Bearer token-nongji');
    expect(list.json).toEqual([{ id: 'o1' }]);
    expect(list.headers.get('Content-Range')).toBe('organizations 0-0/1');

    await expect(http('/api/users')).rejects.toMatchObject({ status: 403, message: 'Your role (org_staff) may not do this; allowed: admin' });

    const stale = http('/api/organizations/o1', { method: 'PUT', body: JSON.stringify({ name: 'x', version: 1 }) });
    await expect(stale).rejects.toMatchObject({ status: 409, body: { error: 'Conflict' } });
    await expect(stale).rejects.toThrow(/changed by someone else/);
    expect(api.calls.at(-1)?.headers.get('Content-Type')).toBe('application/json');
  });

  it('marks background polling with X-Background-Request: 1, and nothing else', async () => {
    const api = fakeApi();
    const tokens = createTokenStore(new MemoryStorage());
    tokens.set('token-nongji');
    const http = createHttpClient(api.fetchFn, tokens);
    await http('/api/notifications', { background: true });
    expect(api.calls.at(-1)?.headers.get('X-Background-Request')).toBe('1');
    await http('/api/notifications');
    expect(api.calls.at(-1)?.headers.has('X-Background-Request')).toBe(false);
  });
});
