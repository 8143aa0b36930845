import { Assignment, Item, ProgressReport } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment, organizationId, removeFixtures } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface ItemReply {
  id: string;
  progress: number | null;
  assignments: Array<{ organizationId: string; role: string; state: string; percent?: unknown }>;
}

/**
 * An organization that supports an item sees the other organizations' states on it, never their
 * percentages, reports or files: every progress figure it is shown counts its own assignments only.
 */
describe('a supporting organization sees states, not the others’ progress', () => {
  let api: TestApi;
  let itemId: string;
  let sectionId: string;
  let leadAssignmentId: string;
  let leadOrgId: string;
  let supportOrgId: string;

  beforeAll(async () => {
    api = await startTestApi();
    const dataSource = api.app.get(DataSource);
    // The lead (县农业农村局) is done at 100 %, the support (县总工会) is at 20 %.
    const lead = await createAssignment(api, { organization: '县农业农村局', state: 'completed', percent: 100, title: '泄露测试事项' });
    itemId = lead.itemId;
    leadAssignmentId = lead.id;
    leadOrgId = lead.organizationId;
    supportOrgId = await organizationId(api, '县总工会');
    await dataSource.getRepository(Assignment).insert({ itemId, organizationId: supportOrgId, role: 'support', state: 'in_progress', percent: 20, dueDate: lead.dueDate });
    await dataSource.getRepository(ProgressReport).insert({ assignmentId: leadAssignmentId, done: '牵头单位已全部完成', percent: 100 });
    // A section holding the item: its progress, too, must not carry the lead's percent.
    const section = await dataSource.getRepository(Item).save(dataSource.getRepository(Item).create({ kind: 'section', title: '泄露测试栏目', text: '', status: 'published' }));
    sectionId = section.id;
    await dataSource.getRepository(Item).update({ id: itemId }, { parentId: sectionId });
  });
  afterAll(async () => {
    await api.app.get(DataSource).query('DELETE FROM items WHERE id = $1', [sectionId]);
    await removeFixtures(api);
    await api.close();
  });

  it('the item view: own progress only, every organization’s state, no percentages', async () => {
    const token = await api.login('gonghui');
    const item = await api.request<ItemReply>('GET', `/items/${itemId}`, { token });
    expect(item.status).toBe(200);
    expect(item.body.progress).toBe(20);
    expect(item.body.assignments).toEqual([
      { organizationId: leadOrgId, role: 'lead', state: 'completed' },
      { organizationId: supportOrgId, role: 'support', state: 'in_progress' },
    ]);

    const list = await api.request<ItemReply[]>('GET', `/items${listQuery({ filter: { id: itemId } })}`, { token });
    expect(list.body.map((i) => i.progress)).toEqual([20]);
  });

  it('a supervisor sees the mean over every organization', async () => {
    const item = await api.request<ItemReply>('GET', `/items/${itemId}`, { token: await api.login('duban') });
    expect(item.body.progress).toBe(60);
    const section = await api.request<ItemReply>('GET', `/items/${sectionId}`, { token: await api.login('duban') });
    expect(section.body.progress).toBe(60);
  });

  it('the lead’s assignment, its reports and its history stay hidden', async () => {
    const token = await api.login('gonghui');
    expect((await api.request('GET', `/assignments/${leadAssignmentId}`, { token })).status).toBe(404);
    expect((await api.request('GET', `/assignments/${leadAssignmentId}/history`, { token })).status).toBe(404);
    const assignments = await api.request<Array<{ organizationId: string }>>('GET', `/assignments${listQuery({ filter: { itemId } })}`, { token });
    expect(assignments.body.map((a) => a.organizationId)).toEqual([supportOrgId]);
    const reports = await api.request<unknown[]>('GET', `/reports${listQuery({ filter: { assignmentId: leadAssignmentId } })}`, { token });
    expect(reports.body).toEqual([]);
    const files = await api.request<unknown[]>('GET', `/attachments${listQuery({ filter: { assignmentId: leadAssignmentId } })}`, { token });
    expect(files.body).toEqual([]);
  });
});
