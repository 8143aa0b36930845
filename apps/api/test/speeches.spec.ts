import { buildDocx, printTestPdf } from '@luoshi/testing';
import * as iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WINTER_SPEECH } from './fixtures/speeches';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface Speech {
  id: string;
  title: string;
  date: string | null;
  rawText: string;
  status: string;
  sourceFileName: string | null;
  version: number;
  unresolvedOrgs: unknown[];
}
interface Item {
  id: string;
  kind: string;
  title: string;
  text: string;
  parentId: string | null;
  spanStart: number;
  spanEnd: number;
  dueDate: string | null;
  cadence: string | null;
  status: string;
  version: number;
  organizations: Array<{ organizationId: string; role: string }>;
  progress: number | null;
}

function upload(api: TestApi, token: string, name: string, bytes: Uint8Array, type: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([bytes], { type }), name);
  return api.request<Speech & { message: string }>('POST', '/speeches', { token, form });
}

describe('speech intake', () => {
  let api: TestApi;
  let supervisor: string;
  let textPdf: Buffer;
  let scannedPdf: Buffer;
  beforeAll(async () => {
    // Chromium prints the PDFs synchronously, seconds with the event loop blocked: done before the
    // API (in this process) has any connection open, which a blocked server then resets.
    const lines = WINTER_SPEECH.trim().split('\n');
    textPdf = printTestPdf([{ paragraphs: lines.slice(0, 4) }, { paragraphs: lines.slice(4) }], { header: '县委办公室', footer: '第 {n} 页' });
    scannedPdf = printTestPdf([{ paragraphs: [] }]);
    api = await startTestApi();
    supervisor = await api.login('duban');
  });
  afterAll(() => api.close());

  it('takes pasted text as JSON', async () => {
    const reply = await api.request<Speech>('POST', '/speeches', { token: supervisor, body: { title: '冬季工作讲话', date: '2026-11-10', text: WINTER_SPEECH } });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ title: '冬季工作讲话', date: '2026-11-10', status: 'draft', rawText: WINTER_SPEECH });
  });

  it('lists speeches without their text (the speech alone carries it), and finds one by its title', async () => {
    const created = await api.request<Speech>('POST', '/speeches', { token: supervisor, body: { title: '列表不带全文的讲话', date: '2026-11-11', text: WINTER_SPEECH } });
    expect(created.status).toBe(201);
    const list = await api.request<Array<Speech & { id: string }>>('GET', `/speeches${listQuery({ filter: { q: '列表不带全文' }, range: [0, 9] })}`, { token: supervisor });
    expect(list.status).toBe(200);
    expect(list.body.map((s) => s.title)).toEqual(['列表不带全文的讲话']);
    expect(list.body[0]).toMatchObject({ title: '列表不带全文的讲话', date: '2026-11-11', status: 'draft' });
    expect(list.body[0]).not.toHaveProperty('rawText');
    const one = await api.request<Speech>('GET', `/speeches/${list.body[0]?.id}`, { token: supervisor });
    expect(one.body.rawText).toBe(WINTER_SPEECH);
  });

  it('reads an uploaded GBK .txt', async () => {
    const reply = await upload(api, supervisor, '冬季讲话.txt', iconv.encode(WINTER_SPEECH, 'gbk'), 'text/plain', { date: '2026-11-10' });
    expect(reply.status).toBe(201);
    expect(reply.body.rawText).toBe(WINTER_SPEECH);
    expect(reply.body.title).toBe('在全县冬季重点工作部署会上的讲话');
    expect(reply.body.sourceFileName).toBe('冬季讲话.txt');
  });

  it('reads an uploaded .docx', async () => {
    const docx = await buildDocx(WINTER_SPEECH.trim().split('\n'));
    const reply = await upload(api, supervisor, 'speech.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', { title: '冬季讲话（Word）' });
    expect(reply.status).toBe(201);
    expect(reply.body.title).toBe('冬季讲话（Word）');
    expect(reply.body.rawText).toContain('县总工会要开展冬季送温暖活动');
  });

  it('refuses a file over 5 MB with 413', async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 10).fill(0x41);
    const reply = await upload(api, supervisor, 'big.txt', big, 'text/plain');
    expect(reply.status).toBe(413);
  });

  it('reads an uploaded .pdf with a text layer, and extracts it', async () => {
    const reply = await upload(api, supervisor, 'speech.pdf', textPdf, 'application/pdf', { title: '冬季讲话（PDF）' });
    expect(reply.status).toBe(201);
    expect(reply.body.sourceFileName).toBe('speech.pdf');
    expect(reply.body.rawText).toContain('县总工会要开展冬季送温暖活动');
    expect(reply.body.rawText).not.toContain('第 1 页');
    const extracted = await api.request<{ items: number }>('POST', `/speeches/${reply.body.id}/extract`, { token: supervisor });
    expect(extracted.status).toBe(200);
    expect(extracted.body.items).toBeGreaterThan(0);
  });

  it('refuses a scanned PDF with 422 file.pdf_no_text_layer and stores nothing', async () => {
    const before = await api.request<Speech[]>('GET', `/speeches${listQuery({ range: [0, 999] })}`, { token: supervisor });
    const reply = await upload(api, supervisor, '扫描件.pdf', scannedPdf, 'application/pdf');
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'file.pdf_no_text_layer', message: '扫描件没有文字层，请上传文字版或粘贴文本' });
    const after = await api.request<Speech[]>('GET', `/speeches${listQuery({ range: [0, 999] })}`, { token: supervisor });
    expect(after.body.length).toBe(before.body.length);
  });

  it('still refuses an old Office file with 415', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const reply = await upload(api, supervisor, 'speech.xls', xls, 'application/vnd.ms-excel');
    expect(reply.status).toBe(415);
    expect(reply.body.message).toBeTruthy();
  });

  it('refuses unreadable bytes with 422 and a reason', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const reply = await upload(api, supervisor, 'speech.txt', garbage, 'text/plain');
    expect(reply.status).toBe(422);
    expect(reply.body.message.length).toBeGreaterThan(5);
  });

  it('asks for the file when a form comes without one', async () => {
    const form = new FormData();
    form.set('title', '没有文件');
    const reply = await api.request<{ message: string; code: string }>('POST', '/speeches', { token: supervisor, form });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'file.required' });
    expect(reply.body.message).toContain('file');
  });

  it('names the bad field of a JSON speech', async () => {
    const reply = await api.request<{ message: string; params: Record<string, unknown> }>('POST', '/speeches', { token: supervisor, body: { title: '无正文', date: '2026-13-40' } });
    expect(reply.status).toBe(400);
    expect(reply.body.params).toMatchObject({ field: 'date', reason: 'isCalendarDate' });
    expect(reply.body.message).toBe('字段 date 无效：必须是 1900–2200 年间真实的日期，格式为 YYYY-MM-DD。');
    const noText = await api.request<{ code: string; params: Record<string, unknown> }>('POST', '/speeches', { token: supervisor, body: { title: '无正文', date: '2026-03-16' } });
    expect(noText.body).toMatchObject({ code: 'validation.field_required', params: { field: 'text' } });
  });

  it('is for supervisors and admins only', async () => {
    for (const user of ['mishu', 'nongye', 'nongji']) {
      const reply = await api.request('POST', '/speeches', { token: await api.login(user), body: { title: 'x', text: 'y' } });
      expect(reply.status).toBe(403);
    }
  });
});

describe('extract, review and publish', () => {
  let api: TestApi;
  let supervisor: string;
  let speech: Speech;
  let orgId: (name: string) => string;
  const items = async () =>
    (await api.request<Item[]>('GET', `/items${listQuery({ filter: { speechId: speech.id }, sort: ['position', 'ASC'], range: [0, 199] })}`, { token: supervisor })).body;

  beforeAll(async () => {
    api = await startTestApi();
    supervisor = await api.login('duban');
    const orgs = await api.request<Array<{ id: string; name: string }>>('GET', `/organizations${listQuery({ range: [0, 99] })}`, { token: supervisor });
    const byName = new Map(orgs.body.map((o) => [o.name, o.id]));
    orgId = (name) => byName.get(name) as string;
    speech = (await api.request<Speech>('POST', '/speeches', { token: supervisor, body: { title: '冬季工作讲话', text: WINTER_SPEECH } })).body;
  });
  afterAll(() => api.close());

  it('extracts draft items with spans, organizations, deadlines and cadences', async () => {
    const reply = await api.request<{ items: number; directives: number; commitments: number; sections: number; date: string }>('POST', `/speeches/${speech.id}/extract`, { token: supervisor });
    expect(reply.status).toBe(200);
    expect(reply.body.sections).toBe(2);
    expect(reply.body.directives).toBeGreaterThanOrEqual(4);
    expect(reply.body.commitments).toBe(1);
    expect(reply.body.date).toBe('2026-11-10');

    const all = await items();
    for (const item of all) {
      expect(item.status).toBe('draft');
      expect(WINTER_SPEECH.slice(item.spanStart, item.spanEnd).replace(/\s/g, '')).toBe(item.text.replace(/\s/g, ''));
    }
    const wheat = all.find((i) => i.text.includes('冬小麦')) as Item;
    expect(wheat.organizations).toEqual([
      { organizationId: orgId('县农业农村局'), role: 'lead' },
      { organizationId: orgId('县财政局'), role: 'support' },
    ]);
    expect(wheat.dueDate).toBe('2026-12-20');
    expect(all.find((i) => i.text.includes('分片包村'))?.cadence).toBe('monthly');
    expect(all.find((i) => i.text.includes('送温暖'))?.dueDate).toBe('2026-12-31');
    expect(all.find((i) => i.kind === 'commitment')?.organizations).toEqual([{ organizationId: orgId('青川县委'), role: 'lead' }]);

    const stored = await api.request<Speech>('GET', `/speeches/${speech.id}`, { token: supervisor });
    expect(stored.body.status).toBe('extracted');
  });

  it('re-extraction replaces the drafts instead of adding to them', async () => {
    const before = await items();
    await api.request('POST', `/speeches/${speech.id}/extract`, { token: supervisor });
    const after = await items();
    expect(after).toHaveLength(before.length);
    expect(after.map((i) => i.id)).not.toEqual(before.map((i) => i.id));
  });

  it('edits an item’s organizations, due date and cadence with the whole record', async () => {
    const item = (await items()).find((i) => i.text.includes('青年志愿者')) as Item;
    const reply = await api.request<Item>('PUT', `/items/${item.id}`, {
      token: supervisor,
      body: {
        ...item,
        title: '组织青年志愿者参与冬季服务',
        dueDate: '2027-01-15',
        cadence: 'weekly',
        organizations: [
          { organizationId: orgId('县妇联'), role: 'support' },
          { organizationId: orgId('团县委'), role: 'lead' },
        ],
      },
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ title: '组织青年志愿者参与冬季服务', dueDate: '2027-01-15', cadence: 'weekly', version: item.version + 1 });
    expect(reply.body.organizations).toEqual([
      { organizationId: orgId('团县委'), role: 'lead' },
      { organizationId: orgId('县妇联'), role: 'support' },
    ]);
    const stale = await api.request('PUT', `/items/${item.id}`, { token: supervisor, body: { ...item } });
    expect(stale.status).toBe(409);
    const unknownOrg = await api.request<{ message: string; code: string }>('PUT', `/items/${item.id}`, {
      token: supervisor,
      body: { ...reply.body, organizations: [{ organizationId: '00000000-0000-4000-8000-000000000000', role: 'lead' }] },
    });
    expect(unknownOrg.status).toBe(400);
    expect(unknownOrg.body).toMatchObject({ code: 'item.organization_unknown', params: { field: 'organizations' } });
  });

  it('splits an item at an offset of its text, keeping both spans in the speech', async () => {
    const item = (await items()).find((i) => i.text.includes('送温暖')) as Item;
    const at = item.text.indexOf('年底前');
    const reply = await api.request<[Item, Item]>('POST', `/items/${item.id}/split`, { token: supervisor, body: { at } });
    expect(reply.status).toBe(200);
    const [first, second] = reply.body;
    expect(first.text + second.text).toBe(item.text);
    expect(second.text.startsWith('年底前')).toBe(true);
    expect(first.spanEnd).toBeLessThanOrEqual(second.spanStart);
    expect(WINTER_SPEECH.slice(second.spanStart, second.spanEnd)).toBe(second.text);
    expect(second.organizations).toEqual(first.organizations);
    const bad = await api.request<{ message: string }>('POST', `/items/${item.id}/split`, { token: supervisor, body: { at: 100000 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'item.split_offset', params: { field: 'at' } });
  });

  it('merges items back into one', async () => {
    const parts = (await items()).filter((i) => i.text.includes('送温暖') || i.text.startsWith('年底前完成困难职工'));
    expect(parts).toHaveLength(2);
    const reply = await api.request<Item>('POST', '/items/merge', { token: supervisor, body: { ids: parts.map((p) => p.id).reverse() } });
    expect(reply.status).toBe(200);
    expect(reply.body.text).toContain('送温暖');
    expect(reply.body.text).toContain('年底前完成困难职工走访慰问');
    expect(reply.body.spanStart).toBe(Math.min(...parts.map((p) => p.spanStart)));
    expect(reply.body.spanEnd).toBe(Math.max(...parts.map((p) => p.spanEnd)));
    expect((await items()).some((i) => i.id === parts.find((p) => p.id !== reply.body.id)?.id)).toBe(false);
  });

  it('deletes a draft item', async () => {
    const extra = (await api.request<Item>('POST', '/items', {
      token: supervisor,
      body: { title: '临时事项', text: '临时', kind: 'directive', speechId: speech.id, organizations: [{ organizationId: orgId('县妇联'), role: 'lead' }] },
    })).body;
    expect((await api.request('DELETE', `/items/${extra.id}`, { token: supervisor })).status).toBe(200);
    expect((await api.request('GET', `/items/${extra.id}`, { token: supervisor })).status).toBe(404);
  });

  it('previews, publishes one assignment per item and organization, and freezes the drafts', async () => {
    const all = await items();
    const tasks = all.filter((i) => i.kind !== 'section');
    const expected = tasks.reduce((n, i) => n + i.organizations.length, 0);
    const preview = await api.request<{ items: number; assignments: number; unassigned: unknown[] }>('GET', `/speeches/${speech.id}/publish-preview`, { token: supervisor });
    expect(preview.body).toEqual({ items: tasks.length, assignments: expected, unassigned: [], pastDue: [] });

    const viewer = await api.request('POST', `/speeches/${speech.id}/publish`, { token: await api.login('mishu') });
    expect(viewer.status).toBe(403);
    const published = await api.request<{ items: number; assignments: number }>('POST', `/speeches/${speech.id}/publish`, { token: supervisor, body: {} });
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ items: tasks.length, assignments: expected });

    const assignments = await api.request<Array<{ itemId: string; organizationId: string; role: string; state: string; dueDate: string | null }>>(
      'GET',
      `/assignments${listQuery({ filter: { speechId: speech.id }, range: [0, 199] })}`,
      { token: supervisor },
    );
    expect(assignments.body).toHaveLength(expected);
    const wheat = tasks.find((i) => i.text.includes('冬小麦')) as Item;
    expect(assignments.body.filter((a) => a.itemId === wheat.id).map((a) => [a.organizationId, a.role, a.state, a.dueDate])).toEqual(
      expect.arrayContaining([
        [orgId('县农业农村局'), 'lead', 'assigned', '2026-12-20'],
        [orgId('县财政局'), 'support', 'assigned', '2026-12-20'],
      ]),
    );
    const after = await items();
    expect(after.every((i) => i.status === 'published')).toBe(true);
    expect((await api.request('PUT', `/items/${wheat.id}`, { token: supervisor, body: { ...after.find((i) => i.id === wheat.id) } })).status).toBe(409);
    expect((await api.request('POST', `/speeches/${speech.id}/publish`, { token: supervisor })).status).toBe(409);
    const reExtract = await api.request<{ code: string; params: Record<string, unknown> }>('POST', `/speeches/${speech.id}/extract`, { token: supervisor });
    expect(reExtract.status).toBe(409);
    expect(reExtract.body).toMatchObject({ code: 'record.speech_published', params: { title: '冬季工作讲话' } });

    // The organization now sees the speech and its item.
    const tuanwei = await api.login('tuanwei');
    const visible = await api.request<Speech[]>('GET', '/speeches', { token: tuanwei });
    expect(visible.body.map((s) => s.id)).toContain(speech.id);
  });

  it('refuses to publish items that name no organization', async () => {
    const lonely = (await api.request<Speech>('POST', '/speeches', { token: supervisor, body: { title: '空白', text: '同志们：\n一、抓好落实\n要把各项工作做实做细。' } })).body;
    await api.request('POST', '/items', { token: supervisor, body: { title: '无人负责', text: '无', kind: 'directive', speechId: lonely.id, organizations: [] } });
    const reply = await api.request<{ message: string }>('POST', `/speeches/${lonely.id}/publish`, { token: supervisor, body: {} });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ code: 'item.publish_without_organization', message: '有 1 个事项未指定责任单位（「无人负责」）；请指定单位或删除后再发布。' });
  });
});

describe('items by hand', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('creates a leader’s written instruction and assigns it at once; progress rolls up', async () => {
    const supervisor = await api.login('duban');
    const orgs = await api.request<Array<{ id: string; name: string }>>('GET', `/organizations${listQuery({ filter: { q: '县' }, range: [0, 99] })}`, { token: supervisor });
    const fulian = orgs.body.find((o) => o.name === '县妇联')?.id as string;
    const gonghui = orgs.body.find((o) => o.name === '县总工会')?.id as string;
    const reply = await api.request<Item>('POST', '/items', {
      token: supervisor,
      body: {
        title: '关于做好春节前走访慰问的批示',
        text: '请县总工会牵头、县妇联配合，1月20日前完成走访慰问。',
        kind: 'directive',
        dueDate: '2027-01-20',
        organizations: [
          { organizationId: fulian, role: 'support' },
          { organizationId: gonghui, role: 'lead' },
        ],
        publish: true,
      },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ status: 'published', speechId: null, progress: 0 });
    const assignments = await api.request<Array<{ organizationId: string; role: string; dueDate: string }>>(
      'GET',
      `/assignments${listQuery({ filter: { itemId: reply.body.id } })}`,
      { token: supervisor },
    );
    expect(assignments.body.map((a) => [a.organizationId, a.role, a.dueDate]).sort()).toEqual(
      [
        [gonghui, 'lead', '2027-01-20'],
        [fulian, 'support', '2027-01-20'],
      ].sort(),
    );
    expect((await api.request('POST', '/items', { token: await api.login('nongye'), body: { title: 'x', text: '', kind: 'directive', organizations: [] } })).status).toBe(403);
  });

  it('shows a section’s progress as the mean of its items’', async () => {
    const supervisor = await api.login('duban');
    const sections = await api.request<Item[]>('GET', `/items${listQuery({ filter: { kind: 'section', status: 'published' }, range: [0, 99] })}`, { token: supervisor });
    const withWork = sections.body.filter((s) => s.progress !== null);
    expect(withWork.length).toBeGreaterThan(0);
    for (const section of withWork) {
      const children = await api.request<Item[]>('GET', `/items${listQuery({ filter: { parentId: section.id }, range: [0, 99] })}`, { token: supervisor });
      const values = children.body.map((c) => c.progress).filter((p): p is number => p !== null);
      expect(section.progress).toBe(Math.round(values.reduce((a, b) => a + b, 0) / values.length));
    }
  });
});
