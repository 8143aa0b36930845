import type { Bulletin, BulletinPreview, DashboardSummary, OrganizationRanking } from '@luoshi/common';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, insertLeadersFixture, NOVEMBER, removeLeadersFixture, ROWS, type LeadersFixture } from './support/leaders-fixtures';
import { ExportsService } from '../src/modules/exports/exports.service';
import { userId } from './support/fixtures';
import { listQuery, startTestApi, type TestApi } from './support/test-api';

let api: TestApi;
let fx: LeadersFixture;
let supervisor: string;

beforeAll(async () => {
  api = await startTestApi();
  fx = await insertLeadersFixture(api);
  supervisor = await api.login('duban');
});

afterAll(async () => {
  await removeLeadersFixture(api, fx);
  await api.close();
});

async function download(path: string, token: string): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const res = await fetch(`${api.url}/api${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), body: Buffer.from(await res.arrayBuffer()) };
}

async function workbook(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('督办台账');
  if (!sheet) throw new Error('no 督办台账 sheet');
  return sheet;
}

const text = (sheet: ExcelJS.Worksheet, row: number, col: number) => {
  const v = sheet.getRow(row).getCell(col).value;
  return v === null || v === undefined ? '' : String(v);
};

describe('the 督办台账 (.xlsx)', () => {
  it('lists exactly the list’s rows, grouped by speech and section, cell by cell', async () => {
    const filter = { speechId: fx.speechId };
    const list = await api.request<Array<{ id: string }>>('GET', `/assignments${listQuery({ filter, range: [0, 999] })}`, { token: supervisor });
    const file = await download(`/exports/assignments${listQuery({ filter })}`, supervisor);
    expect(file.status).toBe(200);
    expect(file.type).toContain('spreadsheetml');
    expect(decodeURIComponent(file.disposition ?? '')).toContain('督办台账-2026-11-20.xlsx');
    const sheet = await workbook(file.body);
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '讲话', '事项', '牵头单位', '配合单位', '完成时限', '状态', '进度', '最近进展', '存在问题', '亮灯', '超期天数']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(3).width).toBe(36);
    // Data rows have a serial number; section rows do not.
    const rows: number[] = [];
    const sections: Array<[number, string]> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      if (text(sheet, r, 1)) rows.push(r);
      else sections.push([r, text(sheet, r, 3)]);
    }
    expect(rows.length).toBe(list.body.length);
    expect(rows.map((r) => Number(text(sheet, r, 1)))).toEqual(rows.map((_, i) => i + 1));
    expect(sections.map(([, t]) => t)).toEqual(['一、产业发展', '二、民生保障']);
    // Every row of section 一 comes before the heading of 二.
    const secondHeading = sections[1]![0];
    const s1Titles = rows.filter((r) => r < secondHeading).map((r) => text(sheet, r, 3));
    expect([...new Set(s1Titles)].sort()).toEqual(['事项A1', '事项A11', '事项A12', '事项A3', '事项A4']);
    // One speech: its 讲话 cells merged from the first row to the last; each section heading across C..L.
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    expect(merges).toContain(`B2:B${sheet.rowCount}`);
    for (const [r] of sections) expect(merges).toContain(`C${r}:L${r}`);
    const byTitle = (title: string, org: string) => rows.find((r) => text(sheet, r, 3) === title && (text(sheet, r, 4) === org || text(sheet, r, 5) === org));
    const a1 = rows.find((r) => text(sheet, r, 3) === '事项A1' && text(sheet, r, 7) === '办理中')!;
    expect([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((c) => text(sheet, a1, c))).toEqual([
      '看板测试讲话', '事项A1', '看板测试局', '看板测试中心', '2026年11月10日', '办理中', '40%', '已完成方案起草', '资金未到位', '红灯', '10',
    ]);
    expect((sheet.getRow(a1).getCell(11).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFF4D4F');
    // The supporter's row (the same item) names it as 配合 beside the lead; completed on time: no light, no days.
    const a13 = rows.find((r) => text(sheet, r, 3) === '事项A1' && r !== a1)!;
    expect([4, 5, 7, 8, 11, 12].map((c) => text(sheet, a13, c))).toEqual(['看板测试局', '看板测试中心', '已办结', '100%', '', '']);
    // A8's newest report, not its first; A7 due soon: yellow.
    const a8 = byTitle('事项A8', '看板测试局')!;
    expect([9, 10, 11].map((c) => text(sheet, a8, c))).toEqual(['十一月进展', '人手紧张', '绿灯']);
    const a7 = byTitle('事项A7', '看板测试中心')!;
    expect((sheet.getRow(a7).getCell(11).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFD666');
    // Cancelled rows keep their state label.
    expect(text(sheet, byTitle('事项A5', '看板测试局')!, 7)).toBe('已撤销');
  });

  it('takes the list’s drill-down filters, and an org user exports only its own', async () => {
    const overdue = await download(`/exports/assignments${listQuery({ filter: { speechId: fx.speechId, countedFrom: NOVEMBER.from, countedTo: NOVEMBER.to, overdue: true } })}`, supervisor);
    const sheet = await workbook(overdue.body);
    const titles = [];
    for (let r = 2; r <= sheet.rowCount; r++) if (text(sheet, r, 1)) titles.push(text(sheet, r, 3));
    expect(titles.sort()).toEqual(expected(NOVEMBER).overdue.map((k) => `事项${k}`).sort());
    const own = await download(`/exports/assignments${listQuery({ filter: { speechId: fx.speechId } })}`, await api.login('gonghui'));
    const ownSheet = await workbook(own.body);
    const orgs = new Set<string>();
    let count = 0;
    for (let r = 2; r <= ownSheet.rowCount; r++) {
      if (!text(ownSheet, r, 1)) continue;
      count++;
      orgs.add(text(ownSheet, r, 4));
    }
    expect(orgs.has('看板其他局')).toBe(false);
    expect(count).toBe(ROWS.filter((r) => r.org !== 'O').length);
  });

  it('refuses a bad filter with the list’s coded error, before any file', async () => {
    const reply = await api.request<{ code: string }>('GET', `/exports/assignments${listQuery({ filter: { nope: 1 } })}`, { token: supervisor });
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('list.filter_unknown');
  });
});

describe('export slots: a few ledgers at a time, one per person (each holds a database connection while it streams)', () => {
  it('refuses a second ledger of the same person, and any when every slot is taken, with 429 export.busy; a finished one frees its slot', async () => {
    const exports = api.app.get(ExportsService);
    const duban = await userId(api, 'duban');
    const path = `/exports/assignments${listQuery({ filter: { speechId: fx.speechId } })}`;
    // A pool of 10 connections: 2 slots.
    const own = exports.takeSlot(duban);
    const second = await api.request<{ code: string; params: { max: number }; message: string }>('GET', path, { token: supervisor });
    expect(second.status).toBe(429);
    expect(second.body).toMatchObject({ code: 'export.busy', params: { max: 2 } });
    expect(second.body.message).toContain('请等当前导出完成后再试');
    // Another person still gets the second slot…
    expect((await download(path, await api.login('gonghui'))).status).toBe(200);
    const other = exports.takeSlot('00000000-0000-4000-8000-0000000000aa');
    // …and nobody a third.
    const third = await api.request<{ code: string }>('GET', path, { token: await api.login('gonghui') });
    expect([third.status, third.body.code]).toEqual([429, 'export.busy']);
    own();
    other();
    expect((await download(path, supervisor)).status).toBe(200);
    expect((await download(path, supervisor)).status).toBe(200);
  });
});

describe('the 督查通报 (.docx and its JSON)', () => {
  let bulletin: Bulletin;

  it('is issued with the next number of the year, and keeps it', async () => {
    const issued = await api.request<Bulletin>('POST', '/bulletins', { token: supervisor, body: { period: 'month', date: '2026-11-05' } });
    expect(issued.status).toBe(201);
    bulletin = issued.body;
    expect(bulletin.numberLine).toBe(`督查通报〔2026〕第${bulletin.number}期`);
    expect(bulletin.title).toBe('关于2026年11月督办事项落实情况的通报');
    const again = await api.request<Bulletin>('POST', '/bulletins', { token: supervisor, body: { from: '2026-11-01', to: '2026-12-01' } });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(bulletin.id);
    expect(again.body.number).toBe(bulletin.number);
    const october = await api.request<Bulletin>('POST', '/bulletins', { token: supervisor, body: { period: 'month', date: '2026-10-01' } });
    expect(october.status).toBe(201);
    expect(october.body.number).toBe(bulletin.number + 1);
    const shown = await api.request<Bulletin>('GET', `/bulletins/${bulletin.id}`, { token: await api.login('mishu') });
    expect(shown.body.content).toEqual(bulletin.content);
    const preview = await api.request<BulletinPreview>('GET', '/bulletins/preview?period=month&date=2026-11-05', { token: supervisor });
    expect(preview.body.content.summary).toEqual(bulletin.content.summary);
    for (const [token, status] of [[await api.login('gonghui'), 403], [await api.login('mishu'), 403]] as const) {
      expect((await api.request('POST', '/bulletins', { token, body: { period: 'month' } })).status).toBe(status);
    }
    expect((await api.request('GET', `/bulletins/${bulletin.id}`, { token: await api.login('gonghui') })).status).toBe(403);
    expect((await api.request<{ code: string }>('POST', '/bulletins', { token: supervisor, body: { from: '2026-11-01' } })).body.code).toBe('dashboard.period_invalid');
  });

  it('says in sentences what the period’s figures are, ranks and lists the overdue items', async () => {
    const s = (await api.request<DashboardSummary>('GET', '/dashboard/summary?period=month&date=2026-11-05', { token: supervisor })).body;
    const pct = (v: number | null) => (v === null ? '—' : `${Number((v * 100).toFixed(1))}%`);
    expect(bulletin.content.summary[0]).toBe(
      `本期（2026年11月1日至2026年11月30日）共交办事项${s.total.value}项，已办结${s.completed.value}项，办结率${pct(s.completionRate.value)}；应办结${s.due.value}项，按期办结${s.completedOnTime.value}项，按期办结率${pct(s.onTimeRate.value)}。`,
    );
    expect(bulletin.content.summary[1]).toBe(
      `截至2026年11月20日，超期事项${s.overdue.value}项，即将到期${s.dueSoon.value}项，未按期报送进展${s.reportMissed.value}项，报送及时率${pct(s.reportTimeliness.value)}。`,
    );
    // 5 working days after Friday 2026-11-20: 2026-11-27.
    expect(bulletin.content.summary[3]).toMatch(/存在超期事项，请抓紧办理，并于2026年11月27日前报送整改情况。$/);
    const ranking = (await api.request<OrganizationRanking>('GET', '/dashboard/ranking?period=month&date=2026-11-05', { token: supervisor })).body;
    expect(bulletin.content.ranking.map((r) => [r.name, r.score])).toEqual(ranking.rows.map((r) => [r.name, r.score.value]));
    const e = expected(NOVEMBER);
    const ours = bulletin.content.overdue.filter((o) => o.itemTitle.startsWith('事项A'));
    expect(ours.map((o) => [o.itemTitle, o.organizationName, o.daysOverdue])).toEqual([
      ['事项A12', '看板其他局', 50],
      ['事项A1', '看板测试局', 10],
    ]);
    expect(ours.length).toBe(e.overdue.length);
    // 看板测试中心: two completed on time, nothing overdue or late; 看板测试局 has A1 overdue.
    expect(bulletin.content.commended.map((c) => c.name)).toContain('看板测试中心');
    expect(bulletin.content.commended.map((c) => c.name)).not.toContain('看板测试局');
  });

  it('is a Word document in 仿宋 and 黑体 on A4, saying the same', async () => {
    const file = await download(`/exports/bulletins/${bulletin.id}`, await api.login('mishu'));
    expect(file.status).toBe(200);
    expect(file.type).toContain('wordprocessingml');
    const { value } = await mammoth.extractRawText({ buffer: file.body });
    const lines = value.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines[0]).toBe(bulletin.numberLine);
    expect(lines[1]).toBe(bulletin.title);
    for (const sentence of bulletin.content.summary) expect(lines).toContain(sentence);
    for (const heading of ['一、总体情况', '二、各单位落实情况排名', '三、超期事项', '四、表扬单位']) expect(lines).toContain(heading);
    const a12 = lines.indexOf('事项A12');
    expect(lines.slice(a12, a12 + 4)).toEqual(['事项A12', '看板其他局（牵头）', '2026年10月1日', '50']);
    expect(lines).toContain('县委督查室');
    const xml = await (await JSZip.loadAsync(file.body)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect((await download(`/exports/bulletins/${bulletin.id}`, await api.login('gonghui'))).status).toBe(403);
  });
});
