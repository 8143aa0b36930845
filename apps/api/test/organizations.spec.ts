import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface Org {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  aliases: string[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

describe('organizations', () => {
  let api: TestApi;
  let supervisor: string;
  beforeAll(async () => {
    api = await startTestApi();
    supervisor = await api.login('duban');
  });
  afterAll(() => api.close());

  it('lists as react-admin simple-REST expects: bare array, Content-Range, sort, range, filter', async () => {
    const page = await api.request<Org[]>('GET', `/organizations${listQuery({ sort: ['name', 'ASC'], range: [0, 2] })}`, { token: supervisor });
    expect(page.status).toBe(200);
    expect(page.body).toHaveLength(3);
    const total = Number(page.headers.get('content-range')?.match(/^organizations 0-2\/(\d+)$/)?.[1]);
    expect(total).toBeGreaterThanOrEqual(10);
    const names = page.body.map((o) => o.name);
    expect([...names].sort()).toEqual(names);

    const massOrgs = await api.request<Org[]>('GET', `/organizations${listQuery({ filter: { kind: 'mass_org' } })}`, { token: supervisor });
    expect(massOrgs.body.map((o) => o.name).sort()).toEqual(['县妇联', '县总工会', '团县委'].sort());

    const search = await api.request<Org[]>('GET', `/organizations${listQuery({ filter: { q: '农技' } })}`, { token: supervisor });
    expect(search.body.map((o) => o.name)).toEqual(['县农技推广中心']);

    const many = await api.request<Org[]>('GET', `/organizations${listQuery({ filter: { id: massOrgs.body.map((o) => o.id).slice(0, 2) } })}`, { token: supervisor });
    expect(many.body).toHaveLength(2);
  });

  it('reports malformed list parameters as 400', async () => {
    const bad = await api.request<{ message: string }>('GET', '/organizations?sort=name', { token: supervisor });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/sort/);
    const unknown = await api.request<{ message: string }>('GET', `/organizations${listQuery({ filter: { colour: 'red' } })}`, { token: supervisor });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/colour/);
  });

  it('creates, updates with the whole record, and refuses a stale version', async () => {
    const created = await api.request<Org>('POST', '/organizations', {
      token: supervisor,
      body: { name: '县科协', kind: 'mass_org', aliases: ['科协', '科协'] },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '县科协', kind: 'mass_org', aliases: ['科协'], version: 1 });
    expect(created.body.id).toMatch(/^[0-9a-f-]{36}$/);

    // react-admin sends back everything it read, read-only fields included.
    const updated = await api.request<Org>('PUT', `/organizations/${created.body.id}`, {
      token: supervisor,
      body: { ...created.body, shortName: '科协' },
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ shortName: '科协', version: 2 });

    const stale = await api.request<{ message: string; code: string; params: Record<string, unknown> }>('PUT', `/organizations/${created.body.id}`, {
      token: supervisor,
      body: { ...created.body, shortName: '旧' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'record.stale_version', params: { yours: 1, current: 2 } });
    expect(stale.body.message).toBe('该组织已被他人修改（您的版本 1，当前版本 2），请刷新后重试。');

    const unknownField = await api.request<{ message: string }>('PUT', `/organizations/${created.body.id}`, {
      token: supervisor,
      body: { ...updated.body, colour: 'red' },
    });
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.message).toMatch(/colour/);
  });

  it('names the invalid field', async () => {
    const reply = await api.request<{ statusCode: number; message: string; error: string }>('POST', '/organizations', {
      token: supervisor,
      body: { name: '某单位', kind: 'company' },
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(reply.body.message).toMatch(/kind/);
  });

  it('refuses to put an organization under its own sub-organization', async () => {
    const list = await api.request<Org[]>('GET', `/organizations${listQuery({ filter: { q: '农业农村局' } })}`, { token: supervisor });
    const parent = list.body.find((o) => o.name === '县农业农村局') as Org;
    const child = (await api.request<Org[]>('GET', `/organizations${listQuery({ filter: { parentId: parent.id } })}`, { token: supervisor })).body[0] as Org;
    const reply = await api.request<{ message: string }>('PUT', `/organizations/${parent.id}`, {
      token: supervisor,
      body: { ...parent, parentId: child.id },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.message).toMatch(/parentId/);
  });

  it('refuses to delete an organization that still has work, and deletes an unused one', async () => {
    const list = await api.request<Org[]>('GET', `/organizations${listQuery({ filter: { q: '县总工会' } })}`, { token: supervisor });
    const inUse = await api.request('DELETE', `/organizations/${list.body[0]?.id}`, { token: supervisor });
    expect(inUse.status).toBe(409);
    const spare = await api.request<Org>('POST', '/organizations', { token: supervisor, body: { name: '临时单位', kind: 'other' } });
    expect((await api.request('DELETE', `/organizations/${spare.body.id}`, { token: supervisor })).status).toBe(200);
    expect((await api.request('GET', `/organizations/${spare.body.id}`, { token: supervisor })).status).toBe(404);
  });

  it('checks roles before input: 401, then 403, then 400', async () => {
    const badBody = { name: '', kind: 'nonsense' };
    expect((await api.request('POST', '/organizations', { body: badBody })).status).toBe(401);
    for (const user of ['nongye', 'nongji', 'mishu']) {
      expect((await api.request('POST', '/organizations', { token: await api.login(user), body: badBody })).status).toBe(403);
    }
    expect((await api.request('POST', '/organizations', { token: supervisor, body: badBody })).status).toBe(400);
    expect((await api.request('GET', '/organizations/not-a-uuid', { token: supervisor })).status).toBe(404);
  });

  it('records every change in the audit trail', async () => {
    const created = await api.request<Org>('POST', '/organizations', { token: supervisor, body: { name: '县档案馆', kind: 'government' } });
    const events = await api.request<Array<{ action: string; after: { name: string } }>>(
      'GET',
      `/audit-events${listQuery({ filter: { entityId: created.body.id } })}`,
      { token: await api.login('mishu') },
    );
    expect(events.status).toBe(200);
    expect(events.body).toEqual([expect.objectContaining({ action: 'organization.create', after: expect.objectContaining({ name: '县档案馆' }) })]);
  });
});
