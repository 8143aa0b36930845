import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface AssignmentView {
  id: string;
  itemId: string;
  organizationId: string;
  state: string;
  dueDate: string;
  percent: number;
  light: string | null;
  overdue: boolean;
}

describe('assignments, speeches and items are scoped by organization', () => {
  let api: TestApi;
  let orgIdByName: Map<string, string>;
  let all: AssignmentView[];

  beforeAll(async () => {
    api = await startTestApi();
    const supervisor = await api.login('duban');
    const orgs = await api.request<Array<{ id: string; name: string }>>('GET', `/organizations${listQuery({ range: [0, 99] })}`, { token: supervisor });
    orgIdByName = new Map(orgs.body.map((o) => [o.name, o.id]));
    all = (await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999] })}`, { token: supervisor })).body;
  });
  afterAll(() => api.close());

  const orgsOf = (rows: AssignmentView[]) => [...new Set(rows.map((a) => a.organizationId))].sort();
  const ids = (...names: string[]) => names.map((n) => orgIdByName.get(n) as string).sort();

  it('a supervisor and a viewer see every organization’s assignments', async () => {
    expect(orgsOf(all).length).toBeGreaterThanOrEqual(6);
    const viewer = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999] })}`, { token: await api.login('mishu') });
    expect(viewer.body.map((a) => a.id).sort()).toEqual(all.map((a) => a.id).sort());
  });

  it('an org user sees only their organization’s, and an org admin also its sub-organizations’', async () => {
    const list = async (user: string) =>
      (await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ range: [0, 999] })}`, { token: await api.login(user) })).body;
    expect(orgsOf(await list('gonghui'))).toEqual(ids('县总工会'));
    expect(orgsOf(await list('tuanwei'))).toEqual(ids('团县委'));
    expect(orgsOf(await list('nongji'))).toEqual(ids('县农技推广中心'));
    expect(orgsOf(await list('nongye'))).toEqual(ids('县农业农村局', '县农技推广中心'));
  });

  it('another organization’s assignment does not exist for an org user (404, not 403)', async () => {
    const foreign = all.find((a) => a.organizationId === orgIdByName.get('县总工会')) as AssignmentView;
    const token = await api.login('tuanwei');
    const reply = await api.request<{ statusCode: number; message: string; error: string }>('GET', `/assignments/${foreign.id}`, { token });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const filtered = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ filter: { organizationId: orgIdByName.get('县总工会') } })}`, { token });
    expect(filtered.body).toEqual([]);
    expect((await api.request('GET', `/assignments/${foreign.id}`, { token: await api.login('gonghui') })).status).toBe(200);
  });

  it('derives overdue and the light from the due date', async () => {
    const overdue = all.filter((a) => a.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    for (const a of overdue) expect(a.light).toBe('red');
    for (const a of all.filter((x) => ['completed', 'cancelled'].includes(x.state))) expect(a.light).toBeNull();
    const viaFilter = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ filter: { overdue: true } })}`, { token: await api.login('duban') });
    expect(viaFilter.body.map((a) => a.id).sort()).toEqual(overdue.map((a) => a.id).sort());
  });

  it('items and speeches follow the same scope', async () => {
    // Other test files may have published more work by now: read the truth again.
    const supervisor = await api.login('duban');
    const current = (await api.request<Array<AssignmentView & { speechId: string | null }>>('GET', `/assignments${listQuery({ range: [0, 999] })}`, { token: supervisor })).body;
    const own = current.filter((a) => a.organizationId === orgIdByName.get('县总工会'));
    const token = await api.login('gonghui');
    const items = await api.request<Array<{ id: string }>>('GET', `/items${listQuery({ range: [0, 999] })}`, { token });
    expect(items.body.map((i) => i.id).sort()).toEqual([...new Set(own.map((a) => a.itemId))].sort());
    const speeches = await api.request<Array<{ id: string }>>('GET', `/speeches${listQuery({ range: [0, 999] })}`, { token });
    const ownSpeeches = [...new Set(own.map((a) => a.speechId).filter((id): id is string => id !== null))];
    expect(speeches.body.map((s) => s.id).sort()).toEqual(ownSpeeches.sort());
    expect(ownSpeeches.length).toBeGreaterThan(0);
    const supervisorItems = await api.request<unknown[]>('GET', `/items${listQuery({ range: [0, 999] })}`, { token: supervisor });
    expect(supervisorItems.body.length).toBeGreaterThan(items.body.length);
  });
});
