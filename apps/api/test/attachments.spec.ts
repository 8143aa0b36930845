import { buildDocx } from '@luoshi/testing';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AssignmentFixture, createAssignment, removeFixtures, userId } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

interface AttachmentView {
  id: string;
  assignmentId: string;
  reportId: string | null;
  name: string;
  size: number;
  type: string;
}
interface ErrorBody {
  statusCode: number;
  message: string;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const DOCX = Buffer.from(await buildDocx(['实施方案正文']));
const MB = 1024 * 1024;

function form(fields: Array<[string, string | { content: Buffer; name: string; type?: string }]>): FormData {
  const data = new FormData();
  for (const [key, value] of fields) {
    if (typeof value === 'string') data.append(key, value);
    else data.append(key, new Blob([value.content], { type: value.type ?? 'application/octet-stream' }), value.name);
  }
  return data;
}

describe('attachments', () => {
  let api: TestApi;
  let storageDir: string;
  let org: string;
  let own: AssignmentFixture;

  beforeAll(async () => {
    storageDir = await mkdtemp(join(tmpdir(), 'luoshi-files-'));
    api = await startTestApi({ STORAGE_DIR: storageDir });
    org = await api.login('gonghui');
    own = await createAssignment(api, { organization: '县总工会', state: 'signed' });
  });
  afterAll(async () => {
    await removeFixtures(api);
    await api.close();
    await rm(storageDir, { recursive: true, force: true });
  });

  const upload = (data: FormData, token = org) => api.request<AttachmentView & ErrorBody>('POST', '/attachments', { token, form: data });
  const incomingIsEmpty = async () => expect(await readdir(join(storageDir, '.incoming'))).toEqual([]);

  it('uploads (streamed to STORAGE_DIR), lists and downloads with the UTF-8 file name', async () => {
    const reply = await upload(form([['assignmentId', own.id], ['file', { content: PDF, name: '进展材料（第一批）.pdf', type: 'application/pdf' }]]));
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ name: '进展材料（第一批）.pdf', size: PDF.length, type: 'application/pdf', assignmentId: own.id, reportId: null });
    expect(await readdir(join(storageDir, own.id))).toEqual([reply.body.id]);
    await incomingIsEmpty();

    const list = await api.request<AttachmentView[]>('GET', `/attachments${listQuery({ filter: { assignmentId: own.id } })}`, { token: org });
    expect(list.body.map((a) => a.id)).toContain(reply.body.id);
    expect(list.headers.get('content-range')).toMatch(/^attachments 0-/);

    const res = await fetch(`${api.url}/api/attachments/${reply.body.id}`, { headers: { authorization: `Bearer ${org}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const disposition = res.headers.get('content-disposition') ?? '';
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('进展材料（第一批）.pdf')}`);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);

    // Supervisors and viewers may read it; another organization may not.
    expect((await api.request('GET', `/attachments/${reply.body.id}`, { token: await api.login('mishu') })).status).toBe(200);
    const hidden = await api.request<{ code: string; message: string }>('GET', `/attachments/${reply.body.id}`, { token: await api.login('tuanwei') });
    expect(hidden.status).toBe(404);
    expect(hidden.body).toMatchObject({ code: 'record.not_found', message: '找不到该附件。' });
    const foreignList = await api.request<AttachmentView[]>('GET', `/attachments${listQuery({ filter: { assignmentId: own.id } })}`, { token: await api.login('tuanwei') });
    expect(foreignList.body).toEqual([]);

    const audit = await api.request<Array<{ action: string }>>('GET', `/audit-events${listQuery({ filter: { entityType: 'attachment', entityId: reply.body.id } })}`, { token: await api.login('duban') });
    expect(audit.body.map((e) => e.action)).toEqual(['attachment.upload']);
  });

  it('links uploaded files to a progress report', async () => {
    const png = await upload(form([['assignmentId', own.id], ['file', { content: PNG, name: 'photo.PNG' }]]));
    const docx = await upload(form([['file', { content: DOCX, name: '方案.docx' }], ['assignmentId', own.id]]));
    expect([png.status, docx.status]).toEqual([201, 201]);
    expect(png.body.type).toBe('image/png');
    const report = await api.request<{ id: string; attachments: AttachmentView[] }>('POST', `/assignments/${own.id}/report`, {
      token: org,
      body: { done: '附上照片和方案', percent: 20, attachments: [png.body.id, docx.body.id] },
    });
    expect(report.status).toBe(201);
    expect(report.body.attachments.map((a) => a.id).sort()).toEqual([png.body.id, docx.body.id].sort());
    const shown = await api.request<{ attachments: AttachmentView[] }>('GET', `/reports/${report.body.id}`, { token: org });
    expect(shown.body.attachments).toHaveLength(2);
    const byReport = await api.request<AttachmentView[]>('GET', `/attachments${listQuery({ filter: { reportId: report.body.id } })}`, { token: org });
    expect(byReport.body).toHaveLength(2);
    // A file belongs to one report only, and only to its own assignment's.
    const reused = await api.request<ErrorBody>('POST', `/assignments/${own.id}/report`, { token: org, body: { done: 'again', percent: 30, attachments: [png.body.id] } });
    expect(reused.status).toBe(400);
    const other = await createAssignment(api, { organization: '县总工会', state: 'signed' });
    const stray = await upload(form([['assignmentId', other.id], ['file', { content: PDF, name: 'x.pdf' }]]));
    const wrong = await api.request<ErrorBody>('POST', `/assignments/${own.id}/report`, { token: org, body: { done: 'x', percent: 30, attachments: [stray.body.id] } });
    expect(wrong.status).toBe(400);
  });

  it('lets the handler (经办人) from a sub-organization read the files of the assignment handed to it', async () => {
    // 县农技推广中心 (nongji) is below 县农业农村局: it does not see the parent's assignments, except
    // the one handed to its user, and then its files with it.
    const parent = await createAssignment(api, { organization: '县农业农村局', state: 'signed' });
    const nongye = await api.login('nongye');
    const nongji = await api.login('nongji');
    const file = await upload(form([['assignmentId', parent.id], ['file', { content: PDF, name: '检查方案.pdf', type: 'application/pdf' }]]), nongye);
    expect(file.status).toBe(201);
    const handOver = await api.request('POST', `/assignments/${parent.id}/handler`, { token: nongye, body: { handlerId: await userId(api, 'nongji') } });
    expect(handOver.status).toBe(200);

    const listed = await api.request<AttachmentView[]>('GET', `/attachments${listQuery({ filter: { assignmentId: parent.id } })}`, { token: nongji });
    expect(listed.body.map((a) => a.id)).toEqual([file.body.id]);
    const res = await fetch(`${api.url}/api/attachments/${file.body.id}`, { headers: { authorization: `Bearer ${nongji}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);

    // An unrelated organization still sees nothing, not even that the file exists.
    const tuanwei = await api.login('tuanwei');
    expect((await api.request('GET', `/attachments/${file.body.id}`, { token: tuanwei })).status).toBe(404);
    const foreign = await api.request<AttachmentView[]>('GET', `/attachments${listQuery({ filter: { assignmentId: parent.id } })}`, { token: tuanwei });
    expect(foreign.body).toEqual([]);

    // Taken back from the handler: the sub-organization loses the files with the assignment.
    await api.request('POST', `/assignments/${parent.id}/handler`, { token: nongye, body: { handlerId: null } });
    expect((await api.request('GET', `/attachments/${file.body.id}`, { token: nongji })).status).toBe(404);
  });

  it('refuses a file over 20 MB with 413 and keeps nothing', async () => {
    const big = Buffer.alloc(20 * MB + 1, 0x20);
    const reply = await upload(form([['assignmentId', own.id], ['file', { content: big, name: 'big.txt' }]]));
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ code: 'file.too_large', params: { limit: '20 MB' } });
    await incomingIsEmpty();
    const exact = await upload(form([['assignmentId', own.id], ['file', { content: Buffer.alloc(20 * MB, 0x20), name: 'exact.txt' }]]));
    expect(exact.status).toBe(201);
  });

  it('refuses a type outside the allow-list, or content that does not match its name, with 415', async () => {
    const cases: Array<{ content: Buffer; name: string }> = [
      { content: Buffer.from('MZ\x90\x00binary'), name: 'setup.exe' },
      { content: Buffer.from('just text pretending'), name: 'report.pdf' },
      { content: PDF, name: 'report.docx' },
      { content: Buffer.from([0x00, 0x01, 0x02]), name: 'notes.txt' },
      { content: PDF, name: 'no-extension' },
    ];
    for (const file of cases) {
      const before = form([['assignmentId', own.id], ['file', file]]);
      const refused = await upload(before);
      expect(refused.status, `${file.name} (id first)`).toBe(415);
      expect(['file.unsupported_type', 'file.type_mismatch'], file.name).toContain((refused.body as unknown as { code: string }).code);
      const after = form([['file', file], ['assignmentId', own.id]]);
      expect((await upload(after)).status, `${file.name} (id last)`).toBe(415);
    }
    await incomingIsEmpty();
  });

  it('answers 404 for an assignment the caller may not see, before anything else; 403 for a viewer; 400 for missing fields', async () => {
    const foreign = await createAssignment(api, { organization: '团县委' });
    for (const fields of [
      form([['assignmentId', foreign.id], ['file', { content: PDF, name: 'a.pdf' }]]),
      form([['file', { content: PDF, name: 'a.pdf' }], ['assignmentId', foreign.id]]),
      form([['assignmentId', foreign.id], ['file', { content: Buffer.from('MZ'), name: 'a.exe' }]]),
      form([['assignmentId', foreign.id], ['file', { content: Buffer.alloc(20 * MB + 10), name: 'a.txt' }]]),
      form([['assignmentId', '00000000-0000-4000-8000-000000000000'], ['file', { content: PDF, name: 'a.pdf' }]]),
    ]) {
      expect((await upload(fields)).status).toBe(404);
    }
    expect((await upload(form([['assignmentId', own.id], ['file', { content: PDF, name: 'a.pdf' }]]), await api.login('mishu'))).status).toBe(403);
    const noFile = await upload(form([['assignmentId', own.id]]));
    expect(noFile.status).toBe(400);
    expect(noFile.body.message).toMatch(/file/);
    const noId = await upload(form([['file', { content: PDF, name: 'a.pdf' }]]));
    expect(noId.status).toBe(400);
    expect(noId.body.message).toMatch(/assignmentId/);
    expect((await upload(form([['assignmentId', 'nope'], ['file', { content: PDF, name: 'a.pdf' }]]))).status).toBe(400);
    expect((await api.request('POST', '/attachments', { form: form([['assignmentId', own.id]]) })).status).toBe(401);
    await incomingIsEmpty();
    expect((await api.request('GET', '/attachments/00000000-0000-4000-8000-000000000000', { token: org })).status).toBe(404);
  });
});
