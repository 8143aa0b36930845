import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { createAssignment, ensureUser, organizationId, removeFixtures, userId } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface ErrorBody {
  statusCode: number;
  message: string;
  error: string;
  code: string;
  params?: Record<string, string | number>;
}
interface AssignmentView {
  id: string;
  itemId: string;
  organizationId: string;
  role: 'lead' | 'support';
  state: string;
  percent: number;
  handlerId: string | null;
  handlerName: string | null;
  leadState: string | null;
  leadOrganizationId: string | null;
  version: number;
}
interface ItemView {
  id: string;
  title: string;
  status: string;
  version: number;
}
interface AuditEventView {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const EN = { 'accept-language': 'en-US,en;q=0.9' };
const UUID_IN_TEXT = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/i;

describe('day one: error codes in both languages, the handler (经办人), completing with the lead', () => {
  let api: TestApi;
  let supervisor: string;
  let nongye: string;
  let nongji: string;
  let created: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    supervisor = await api.login('duban');
    nongye = await api.login('nongye');
    nongji = await api.login('nongji');
  });
  afterAll(async () => {
    await removeFixtures(api);
    if (created.length) await api.app.get(DataSource).query('DELETE FROM items WHERE id = ANY($1)', [created]);
    created = [];
    await api.close();
  });

  /** A hand-made task published at once, with a lead and a support organization. */
  async function publishedTask(lead: string, support: string): Promise<{ item: ItemView; lead: AssignmentView; support: AssignmentView }> {
    const reply = await api.request<ItemView>('POST', '/items', {
      token: supervisor,
      body: {
        title: `领导批示 ${Date.now()}`,
        text: '请县农业农村局牵头、县总工会配合，年底前完成农民工工资专项检查。',
        kind: 'directive',
        organizations: [
          { organizationId: await organizationId(api, lead), role: 'lead' },
          { organizationId: await organizationId(api, support), role: 'support' },
        ],
        publish: true,
      },
    });
    expect(reply.status).toBe(201);
    created.push(reply.body.id);
    const list = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ filter: { itemId: reply.body.id } })}`, { token: supervisor });
    const byRole = (role: string) => list.body.find((a) => a.role === role) as AssignmentView;
    return { item: reply.body, lead: byRole('lead'), support: byRole('support') };
  }

  const history = async (id: string) => (await api.request<AuditEventView[]>('GET', `/assignments/${id}/history`, { token: supervisor })).body;

  describe('every 4xx of the workflow modules carries a code and answers in the caller’s language', () => {
    it('404s say what is missing, without the id', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      const cases: Array<[string, string, string]> = [
        ['GET', `/assignments/${missing}`, 'assignment.not_found'],
        ['GET', `/items/${missing}`, 'item.not_found'],
        ['GET', `/extension-requests/${missing}`, 'extension.not_found'],
        ['GET', `/reports/${missing}`, 'report.not_found'],
      ];
      for (const [method, path, code] of cases) {
        const zh = await api.request<ErrorBody>(method, path, { token: supervisor });
        expect(zh.status, path).toBe(404);
        expect(zh.body.code, path).toBe(code);
        expect(zh.body.message, path).toMatch(/^找不到/);
        expect(zh.body.message).not.toContain(missing);
        const en = await api.request<ErrorBody>(method, path, { token: supervisor, headers: EN });
        expect(en.body.message, path).toMatch(/^No such /);
      }
    });

    it('item review refusals: not a draft, merge, split, parent, organizations', async () => {
      const { item } = await publishedTask('县农业农村局', '县总工会');
      const notDraft = await api.request<ErrorBody>('POST', `/items/${item.id}/split`, { token: supervisor, body: { at: 3 } });
      expect(notDraft.status).toBe(409);
      expect(notDraft.body).toMatchObject({ code: 'item.not_draft', message: `事项“${item.title}”已发布，只有草稿可以修改、合并、拆分或删除。` });
      const deleted = await api.request<ErrorBody>('DELETE', `/items/${item.id}`, { token: supervisor, headers: EN });
      expect(deleted.body.message).toBe(`The item "${item.title}" is published; only draft items can be edited, merged, split or deleted.`);

      const one = await api.request<ErrorBody>('POST', '/items/merge', { token: supervisor, body: { ids: [item.id, item.id] } });
      expect(one.body).toMatchObject({ code: 'item.merge_too_few', params: { field: 'ids' } });

      const draft = await api.request<ItemView>('POST', '/items', { token: supervisor, body: { title: '草稿', text: '一段文字', kind: 'directive', organizations: [] } });
      created.push(draft.body.id);
      const self = await api.request<ErrorBody>('PUT', `/items/${draft.body.id}`, {
        token: supervisor,
        body: { ...draft.body, parentId: draft.body.id, organizations: [] },
      });
      expect(self.body).toMatchObject({ code: 'item.parent_self', params: { field: 'parentId' } });
      const lead = await organizationId(api, '团县委');
      const twice = await api.request<ErrorBody>('PUT', `/items/${draft.body.id}`, {
        token: supervisor,
        body: { ...draft.body, organizations: [{ organizationId: lead, role: 'lead' }, { organizationId: lead, role: 'support' }] },
      });
      // Names, not ids.
      expect(twice.body).toMatchObject({ code: 'item.organization_twice', message: '单位“团县委”被选择了两次。' });
      const publishEmpty = await api.request<ErrorBody>('POST', '/items', { token: supervisor, body: { title: '无单位', text: 'x', kind: 'directive', organizations: [], publish: true } });
      expect(publishEmpty.body).toMatchObject({ code: 'item.publish_without_organization', params: { field: 'organizations', count: 1 } });
    });

    it('a role that may not act gets a 403 naming the role in words', async () => {
      const { lead } = await publishedTask('县农业农村局', '县总工会');
      const viewer = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/approve`, { token: await api.login('mishu'), body: {} });
      expect(viewer.status).toBe(403);
      expect(viewer.body).toMatchObject({ code: 'assignment.role_forbidden', message: '您的角色（只读用户）不能督办审核。' });
      const en = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/sign`, { token: supervisor, body: {}, headers: EN });
      expect(en.body.message).toBe('Your role (supervisor) may not work on assignments.');
      for (const body of [viewer.body, en.body]) expect(body.message).not.toMatch(UUID_IN_TEXT);
    });
  });

  describe('the handler (经办人)', () => {
    it('is set by the org admin to a user of the organization or a sub-organization, shown in the view and the audit trail', async () => {
      const { lead } = await publishedTask('县农业农村局', '县总工会');
      const zhao = await userId(api, 'nongji'); // 县农技推广中心, below 县农业农村局
      const set = await api.request<AssignmentView>('POST', `/assignments/${lead.id}/handler`, { token: nongye, body: { handlerId: zhao, version: lead.version } });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ handlerId: zhao, handlerName: '赵技术员', version: lead.version + 1 });

      // The handler of a sub-organization sees it, finds it under 交给我的 and may work on it.
      const mine = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ filter: { mine: true } })}`, { token: nongji });
      expect(mine.body.map((a) => a.id)).toContain(lead.id);
      const notMine = await api.request<AssignmentView[]>('GET', `/assignments${listQuery({ filter: { mine: false, itemId: lead.itemId } })}`, { token: nongji });
      expect(notMine.body.map((a) => a.id)).not.toContain(lead.id);
      expect((await api.request<AssignmentView>('POST', `/assignments/${lead.id}/sign`, { token: nongji, body: {} })).body.state).toBe('signed');

      const events = await history(lead.id);
      const handOver = events.find((e) => e.action === 'assignment.hand-over');
      expect(handOver?.after).toMatchObject({ handlerId: zhao, handlerName: '赵技术员' });

      // Back to the whole organization.
      const cleared = await api.request<AssignmentView>('POST', `/assignments/${lead.id}/handler`, { token: nongye, body: { handlerId: null } });
      expect(cleared.body).toMatchObject({ handlerId: null, handlerName: null });
      expect((await api.request<ErrorBody>('GET', `/assignments/${lead.id}`, { token: nongji })).body.code).toBe('assignment.not_found');
    });

    it('refuses a user of another organization, an unknown user, and anyone but the org admin', async () => {
      const { lead, support } = await publishedTask('县农业农村局', '县总工会');
      const foreign = await userId(api, 'tuanwei'); // 团县委
      const refused = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/handler`, { token: nongye, body: { handlerId: foreign } });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        code: 'assignment.handler_invalid',
        params: { field: 'handlerId' },
        message: '经办人须是“县农业农村局”或其下级单位的用户；“孙干事”属于“团县委”。',
      });
      const unknown = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/handler`, { token: nongye, body: { handlerId: '00000000-0000-4000-8000-000000000000' } });
      expect(unknown.body).toMatchObject({ code: 'assignment.handler_unknown' });
      const notUuid = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/handler`, { token: nongye, body: { handlerId: 'zhao' } });
      expect(notUuid.status).toBe(400);
      // Staff do not hand over; another organization's admin does not even see the assignment.
      const staff = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/handler`, { token: nongji, body: { handlerId: null } });
      expect(staff).toMatchObject({ status: 403, body: { code: 'assignment.role_forbidden' } });
      const other = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/handler`, { token: await api.login('gonghui'), body: { handlerId: null } });
      expect(other).toMatchObject({ status: 404, body: { code: 'assignment.not_found' } });
      // The support organization's admin may hand its own assignment to its own staff only.
      const gonghuiStaff = await ensureUser(api, 'gonghui_staff_dayone', 'org_staff', '县总工会');
      expect(gonghuiStaff).toBeTruthy();
      const ok = await api.request<AssignmentView>('POST', `/assignments/${support.id}/handler`, {
        token: await api.login('gonghui'),
        body: { handlerId: await userId(api, 'gonghui_staff_dayone') },
      });
      expect(ok.status).toBe(200);
      const stale = await api.request<ErrorBody>('POST', `/assignments/${support.id}/handler`, { token: await api.login('gonghui'), body: { handlerId: null, version: 1 } });
      expect(stale.status).toBe(409);
    });
  });

  describe('supporters and the lead', () => {
    it('a supporter sees the lead’s state; completing with the lead names the lead in the audit event', async () => {
      const { lead, support } = await publishedTask('县农业农村局', '县总工会');
      const gonghui = await api.login('gonghui');
      const seen = await api.request<AssignmentView>('GET', `/assignments/${support.id}`, { token: gonghui });
      expect(seen.body).toMatchObject({ leadState: 'assigned', leadOrganizationId: lead.organizationId });
      expect((await api.request<AssignmentView>('GET', `/assignments/${lead.id}`, { token: supervisor })).body.leadState).toBeNull();

      const early = await api.request<ErrorBody>('POST', `/assignments/${support.id}/complete-with-lead`, { token: supervisor, body: {} });
      expect(early.status).toBe(409);
      expect(early.body).toMatchObject({ code: 'assignment.lead_not_completed', message: '牵头单位“县农业农村局”的任务尚未办结（当前为“已交办”），不能随牵头单位办结。' });
      const onLead = await api.request<ErrorBody>('POST', `/assignments/${lead.id}/complete-with-lead`, { token: supervisor, body: {} });
      expect(onLead.body.code).toBe('assignment.is_lead');

      await api.request('POST', `/assignments/${lead.id}/sign`, { token: nongye, body: {} });
      await api.request('POST', `/assignments/${lead.id}/request-completion`, { token: nongye, body: { summary: '检查完毕' } });
      expect((await api.request<AssignmentView>('POST', `/assignments/${lead.id}/approve`, { token: supervisor, body: {} })).body.state).toBe('completed');
      expect((await api.request<AssignmentView>('GET', `/assignments/${support.id}`, { token: gonghui })).body.leadState).toBe('completed');

      const byStaff = await api.request<ErrorBody>('POST', `/assignments/${support.id}/complete-with-lead`, { token: gonghui, body: {} });
      expect(byStaff.status).toBe(403);
      const done = await api.request<AssignmentView>('POST', `/assignments/${support.id}/complete-with-lead`, { token: supervisor, body: { summary: '随牵头单位办结' } });
      expect(done.status).toBe(200);
      expect(done.body.state).toBe('completed');
      const event = (await history(support.id)).find((e) => e.action === 'assignment.complete-with-lead');
      expect(event?.before).toMatchObject({ state: 'assigned' });
      expect(event?.after).toMatchObject({ state: 'completed', leadAssignmentId: lead.id, leadOrganization: '县农业农村局' });
      const again = await api.request<ErrorBody>('POST', `/assignments/${support.id}/complete-with-lead`, { token: supervisor, body: {} });
      expect(again.body).toMatchObject({ code: 'assignment.closed' });
    });
  });

  it('the demo speech states the dates its tasks carry, counted from the day the demo was loaded', async () => {
    // The demo is loaded once per database, by whichever test API starts first, so its dates are
    // checked against themselves: the date line, and each deadline in the text against the task's.
    const supervisor = await api.login('duban');
    const speeches = await api.request<Array<{ id: string; title: string; date: string }>>('GET', `/speeches${listQuery({ range: [0, 99] })}`, {
      token: supervisor,
    });
    const demo = speeches.body.find((s) => s.title === '在全县乡村振兴重点工作推进会上的讲话');
    const [y, m, d] = (demo?.date ?? '').split('-').map(Number);
    const full = await api.request<{ rawText: string }>('GET', `/speeches/${demo?.id}`, { token: supervisor });
    expect(full.body.rawText).toContain(`（${y}年${m}月${d}日）`);
    const items = await api.request<Array<{ title: string; dueDate: string | null; text: string }>>(
      'GET',
      `/items${listQuery({ filter: { speechId: demo?.id }, range: [0, 99] })}`,
      { token: supervisor },
    );
    const stated = (due: string) => {
      const [dy, dm, dd] = due.split('-').map(Number);
      return `${dy === y ? '' : `${dy}年`}${dm}月${dd}日前`;
    };
    const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;
    const dated = items.body.filter((i) => i.dueDate);
    expect(Object.fromEntries(dated.map((i) => [i.title, days(demo?.date ?? '', i.dueDate ?? '')]))).toEqual({
      制定茶叶和中药材产业提升方案: 60,
      组织农技人员进村入户: 25,
      实施乡村人才回引计划: 110,
      办好青年返乡创业培训班: 80,
      完成欠薪问题专项排查: 16,
      建立留守妇女儿童关爱服务台账: 50,
    });
    for (const i of dated) {
      expect(i.text).toContain(stated(i.dueDate ?? ''));
      // One directive's sentence: no other task's deadline in it.
      expect(i.text.match(/日前/g)).toHaveLength(1);
    }
  });

  describe('speeches', () => {
    it('a second upload of the same text names the first (duplicateOf) and is kept; a pasted speech without a title takes the one in its text', async () => {
      const stamp = Date.now();
      const text = `关于冬季安全生产工作的讲话\n同志们：\n一、压实责任。县应急管理局要牵头，年底前完成隐患排查（编号${stamp}）。`;
      const first = await api.request<{ id: string; title: string; duplicateOf: unknown }>('POST', '/speeches', { token: supervisor, body: { text } });
      expect(first.status).toBe(201);
      expect(first.body.duplicateOf).toBeNull();
      expect(first.body.title).toBe('关于冬季安全生产工作的讲话');
      // Same speech, re-spaced and with half-width punctuation, uploaded as a file.
      const retyped = text.replace(/\n/g, '\r\n  ').replace('（', '(').replace('）', ')').replace(/，/g, ', ');
      const form = new FormData();
      form.append('file', new Blob([retyped], { type: 'text/plain' }), 'again.txt');
      const second = await api.request<{ id: string; duplicateOf: { id: string; title: string } | null }>('POST', '/speeches', { token: supervisor, form });
      expect(second.status).toBe(201);
      expect(second.body.duplicateOf).toMatchObject({ id: first.body.id, title: '关于冬季安全生产工作的讲话' });
      expect(second.body.id).not.toBe(first.body.id);
      const other = await api.request<{ duplicateOf: unknown }>('POST', '/speeches', { token: supervisor, body: { title: '另一篇', text: `${text}另有补充。` } });
      expect(other.body.duplicateOf).toBeNull();
      const shown = await api.request<Record<string, unknown>>('GET', `/speeches/${first.body.id}`, { token: supervisor });
      expect(shown.body).not.toHaveProperty('textFingerprint');
      await api.app.get(DataSource).query('DELETE FROM speeches WHERE id = ANY($1)', [[first.body.id, second.body.id]]);
    });

    it('the publish preview lists draft items whose due date is past', async () => {
      const speech = await api.request<{ id: string }>('POST', '/speeches', { token: supervisor, body: { title: '过期检查', text: `同志们：要抓好落实。${Date.now()}` } });
      const past = await api.request<ItemView>('POST', '/items', {
        token: supervisor,
        body: { title: '已过期的事项', text: 'x', kind: 'directive', speechId: speech.body.id, dueDate: '2020-01-31', organizations: [] },
      });
      created.push(past.body.id);
      const preview = await api.request<{ pastDue: Array<{ id: string; dueDate: string }> }>('GET', `/speeches/${speech.body.id}/publish-preview`, { token: supervisor });
      expect(preview.body.pastDue).toEqual([{ id: past.body.id, title: '已过期的事项', dueDate: '2020-01-31' }]);
    });
  });

  describe('review undo (审阅撤销)', () => {
    interface DraftItem extends ItemView {
      parentId: string | null;
      text: string;
      organizations: Array<{ organizationId: string; role: string }>;
    }
    it('delete (with or without the children), edit, merge and split can be undone, the last 20, until publishing', async () => {
      const speech = (await api.request<{ id: string }>('POST', '/speeches', { token: supervisor, body: { title: '撤销测试', text: `同志们：一要抓好，二要落实。${Date.now()}` } })).body;
      const make = async (title: string, parentId: string | null, kind = 'directive') =>
        (
          await api.request<DraftItem>('POST', '/items', {
            token: supervisor,
            body: { title, text: `${title}的正文内容`, kind, speechId: speech.id, parentId: parentId ?? undefined, organizations: kind === 'section' ? [] : [{ organizationId: await organizationId(api, '团县委'), role: 'lead' }] },
          })
        ).body;
      const section = await make('一、抓好', null, 'section');
      const a = await make('甲事项', section.id);
      const b = await make('乙事项', section.id);
      const drafts = async () =>
        (await api.request<DraftItem[]>('GET', `/items${listQuery({ filter: { speechId: speech.id }, range: [0, 99] })}`, { token: supervisor })).body;
      const undo = () => api.request<{ action: string; title: string } & ErrorBody>('POST', '/items/undo', { token: supervisor, body: { speechId: speech.id } });

      expect((await undo()).body).toMatchObject({ code: 'item.undo_nothing' });

      // Delete with the children: three go; undo brings back the same ids and plans.
      expect((await api.request('DELETE', `/items/${section.id}`, { token: supervisor })).status).toBe(200);
      expect(await drafts()).toEqual([]);
      expect((await undo()).body).toMatchObject({ action: 'delete', title: '一、抓好' });
      const restored = await drafts();
      expect(restored.map((i) => i.id).sort()).toEqual([section.id, a.id, b.id].sort());
      expect(restored.find((i) => i.id === a.id)).toMatchObject({ parentId: section.id, organizations: [{ role: 'lead' }] });

      // Keep the children: they move up.
      expect((await api.request<ErrorBody>('DELETE', `/items/${section.id}?keepChildren=maybe`, { token: supervisor })).body.code).toBe('validation.field_invalid');
      await api.request('DELETE', `/items/${section.id}?keepChildren=true`, { token: supervisor });
      expect((await drafts()).map((i) => [i.id, i.parentId]).sort()).toEqual([[a.id, null], [b.id, null]].sort());
      await undo();
      expect((await drafts()).find((i) => i.id === b.id)?.parentId).toBe(section.id);

      // Edit, merge and split, undone newest first.
      const current = (await drafts()).find((i) => i.id === a.id) as DraftItem;
      await api.request('PUT', `/items/${a.id}`, { token: supervisor, body: { ...current, title: '甲事项（改）' } });
      await api.request('POST', '/items/merge', { token: supervisor, body: { ids: [a.id, b.id] } });
      expect((await drafts()).map((i) => i.id)).not.toContain(b.id);
      await api.request('POST', `/items/${a.id}/split`, { token: supervisor, body: { at: 2 } });
      expect(await drafts()).toHaveLength(3);
      const steps = await api.request<Array<{ action: string }>>('GET', `/items/review-steps?speechId=${speech.id}`, { token: supervisor });
      expect(steps.body.map((x) => x.action)).toEqual(['split', 'merge', 'edit']);
      expect((await undo()).body.action).toBe('split');
      expect((await undo()).body.action).toBe('merge');
      expect((await drafts()).map((i) => i.id)).toContain(b.id);
      expect((await undo()).body.action).toBe('edit');
      const back = (await drafts()).find((i) => i.id === a.id) as DraftItem;
      expect(back.title).toBe('甲事项');
      // The version moved on: a client holding the edited record is told it is stale.
      expect(back.version).toBeGreaterThan(current.version + 1);

      // Only the last 20 are kept.
      let latest = back;
      for (let n = 0; n < 22; n++) latest = (await api.request<DraftItem>('PUT', `/items/${a.id}`, { token: supervisor, body: { ...latest, title: `甲事项 ${n}` } })).body;
      expect((await api.request<unknown[]>('GET', `/items/review-steps?speechId=${speech.id}`, { token: supervisor })).body).toHaveLength(20);
      expect((await api.request<ErrorBody>('GET', '/items/review-steps?speechId=x', { token: supervisor })).status).toBe(400);
      expect((await api.request<ErrorBody>('POST', '/items/undo', { token: nongye, body: { speechId: speech.id } })).status).toBe(403);

      // Publishing ends undo.
      expect((await api.request('POST', `/speeches/${speech.id}/publish`, { token: supervisor, body: {} })).status).toBe(200);
      const late = await undo();
      expect(late.status).toBe(409);
      expect(late.body).toMatchObject({ code: 'item.undo_published', message: '讲话已发布，审阅操作不能再撤销。' });
      created.push(section.id, a.id, b.id);
    });
  });

  it('proposes a hand-made task’s fields from a pasted instruction', async () => {
    const reply = await api.request<{ title: string; dueDate: string | null; cadence: string | null; organizations: Array<{ organizationId: string; role: string }> }>(
      'POST',
      '/items/propose',
      { token: supervisor, body: { text: '关于农民工工资支付情况的批示\n请县农业农村局牵头，县总工会配合，于2026年12月20日前完成全面排查，每月报告一次进展。', date: '2026-11-02' } },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.dueDate).toBe('2026-12-20');
    expect(reply.body.cadence).toBe('monthly');
    expect(reply.body.organizations).toEqual([
      { organizationId: await organizationId(api, '县农业农村局'), role: 'lead' },
      { organizationId: await organizationId(api, '县总工会'), role: 'support' },
    ]);
    expect(reply.body.title.length).toBeGreaterThan(0);
    expect((await api.request('POST', '/items/propose', { token: nongye, body: { text: 'x' } })).status).toBe(403);
    expect((await api.request<ErrorBody>('POST', '/items/propose', { token: supervisor, body: { text: '' } })).status).toBe(400);
  });

  it('lists the handler candidates of an assignment for its org admin only', async () => {
    const { lead } = await publishedTask('县农业农村局', '县总工会');
    const list = await api.request<Array<{ displayName: string; organizationName: string }>>('GET', `/assignments/${lead.id}/handler-candidates`, { token: nongye });
    expect(list.body.map((u) => `${u.displayName}@${u.organizationName}`)).toEqual(expect.arrayContaining(['陈局长@县农业农村局', '赵技术员@县农技推广中心']));
    expect(list.body.some((u) => u.organizationName === '团县委')).toBe(false);
    expect((await api.request('GET', `/assignments/${lead.id}/handler-candidates`, { token: nongji })).status).toBe(403);
    expect((await api.request('GET', `/assignments/${lead.id}/handler-candidates`, { token: await api.login('gonghui') })).status).toBe(404);
  });

  it('the fixture helper still works for assignments outside a hand-made task', async () => {
    const a = await createAssignment(api, { organization: '团县委', state: 'completed' });
    const reply = await api.request<ErrorBody>('POST', `/assignments/${a.id}/handler`, { token: await api.login('admin'), body: { handlerId: null } });
    expect(reply).toMatchObject({ status: 403, body: { code: 'assignment.role_forbidden' } });
  });
});
