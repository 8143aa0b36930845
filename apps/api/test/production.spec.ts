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
    const me = await api.request<{ role: string }>('GET', '/auth/me', { token });
    expect(me.body.role).toBe('admin');
    const orgs = await api.request<unknown[]>('GET', `/organizations${listQuery({})}`, { token });
    expect(orgs.body).toEqual([]);
    expect(orgs.headers.get('content-range')).toBe('organizations 0-0/0');
  });
});
