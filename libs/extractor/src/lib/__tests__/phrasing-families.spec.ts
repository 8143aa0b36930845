import { describe, expect, it } from 'vitest';
import { COUNTY_REGISTRY } from '../../__fixtures__/county-registries.fixture';
import { extract } from '../extract';
import type { ExtractedItem } from '../types/extraction.type';

/** One-point speeches, one per phrasing: the point's items, sections left out. */
function tasks(body: string): ExtractedItem[] {
  const text = `在全县工作会议上的讲话\n（2026年4月8日）\n一、抓好重点工作\n${body}`;
  return extract({ text, registry: COUNTY_REGISTRY }).items.filter((i) => i.kind !== 'section');
}

function only(body: string): ExtractedItem {
  const found = tasks(body);
  expect(found, body).toHaveLength(1);
  return found[0] as ExtractedItem;
}

describe('leads and supports', () => {
  it.each([
    ['（一）县财政局牵头，县商务局配合，做好资金保障。', '财政局', ['财政局', '商务局']],
    ['（一）县财政局牵头、县商务局配合，做好资金保障。', '财政局', ['财政局', '商务局']],
    ['（一）由县财政局牵头，县商务局、县科协协助，做好资金保障。', '财政局', ['财政局', '商务局', '科协']],
    ['（一）由县财政局负责，县商务局配合，做好资金保障。', '财政局', ['财政局', '商务局']],
    ['（一）县财政局负责，县商务局、县妇联配合，做好资金保障。', '财政局', ['财政局', '商务局', '妇联']],
    ['（一）县财政局要会同县商务局做好资金保障。', '财政局', ['财政局', '商务局']],
    ['（一）县财政局要联合县妇联开展帮扶。', '财政局', ['财政局', '妇联']],
    ['（一）县财政局要做好资金保障，县商务局参与。', null, ['财政局', '商务局']],
    ['（一）县财政局、县商务局要做好资金保障。', null, ['财政局', '商务局']],
    ['（一）县财政局要做好资金保障。', null, ['财政局']],
  ])('%s', (body, lead, orgs) => {
    const item = only(body);
    expect(item.lead).toBe(lead);
    expect(item.orgs).toEqual(orgs);
  });

  it.each([
    // an unknown body (县侨联, 县工商联) never hides the known ones around it
    ['（一）县财政局牵头，县侨联、县商务局配合，做好资金保障。', ['财政局', '商务局']],
    ['（一）县财政局牵头，县商务局、县侨联配合，做好资金保障。', ['财政局', '商务局']],
    ['（一）县财政局牵头，县侨联、县工商联、县商务局协助，做好资金保障。', ['财政局', '商务局']],
    ['（一）县财政局、县侨联、县商务局要做好资金保障。', ['财政局', '商务局']],
  ])('%s', (body, orgs) => {
    expect(only(body).orgs).toEqual(orgs);
  });
});

describe('several actors in one sentence', () => {
  it.each([
    ['（一）县财政局要保障资金，县商务局要搭建平台。', [['财政局'], ['商务局']]],
    ['（一）县财政局要保障资金，县商务局要搭建平台，县妇联要组织培训。', [['财政局'], ['商务局'], ['妇联']]],
    ['县财政局要保障资金，县商务局要搭建平台。', [['财政局'], ['商务局']]],
    ['县财政局、县商务局要保障资金，县妇联要组织培训。', [['财政局', '商务局'], ['妇联']]],
  ])('%s', (body, want) => {
    expect(tasks(body).map((i) => i.orgs)).toEqual(want);
  });

  it.each(['县财政局、县商务局、县妇联要共同搭建平台。', '县财政局、县商务局和县妇联要共同搭建平台。', '（一）县财政局、县商务局、县妇联要共同搭建平台。'])('%s stays one item', (body) => {
    expect(only(body).orgs).toEqual(['财政局', '商务局', '妇联']);
  });
});

describe('posts stand for their bodies', () => {
  it.each([
    ['县财政局局长要亲自抓资金保障。', ['财政局']],
    ['县财政局主要负责同志要亲自过问。', ['财政局']],
    ['县商务局负责人要靠前指挥。', ['商务局']],
    ['乡镇党委书记要当好第一责任人。', ['乡镇']],
  ])('%s', (body, orgs) => {
    expect(only(body).orgs).toEqual(orgs);
  });
});

describe('task titles', () => {
  it.each([
    ['1.一要维护职工合法权益。县总工会要做好维权工作。', '维护职工合法权益'],
    ['（一）县总工会要牵头建立职工诉求快速响应机制，年底前完成。', '建立职工诉求快速响应机制'],
    ['（一）制度建设。县司法局要制定出台《职工维权实施办法》，年底前印发。', '制定出台《职工维权实施办法》'],
    ['（一）技能提升。县人社局牵头，年内完成职工技能培训。', '完成职工技能培训'],
    ['（一）加强阵地建设。县总工会要建好职工之家。', '加强阵地建设'],
  ])('%s → %s', (body, title) => {
    const titles = tasks(body).map((i) => i.title);
    expect(titles).toContain(title);
  });
});

describe('rhetoric is left out', () => {
  it.each([
    '但也要清醒看到，工作中还存在不少短板。',
    '我们要充分认识到这项工作的重要意义。',
    '各级各部门要把抓落实作为检验工作作风的标尺。',
    '希望大家以更加饱满的热情投入工作。',
    '同志们，要只争朝夕、真抓实干。',
  ])('%s', (body) => {
    expect(tasks(body)).toEqual([]);
  });

  it('keeps a task that merely sits next to rhetoric', () => {
    const found = tasks('要清醒看到差距。县财政局要在6月底前拨付资金。');
    expect(found.map((i) => i.orgs)).toEqual([['财政局']]);
    expect(found[0]?.due).toBe('2026-06-30');
  });
});

describe('audience openings', () => {
  const audienceOf = (opening: string): string[] => extract({ text: `同志们：\n${opening}\n一、抓好重点工作\n各单位要抓好落实。`, registry: COUNTY_REGISTRY }).audience;
  it.each([
    ['刚才，听了县财政局、县商务局、县妇联的汇报，很受启发。'],
    ['刚才听取了县财政局、县商务局、县妇联等部门的工作情况汇报。'],
    ['刚才，县财政局、县商务局、县妇联的负责同志作了发言。'],
    ['刚才，县财政局、县商务局、县妇联的负责同志汇报了情况。'],
    ['参加今天会议的有县财政局、县商务局、县妇联的负责同志。'],
    ['出席今天会议的是县财政局、县商务局、县妇联的同志。'],
  ])('%s', (opening) => {
    expect(audienceOf(opening)).toEqual(['财政局', '商务局', '妇联']);
  });
});

describe('Traditional characters', () => {
  it.each([
    ['（一）縣財政局要會同縣商務局做好資金保障。', ['财政局', '商务局'], '财政局'],
    ['（一）縣總工會牽頭、縣婦聯配合，做好職工幫扶。', ['总工会', '妇联'], '总工会'],
    ['（一）由縣人社局負責，縣科協協助，開展技能培訓。', ['人力资源社会保障局', '科协'], '人力资源社会保障局'],
  ])('%s', (body, orgs, lead) => {
    const text = `在全縣工作會議上的講話\n（2026年4月8日）\n一、抓好重點工作\n${body}`;
    const item = extract({ text, registry: COUNTY_REGISTRY }).items.find((i) => i.kind === 'directive') as ExtractedItem;
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBe(lead);
    // the span and the text are the uploaded characters, not their simplified forms
    expect(text.slice(item.start, item.end)).toBe(body);
    expect(item.text).toBe(body);
  });
});
