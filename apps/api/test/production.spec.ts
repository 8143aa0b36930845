import { createTestDatabase, dropTestDatabase, type TestDatabase } from '@luoshi/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

describe('production mode', () => {
  let db: TestDatabase;
  let api: TestApi;

  beforeAll(async () => {
    // A database of its own: production starts empty.
    db = await createTestDatabase('production');
    api = await startTestApi({
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      // Migrated at start by the owner, who grants the app's role: the production layout.
      MIGRATION_DATABASE_URL: db.ownerUrl,
      JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
      DEMO_DATA: 'true',
      ADMIN_USERNAME: 'chief',
      ADMIN_PASSWORD: 'chief-secret-42',
    });
  });

  afterAll(async () => {
    await api?.close();
    await dropTestDatabase(db.name);
  });

  it('loads no demo data even when asked, and creates the first admin from the environment', async () => {
    expect((await api.request('POST', '/auth/login', { body: { username: 'admin', password: 'admin123' } })).status).toBe(401);
    const token = await api.login('chief', 'chief-secret-42');
    const me = await api.request<{ role: string; passwordChangeRequired: boolean }>('GET', '/auth/me', { token });
    expect(me.body).toMatchObject({ role: 'admin', passwordChangeRequired: true });
    // The first admin's password is an initial one: nothing else works until it changes.
    const refused = await api.request<{ code: string }>('GET', `/organizations${listQuery({})}`, { token });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('auth.password_change_required');
    const changed = await api.request('POST', '/auth/change-password', { token, body: { oldPassword: 'chief-secret-42', newPassword: 'Chief-Own-2026' } });
    expect(changed.status).toBe(204);
    const orgs = await api.request<unknown[]>('GET', `/organizations${listQuery({})}`, { token });
    expect(orgs.body).toEqual([]);
    expect(orgs.headers.get('content-range')).toBe('organizations 0-0/0');
  });

  it('refuses to start with a first admin password that does not meet the policy', async () => {
    const weak = await createTestDatabase('production_weak');
    try {
      await expect(
        startTestApi({
          NODE_ENV: 'production',
          DATABASE_URL: weak.url,
          MIGRATION_DATABASE_URL: weak.ownerUrl,
          JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
          ADMIN_USERNAME: 'chief',
          ADMIN_PASSWORD: 'chiefchief',
        }),
      ).rejects.toThrow(/ADMIN_PASSWORD/);
    } finally {
      await dropTestDatabase(weak.name);
    }
  });
});
