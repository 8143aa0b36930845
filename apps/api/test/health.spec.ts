import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api';

describe('health and documentation', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('reports the database and Redis up; without a worker heartbeat it is degraded, still 200', async () => {
    const reply = await api.request<{ status: string; info: Record<string, { status: string; alive?: number }> }>('GET', '/health');
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('degraded');
    expect(reply.body.info['database']?.status).toBe('up');
    expect(reply.body.info['redis']?.status).toBe('up');
    expect(reply.body.info['worker']).toMatchObject({ status: 'degraded', alive: 0 });
    expect((await api.request('GET', '/health/worker')).status).toBe(503);
  });

  it('a worker’s recent heartbeat makes it ok; a stale one does not count', async () => {
    const redis = new Redis(process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379');
    const key = `${inject('queuePrefix')}:workers:heartbeats`;
    try {
      await redis.zadd(key, Date.now() - 60_000, 'gone:1');
      expect((await api.request<{ info: Record<string, { alive: number }> }>('GET', '/health')).body.info['worker']?.alive).toBe(0);
      await redis.zadd(key, Date.now(), 'host:2');
      const reply = await api.request<{ status: string; info: Record<string, { status: string; alive: number }> }>('GET', '/health');
      expect(reply.status).toBe(200);
      expect(reply.body.status).toBe('ok');
      expect(reply.body.info['worker']).toMatchObject({ status: 'up', alive: 1 });
      expect((await api.request<{ alive: number }>('GET', '/health/worker')).body).toMatchObject({ alive: 1 });
    } finally {
      await redis.del(key);
      await redis.quit();
    }
  });

  it('serves the OpenAPI document and Swagger UI', async () => {
    const doc = await api.request<{ openapi: string; paths: Record<string, unknown> }>('GET', '/docs-json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/organizations', '/api/assignments/{id}']));
    const ui = await fetch(`${api.url}/api/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toMatch(/swagger/i);
  });

  it('answers an unknown route with the JSON error shape', async () => {
    const reply = await api.request('GET', '/no-such-thing', { token: await api.login('admin') });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
