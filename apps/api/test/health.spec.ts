import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api';

describe('health and documentation', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('reports the database and Redis up', async () => {
    const reply = await api.request<{ status: string; info: Record<string, { status: string }> }>('GET', '/health');
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('ok');
    expect(reply.body.info['database']?.status).toBe('up');
    expect(reply.body.info['redis']?.status).toBe('up');
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
