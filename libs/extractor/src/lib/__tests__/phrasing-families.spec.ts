import { describe, expect, it } from 'vitest';
import { COUNTY_REGISTRY } from '../../__fixtures__/county-registries.fixture';
import { extract } from '../extract';
import type { ExtractedItem, RegistryOrg } from '../types/extraction.type';

/** One-point speeches, one per phrasing: the point's items, sections left out. */
function tasks(body: string, registry: readonly RegistryOrg[] = COUNTY_REGISTRY): ExtractedItem[] {
  const text = `在全县工作会议上的讲话\n（2026年4月8日）\n一、抓好重点工作\n${body}`;
  return extract({ text, registry }).items.filter((i) => i.kind !== 'section');
}

function only(body: string, registry?: readonly RegistryOrg[]): ExtractedItem {
  const found = tasks(body, registry);
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

  it.each([
    // a body the registry does not know joined by 和/与/及/以及 (a collective it has no entry for, or an
    // unknown name) opens the list, and the known body after it still acts; the title leaves both out
    ['（一）各村和县商务局要做好供暖保障。', ['商务局'], '做好供暖保障'],
    ['（一）各街道与县财政局要抓好环境整治，年底前完成。', ['财政局'], '抓好环境整治'],
    ['（一）县侨联及县妇联要做好联络工作。', ['妇联'], '做好联络工作'],
    ['（一）各社区以及县妇联要开展走访慰问。', ['妇联'], '开展走访慰问'],
    ['（一）各社区、各村和县商务局要做好供暖保障。', ['商务局'], '做好供暖保障'],
    // a known body before the unknown one stays in the list
    ['（一）县财政局、各村和县商务局要做好供暖保障。', ['财政局', '商务局'], '做好供暖保障'],
    ['（一）各乡镇、各村和县商务局要做好供暖保障。', ['乡镇', '商务局'], '做好供暖保障'],
    ['（一）各村和县商务局负责做好供暖保障。', ['商务局'], '做好供暖保障'],
  ])('%s', (body, orgs, title) => {
    const item = only(body);
    expect(item.orgs).toEqual(orgs);
    expect(item.title).toBe(title);
  });

  it.each([
    // 和 inside the task, not a list of bodies: the known body named in it is no actor
    ['（一）要推进城乡融合和县商务局的沟通协作。', [], '推进城乡融合和县商务局的沟通协作'],
    ['（一）县财政局要加强协调和县商务局的对接。', ['财政局'], '加强协调和县商务局的对接'],
  ])('%s', (body, orgs, title) => {
    const item = only(body);
    expect(item.orgs).toEqual(orgs);
    expect(item.title).toBe(title);
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
    // attitudes urged on the listeners, with nothing to do beside them
    '大家一定要有紧迫感。',
    '同志们要增强责任感和使命感。',
    '各单位必须牢固树立危机意识。',
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

/**
 * The point's items as lines, indented by depth below the speech's top section (or from the
 * top, for a speech without that heading): kind, the section's title or the directive's
 * organizations and lead.
 */
function outline(body: string, heading = '一、抓好重点工作\n'): string[] {
  const text = `在全县工作会议上的讲话\n（2026年4月8日）\n${heading}${body}`;
  const items = extract({ text, registry: COUNTY_REGISTRY }).items;
  const depth = new Map<string, number>();
  const lines: string[] = [];
  const top = heading ? -1 : 0;
  for (const i of items) {
    const d = i.parentId === null ? top : (depth.get(i.parentId) ?? top) + 1;
    depth.set(i.id, d);
    if (d < 0) continue;
    const what = i.kind === 'section' ? i.title : `${i.orgs.join('、') || '—'}${i.lead ? ` 牵头 ${i.lead}` : ''}`;
    lines.push(`${'  '.repeat(d)}${i.kind} ${what}`);
  }
  return lines;
}

describe('series members worded with 牵头/配合/会同: one directive per member, the heading their section', () => {
  it.each([
    [
      '2.抓好春耕生产。一是县农业农村局牵头，县财政局配合，落实种粮补贴；二是由县自然资源局牵头，乡镇配合，开展耕地撂荒整治。',
      ['section 抓好春耕生产', '  directive 农业农村局、财政局 牵头 农业农村局', '  directive 自然资源局、乡镇 牵头 自然资源局'],
    ],
    [
      '（三）办好民生实事。一是县商务局牵头、县市场监管局配合，建设便民市场；二是由县司法局负责，县妇联协助，开展法律援助进社区；三是县文旅局负责，县科协配合，改造乡村文化礼堂。',
      ['section 办好民生实事', '  directive 商务局、市场监管局 牵头 商务局', '  directive 司法局、妇联 牵头 司法局', '  directive 文化旅游局、科协 牵头 文化旅游局'],
    ],
    [
      '3.壮大文旅产业\n第一，县文旅局牵头，县茶业中心配合，打造茶旅精品线路；第二，由县总工会牵头，团县委、县科协协助，举办职工疗休养活动。',
      ['section 壮大文旅产业', '  directive 文化旅游局、茶产业发展中心 牵头 文化旅游局', '  directive 总工会、团委、科协 牵头 总工会'],
    ],
    [
      '1.促进消费增长。一要由县财政局牵头，县商务局配合，设立消费帮扶专项资金；二要县人社局牵头，县总工会配合，组织春风行动招聘会。',
      ['section 促进消费增长', '  directive 财政局、商务局 牵头 财政局', '  directive 人力资源社会保障局、总工会 牵头 人力资源社会保障局'],
    ],
    [
      '（二）守护绿水青山。其一，县自然资源局牵头，乡镇配合，完成矿山生态修复；其二是由县农业农村局负责，县市场监管局配合，整治农资经营乱象。',
      ['section 守护绿水青山', '  directive 自然资源局、乡镇 牵头 自然资源局', '  directive 农业农村局、市场监管局 牵头 农业农村局'],
    ],
    [
      '2.做优营商服务。第一是县市场监管局牵头，县商务局配合，压缩企业开办时间；第二是县司法局会同县总工会开展劳动争议调解。',
      ['section 做优营商服务', '  directive 市场监管局、商务局 牵头 市场监管局', '  directive 司法局、总工会 牵头 司法局'],
    ],
  ])('members with lead and support wording are not merged: %s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it.each([
    [
      '1.稳住农业基本盘。首先，县农业农村局要会同县财政局制定补贴方案；其次，县商务局牵头，县市场监管局配合，规范农资市场秩序。',
      ['section 稳住农业基本盘', '  directive 农业农村局、财政局 牵头 农业农村局', '  directive 商务局、市场监管局 牵头 商务局'],
    ],
    [
      '（四）关爱重点群体。首先，县司法局要联合县妇联开展家事调解；其次，由县总工会负责，团县委配合，建设职工书屋；最后，县科协会同县文旅局举办科普展览。',
      ['section 关爱重点群体', '  directive 司法局、妇联 牵头 司法局', '  directive 总工会、团委 牵头 总工会', '  directive 科协、文化旅游局 牵头 科协'],
    ],
    [
      '3.守牢民生底线\n一方面，县人社局要会同县总工会开展欠薪排查；另一方面，县自然资源局牵头、乡镇配合，完成地质灾害隐患点巡查。',
      ['section 守牢民生底线', '  directive 人力资源社会保障局、总工会 牵头 人力资源社会保障局', '  directive 自然资源局、乡镇 牵头 自然资源局'],
    ],
    [
      '2.提升服务效能。首先，县商务局要建立重点企业服务专班；其次，县财政局牵头，县司法局配合，清理拖欠企业账款；再次，由县市场监管局牵头，县科协协助，推行标准化服务。',
      ['section 提升服务效能', '  directive 商务局', '  directive 财政局、司法局 牵头 财政局', '  directive 市场监管局、科协 牵头 市场监管局'],
    ],
  ])('a later member without 要 is kept: %s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it.each([
    [
      '（二）强化安全监管\n一是县市场监管局要开展食品安全抽检；二是县商务局要排查商贸场所隐患。',
      ['section 强化安全监管', '  directive 市场监管局', '  directive 商务局'],
    ],
    [
      '2.加强人才培养。第一，县人社局要建立技能人才库；第二，团县委要实施青年英才计划；第三，县科协要组织科技特派员下乡。',
      ['section 加强人才培养', '  directive 人力资源社会保障局', '  directive 团委', '  directive 科协'],
    ],
    [
      '3.做好困难帮扶。但也要清醒看到，帮扶工作还有短板。其一，县总工会牵头，县财政局配合，发放困难职工慰问金；其二，县妇联要关爱留守儿童。',
      ['section 做好困难帮扶', '  directive 总工会、财政局 牵头 总工会', '  directive 妇联'],
    ],
    [
      '1.优化农村人居环境。一方面，各乡镇要落实门前三包；另一方面，县农业农村局、县财政局要推进改厕奖补。',
      ['section 优化农村人居环境', '  directive 乡镇', '  directive 农业农村局、财政局'],
    ],
  ])('a heading over task members is their section: %s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it.each([
    // the heading names its own actor: it is a task of its own, the members its children
    [
      '（一）县农业农村局要统筹推进高标准农田建设。一是县财政局要保障配套资金；二是县自然资源局要做好用地保障。',
      ['directive 农业农村局', '  directive 财政局', '  directive 自然资源局'],
    ],
    // praise in an enumeration is no task, so the heading is not made a section by it
    ['2.巩固脱贫成果。一是去年取得了显著成效；二是群众满意度明显提升。', ['directive —']],
  ])('a heading stays a directive otherwise: %s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it.each([
    [
      '首先，县农业农村局牵头，县财政局配合，落实耕地地力保护补贴。\n其次，由县人社局负责，县总工会配合，开展返乡创业培训。\n最后，县市场监管局会同县商务局开展价格巡查。',
      [
        'section 县农业农村局牵头，县财政局配合，落实耕地地力保护补贴',
        '  directive 农业农村局、财政局 牵头 农业农村局',
        'section 由县人社局负责，县总工会配合，开展返乡创业培训',
        '  directive 人力资源社会保障局、总工会 牵头 人力资源社会保障局',
        'section 县市场监管局会同县商务局开展价格巡查',
        '  directive 市场监管局、商务局 牵头 市场监管局',
      ],
    ],
    [
      '首先，县文旅局要会同县茶业中心策划采茶节。\n其次，县妇联牵头、团县委配合，组织巾帼志愿服务。',
      ['section 县文旅局要会同县茶业中心策划采茶节', '  directive 文化旅游局、茶产业发展中心 牵头 文化旅游局', 'section 县妇联牵头、团县委配合，组织巾帼志愿服务', '  directive 妇联、团委 牵头 妇联'],
    ],
    [
      '第一，县司法局牵头，县妇联协助，办好法律明白人培训。\n第二，县自然资源局要联合乡镇完成林地确权。',
      ['section 县司法局牵头，县妇联协助，办好法律明白人培训', '  directive 司法局、妇联 牵头 司法局', 'section 县自然资源局要联合乡镇完成林地确权', '  directive 自然资源局、乡镇 牵头 自然资源局'],
    ],
  ])('paragraphs opened by 首先/其次/第一 are sections, and a first sentence that gives a body its work is their task: %s', (body, want) => {
    expect(outline(body, '')).toEqual(want);
  });

  it.each([
    '在县总工会牵头下，全县开展了职工技能竞赛。',
    '县财政局负责的项目进展顺利，群众反映良好。',
    '去年，县文旅局牵头，县商务局配合，举办茶文化节，取得了良好效果。',
    // 牵头/负责 inside a clause that describes a noun (…的 + noun) or past work (…了)
    '县财政局牵头举办的培训班很成功。',
    '县妇联负责组织的巾帼志愿活动受到群众好评。',
    '由县总工会牵头开展的职工技能竞赛，参赛人数创历年新高。',
    '县文旅局牵头承办了全省茶旅推介会。',
    // past work by its time or its evaluation
    '去年，县总工会牵头，县妇联配合，举办职工运动会。',
    '过去一年，县司法局牵头，县妇联配合，开展法律援助进社区。',
    '县文旅局牵头举办茶文化节，效果很好。',
  ])('a role described, not given, is no task: %s', (body) => {
    expect(tasks(body)).toEqual([]);
  });

  it.each([
    ['县商务局牵头，县市场监管局配合，规范农资市场秩序。', ['商务局', '市场监管局'], '商务局'],
    ['由县司法局负责，县妇联协助，开展法律援助进社区。', ['司法局', '妇联'], '司法局'],
    ['县科协会同县文旅局举办科普展览。', ['科协', '文化旅游局'], '科协'],
  ])('a sentence handing work to a body without 要 is a task in free text too: %s', (body, orgs, lead) => {
    const item = only(body);
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBe(lead);
  });
});

describe('an address to the audience in the middle of a speech (同志们， 各位同志， 总之，) leaves the outline open', () => {
  it.each([
    [
      // before the last part
      '一、稳住农业基本盘\n（一）落实种粮补贴\n县农业农村局要在6月底前落实种粮补贴。\n同志们，春耕时节不等人，大家一定要有紧迫感。\n二、守牢安全底线\n（一）排查地质灾害隐患\n县自然资源局要完成隐患点巡查。\n（二）规范农资市场\n县市场监管局要开展农资打假。\n同志们，让我们以更加务实的作风抓好落实！',
      ['section 稳住农业基本盘', '  directive 农业农村局', 'section 守牢安全底线', '  directive 自然资源局', '  directive 市场监管局'],
    ],
    [
      // right under a bare heading: the heading keeps the passage
      '一、办好民生实事\n（一）建设便民市场\n同志们！这件事群众盼了很久。县商务局要在年底前建成便民市场。\n（二）开展法律援助\n县司法局要组织法律援助进社区。',
      ['section 办好民生实事', '  directive 商务局', '  directive 司法局'],
    ],
    [
      // between two points of a part
      '一、做优营商服务\n（一）压缩开办时间\n县市场监管局要压缩企业开办时间。\n各位同志，营商环境就是生产力。\n（二）清理拖欠账款\n县财政局牵头，县司法局配合，清理拖欠企业账款。\n二、加强人才培养\n团县委要实施青年英才计划。',
      ['section 做优营商服务', '  directive 市场监管局', '  directive 财政局、司法局 牵头 财政局', 'section 加强人才培养', '  directive 团委'],
    ],
    [
      // a summing-up inside a part, and an address opening the next part
      '第一部分、壮大文旅产业\n1.打造精品线路\n县文旅局要会同县茶业中心打造茶旅精品线路。\n总之，文旅融合大有可为。\n2.办好节会活动\n县总工会要举办职工疗休养活动。\n第二部分、关爱重点群体\n同志们，这一部分我讲两点意见。\n1.开展家事调解\n县妇联要开展家事调解。\n2.关爱留守儿童\n团县委要组织青年志愿者结对帮扶。',
      ['section 壮大文旅产业', '  directive 文化旅游局、茶产业发展中心 牵头 文化旅游局', '  directive 总工会', 'section 关爱重点群体', '  directive 妇联', '  directive 团委'],
    ],
    [
      // a closing passage right after a bare last heading is that heading's passage
      '一、抓好春耕生产\n（一）落实补贴\n县农业农村局要落实种粮补贴。\n二、强化督查问效\n（一）开展专项督查\n同志们，县司法局要牵头开展专项督查，9月底前完成。',
      ['section 抓好春耕生产', '  directive 农业农村局', 'section 强化督查问效', '  directive 司法局 牵头 司法局'],
    ],
    [
      // two addresses under the last bare heading: an address gives a heading no passage, so neither closes it
      '一、抓好春耕生产\n县农业农村局要落实种粮补贴。\n二、守护绿水青山\n（一）整治农资市场\n同志们！时间不等人。\n各位同志，这件事群众十分关心。一是县市场监管局要开展农资打假；二是县商务局要规范农资经营网点。\n同志们，让我们以更加务实的作风抓好落实！',
      ['section 抓好春耕生产', '  directive 农业农村局', 'section 守护绿水青山', '  section 整治农资市场', '    directive 市场监管局', '    directive 商务局'],
    ],
  ])('%s', (body, want) => {
    expect(outline(body, '')).toEqual(want);
  });

  it('a heading under a mid-speech address keeps its deadline and its place', () => {
    const item = tasks('（一）建设便民市场\n同志们！这件事群众盼了很久。县商务局要在年底前建成便民市场。\n（二）开展法律援助\n县司法局要组织法律援助进社区。').find((i) => i.orgs.includes('商务局'));
    expect(item?.title).toBe('建设便民市场');
    expect(item?.due).toBe('2026-12-31');
  });

  it('a true closing after the last part is outside the outline, and headings after it nest by their numbering', () => {
    const body = '一、抓好春耕生产\n（一）落实补贴\n县农业农村局要落实种粮补贴。\n（二）整治撂荒\n县自然资源局要开展耕地撂荒整治。\n同志们，最后强调两点要求。\n（一）压实责任\n县妇联要组织巾帼志愿服务。\n1.组建突击队\n团县委要组建青年突击队。';
    expect(outline(body, '')).toEqual([
      'section 抓好春耕生产',
      '  directive 农业农村局',
      '  directive 自然资源局',
      'section 压实责任',
      '  directive 妇联',
      '  directive 团委',
    ]);
  });
});

describe('a task after the last member of an inline series is a sibling of the members, not part of the last one', () => {
  it.each([
    [
      '（一）强化安全监管\n一是县市场监管局要开展食品安全抽检；二是县商务局要排查商贸场所隐患，推动安全水平持续提升。县妇联要组织安全知识进家庭。',
      ['section 强化安全监管', '  directive 市场监管局', '  directive 商务局', '  directive 妇联'],
    ],
    [
      '2.加强人才培养。第一，县人社局要建立技能人才库；第二，团县委要实施青年英才计划。县科协牵头，县总工会配合，组织科技特派员下乡。',
      ['section 加强人才培养', '  directive 人力资源社会保障局', '  directive 团委', '  directive 科协、总工会 牵头 科协'],
    ],
    [
      '（三）守护绿水青山。其一，县自然资源局要完成矿山生态修复；其二，县农业农村局要整治农资经营乱象，年底前完成。由县文旅局负责，县茶业中心配合，打造生态旅游线路。',
      ['section 守护绿水青山', '  directive 自然资源局', '  directive 农业农村局', '  directive 文化旅游局、茶产业发展中心 牵头 文化旅游局'],
    ],
    [
      '1.优化农村人居环境。一方面，县农业农村局要推进改厕奖补；另一方面，县财政局要保障配套资金。各乡镇要在9月底前完成村庄清洁行动。',
      ['section 优化农村人居环境', '  directive 农业农村局', '  directive 财政局', '  directive 乡镇'],
    ],
    [
      // the heading names its own actor: the trailing task is one more child beside the members
      '（一）县农业农村局要统筹推进高标准农田建设。一是县财政局要保障配套资金；二是县自然资源局要做好用地保障。县市场监管局要加强农资质量监管。',
      ['directive 农业农村局', '  directive 财政局', '  directive 自然资源局', '  directive 市场监管局'],
    ],
    [
      // a body that only supported the last member takes a task of its own after it
      '（四）办好民生实事。一是县财政局要保障资金；二是县商务局牵头，县妇联配合，建设便民市场。县妇联要做好政策宣传。',
      ['section 办好民生实事', '  directive 财政局', '  directive 商务局、妇联 牵头 商务局', '  directive 妇联'],
    ],
  ])('%s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it.each([
    // a sentence with no actor of its own continues the member
    ['（二）优化营商环境。一是县司法局要开展法律服务进企业；二是县财政局要兑现惠企政策。要确保6月底前全部兑现到位。', '财政局', '2026-06-30', '要确保6月底前全部兑现到位'],
    // so does a sentence of the member's own body
    ['（二）优化营商环境。首先，县司法局要开展法律服务进企业；其次，县商务局要搭建招商引资平台。县商务局要在年底前办好招商推介会。', '商务局', '2026-12-31', '县商务局要在年底前办好招商推介会'],
    // and, for a member that only names its topic, the sentences that develop it
    ['（二）建强服务阵地。一要规范职工书屋管理；二要做强职工服务阵地。县总工会要在9月底前建好职工之家。', '总工会', '2026-09-30', '县总工会要在9月底前建好职工之家'],
  ])('%s', (body, org, due, tail) => {
    const found = tasks(body);
    expect(found).toHaveLength(2);
    const last = found[1] as ExtractedItem;
    expect(last.orgs).toEqual([org]);
    expect(last.due).toBe(due);
    expect(last.text.endsWith(`${tail}。`)).toBe(true);
  });
});

describe('a subject after a clause-opening word (因此县财政局要…)', () => {
  // The word before the name is a link or a time word, not a place: the body still acts, and the
  // title starts at the task. A name glued to an unknown place (青川县财政局) is another body.
  it.each([
    ['因此县财政局要在6月底前拨付专项资金。', ['财政局'], '拨付专项资金'],
    ['为此县财政局要加快拨付专项资金。', ['财政局'], '加快拨付专项资金'],
    ['对此县妇联要做好关爱工作。', ['妇联'], '做好关爱工作'],
    ['当前县商务局要抓紧搭建电商平台。', ['商务局'], '抓紧搭建电商平台'],
    ['目前县财政局要尽快拨付专项资金。', ['财政局'], '尽快拨付专项资金'],
    ['首先县财政局要保障专项资金。', ['财政局'], '保障专项资金'],
    ['其次县商务局要搭建电商平台。', ['商务局'], '搭建电商平台'],
    ['最后县妇联要组织技能培训。', ['妇联'], '组织技能培训'],
    ['所以县财政局要保障专项资金。', ['财政局'], '保障专项资金'],
    ['随后县商务局要搭建电商平台。', ['商务局'], '搭建电商平台'],
    ['接下来县妇联要组织技能培训。', ['妇联'], '组织技能培训'],
    ['现阶段县财政局要保障专项资金。', ['财政局'], '保障专项资金'],
  ])('%s', (body, orgs, title) => {
    const item = only(body);
    expect(item.orgs).toEqual(orgs);
    expect(item.title).toBe(title);
  });

  it.each([
    ['今年县财政局要保障专项资金。', '保障专项资金'],
    ['明年县商务局要搭建电商平台。', '搭建电商平台'],
  ])('%s: the year opens the clause, the body acts, the title starts at the task', (body, title) => {
    const item = only(body);
    expect(item.orgs.length).toBe(1);
    expect(item.title).toBe(title);
  });

  it('因此财政局要…，当前教育局要…: each clause its own body', () => {
    expect(tasks('因此县财政局要保障专项资金，当前县商务局要搭建电商平台。').map((i) => i.orgs)).toEqual([['财政局'], ['商务局']]);
  });

  it('青川县财政局 (an unknown place before the prefix) is not the county’s 财政局', () => {
    expect(tasks('青川县财政局要保障专项资金。').flatMap((i) => i.orgs)).toEqual([]);
  });
});

describe('a body’s task right after a promise of the speaker’s body is its own item', () => {
  // the point's own text ends at its first child, the promise: the sentence after it belonged to nobody
  it.each([
    ['（一）做好政策宣传。县委将支持县财政局保障宣传经费。县妇联要做好入户宣讲。', ['directive —', '  commitment 县委', '  directive 妇联']],
    ['2.建设便民市场。区委将协调县自然资源局落实用地指标。县商务局牵头，县市场监管局配合，规范市场经营秩序。', ['directive —', '  commitment 县委', '  directive 商务局、市场监管局 牵头 商务局']],
    ['（三）县总工会要开展技能竞赛。我们将为县人社局争取培训资金。团县委要组织青年志愿者参与服务。', ['directive 总工会', '  commitment 县委', '  directive 团委']],
    ['（二）关爱留守儿童。一是县委将联系县财政局安排专项资金。县科协要组织科普进校园；二是县妇联要开展结对帮扶。', ['section 关爱留守儿童', '  section 联系县财政局安排专项资金', '    commitment 县委', '    directive 科协', '  directive 妇联']],
  ])('%s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it('a sentence after the promise that names no body stays out of it, as before', () => {
    expect(outline('（一）做好政策宣传。县委将支持县财政局保障宣传经费。要确保宣传覆盖到户。')).toEqual(['directive —', '  commitment 县委']);
  });
});

describe('a leading deadline phrase is left out of the title, all of it', () => {
  it.each(['本月底前', '当月末前', '下月底前', '下个月底之前', '明年底前', '明年年底以前', '年底之前', '三季度内', '第二季度底前', '本季度末前', '6月份内', '三月内', '10月1日以前', '上半年前'])(
    '县财政局要在%s完成资金拨付',
    (phrase) => {
      const item = only(`（一）县财政局要在${phrase}完成资金拨付。`);
      expect(item.title).toBe('完成资金拨付');
      expect(item.due).not.toBeNull();
    },
  );
});

describe('an office named by its short name (县委办) or its full one (县委办公室) is the registry’s entry, never the party committee', () => {
  const registry = [...COUNTY_REGISTRY, { name: '县委办公室', kind: 'party_dept' }, { name: '政府办', kind: 'government', aliases: [] }];
  it.each([
    ['（一）县委办要牵头建立督查台账。', ['县委办公室'], '县委办公室'],
    ['（一）由县委办牵头，县妇联配合，建立督查台账。', ['县委办公室', '妇联'], '县委办公室'],
    ['（一）县委办公室会同县政府办公室建立督查台账。', ['县委办公室', '政府办'], '县委办公室'],
    ['（一）县政府办要联合县委办建立督查台账。', ['政府办', '县委办公室'], '政府办'],
  ])('%s', (body, orgs, lead) => {
    const item = only(body, registry);
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBe(lead);
  });
});

describe('narrative and exhortation are no tasks; a task for the audience is', () => {
  it.each([
    ['大家要在6月底前完成自查。', '2026-06-30'],
    ['大家要有紧迫感，在9月底前完成隐患排查。', '2026-09-30'],
    ['同志们要增强责任感，年底前把帮扶资金全部拨付到位。', '2026-12-31'],
  ])('%s stays a task', (body, due) => {
    expect(only(body).due).toBe(due);
  });

  it.each([
    ['县财政局牵头制定全县的补贴方案。', '财政局'],
    ['由县商务局牵头，县妇联配合，在去年基础上扩大帮扶范围。', '商务局'],
    ['县司法局负责全县的法律援助工作。', null],
  ])('a role given with 的 in its object or 去年 later in the sentence is still given: %s', (body, lead) => {
    expect(only(body).lead).toBe(lead);
  });

  it('a narrative sentence in a point names neither its actor nor its lead', () => {
    const item = only('（一）抓好技能培训。县财政局牵头举办的培训班很成功，县人社局要认真总结经验。');
    expect(item.orgs).toEqual(['人力资源社会保障局']);
    expect(item.lead).toBeNull();
  });
});

describe('full-width letters and a full-width space between them (ＡＰＰ　Ｓｔｏｒｅ)', () => {
  it.each([
    ['（一）县商务局要推动ＡＰＰ　Ｓｔｏｒｅ上架。', '推动APP Store上架'],
    ['（一）县科协要办好Ｗｏｒｌｄ　Ｃｕｐ科普展。', '办好World Cup科普展'],
    ['（一）县总工会要推广ＶＲ　Ｌａｂ实训。', '推广VR Lab实训'],
    ['（一）县财政局要在２０２６年６月底前完成ＡＢ　１２３项目。', '完成AB 123项目'],
  ])('%s', (body, title) => {
    const text = `在全县工作会议上的讲话\n（2026年4月8日）\n一、抓好重点工作\n${body}`;
    const item = only(body);
    expect(item.title).toBe(title);
    // the span is the uploaded characters; the item's text drops its blanks
    expect(text.slice(item.start, item.end)).toBe(body);
    expect(item.text).toBe(body.replace(/\s/gu, ''));
  });
});

describe('协同 is no lead word: the contract leads with 牵头 and the subject of 会同/联合 only, so A要协同B makes B a support and A an actor without a lead', () => {
  it.each([
    ['（一）县财政局要协同县商务局做好资金保障。', ['财政局', '商务局']],
    ['（一）县总工会协同县妇联开展困难职工帮扶。', ['总工会', '妇联']],
    ['（一）县财政局、县商务局要协同县妇联搭建创业平台。', ['财政局', '商务局', '妇联']],
    ['（一）县人社局要主动协同县总工会、县科协开展技能培训。', ['人力资源社会保障局', '总工会', '科协']],
  ])('%s', (body, orgs) => {
    expect(only(body)).toMatchObject({ orgs, lead: null });
  });

  it.each([
    ['（一）县财政局要协同县商务局保障资金，县妇联要做好宣传。', [['财政局', '商务局'], ['妇联']]],
    ['县总工会协同县科协开展技能比武。县妇联要组织巾帼建功。', [['总工会', '科协'], ['妇联']]],
    ['（一）县财政局要做好资金保障，县人社局要协同县总工会开展技能培训。', [['财政局'], ['人力资源社会保障局', '总工会']]],
  ])('the subject of 协同 acts, beside other bodies’ tasks: %s', (body, want) => {
    expect(tasks(body).map((i) => i.orgs)).toEqual(want);
  });

  it.each([
    // a lead named beside 协同 still leads, and 协同 with no body after it supports
    ['（一）由县司法局牵头，县科协协同，开展普法宣传。', { orgs: ['司法局', '科协'], lead: '司法局' }],
    ['（一）县商务局牵头，县财政局协同，建设便民市场。', { orgs: ['商务局', '财政局'], lead: '商务局' }],
    // 会同 keeps its lead
    ['（一）县财政局要会同县商务局做好资金保障。', { orgs: ['财政局', '商务局'], lead: '财政局' }],
  ])('%s', (body, want) => {
    expect(only(body)).toMatchObject(want);
  });
});

describe('a promise of the speaker’s body and another body’s task in one sentence are two items', () => {
  // the promise ends where a clause hands a task to a registry body (县委将……，县妇联要……)
  it.each([
    ['县委将支持县财政局保障宣传经费，县妇联要做好入户宣讲。', ['commitment 县委', 'directive 妇联']],
    ['（一）做好政策宣传。区委将协调县自然资源局落实用地指标，县商务局必须规范市场经营秩序。', ['directive —', '  commitment 县委', '  directive 商务局']],
    ['我们将为县人社局争取培训资金，团县委务必组织青年志愿者参与服务。', ['commitment 县委', 'directive 团委']],
    ['县委将加大投入力度，县财政局要保障配套资金，县科协要组织科普下乡。', ['commitment 县委', 'directive 财政局', 'directive 科协']],
    ['（二）县总工会要开展技能竞赛。县委将协调场地，县司法局牵头，县妇联配合，做好法律服务。', ['directive 总工会', '  commitment 县委', '  directive 司法局、妇联 牵头 司法局']],
  ])('%s', (body, want) => {
    expect(outline(body)).toEqual(want);
  });

  it.each([
    // a body the promise works with, supports or serves is part of the promise
    '县委将会同县财政局保障资金，确保按时拨付到位。',
    '县委将支持县妇联做好宣传，县财政局配合。',
    '我们将为县商务局搭建平台，让企业少跑腿。',
  ])('%s stays one promise', (body) => {
    expect(outline(body)).toEqual(['commitment 县委']);
  });
});

describe('a point whose heading states a task is a directive, also when its passage only exhorts', () => {
  it.each([
    ['（一）抓好培训。要清醒看到差距。', '抓好培训'],
    ['2.加强宣传\n要充分认识到宣传工作的重要性。', '加强宣传'],
    ['（三）切实做好帮扶。希望大家以更加饱满的热情投入工作。', '做好帮扶'],
    ['（二）优化营商环境。大家一定要有紧迫感。', '优化营商环境'],
    ['(1)建强服务阵地。同志们，要只争朝夕、真抓实干。', '建强服务阵地'],
  ])('%s', (body, title) => {
    // the point's organization: the audience's, none here
    expect(only(body)).toMatchObject({ kind: 'directive', title, orgs: [] });
  });

  it('a series member that states its task before the exhortation', () => {
    expect(tasks('（一）做好帮扶工作。一是抓好技能培训。要清醒看到差距；二是县妇联要开展巾帼宣讲。').map((i) => i.title)).toEqual(['抓好技能培训', '开展巾帼宣讲']);
  });

  it.each([
    // a heading that only names a topic, or exhorts itself, states no task
    '（一）制度建设。要清醒看到差距。',
    '（一）要清醒看到工作中的差距和不足。',
    '（二）要充分认识到这项工作的重要意义。希望大家高度重视。',
  ])('%s is left out', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('a lead the registry does not know never hides the supports beside it', () => {
  // the item stays: the known bodies support, the lead is null, the unknown name is reported
  it.each([
    ['由县侨联牵头，县妇联配合，做好侨界宣传。', ['妇联'], '县侨联', '做好侨界宣传'],
    ['县数据中心牵头，县财政局、县商务局协助，建设资金监管平台。', ['财政局', '商务局'], '县数据中心', '建设资金监管平台'],
    ['县侨联负责，县科协配合，开展侨界科普。', ['科协'], '县侨联', '开展侨界科普'],
    ['县侨联、县工商联牵头，县总工会配合，组织民营企业职工培训。', ['总工会'], '县侨联', '组织民营企业职工培训'],
    ['县侨联牵头、县妇联配合，办好侨眷联谊会。', ['妇联'], '县侨联', '办好侨眷联谊会'],
  ])('%s', (body, orgs, unknown, title) => {
    const text = `在全县工作会议上的讲话\n（2026年4月8日）\n一、抓好重点工作\n${body}`;
    const result = extract({ text, registry: COUNTY_REGISTRY });
    const found = result.items.filter((i) => i.kind !== 'section');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'directive', orgs, lead: null, title });
    expect(result.unresolvedOrgs.map((u) => u.text)).toContain(unknown);
  });

  it('in a series member too', () => {
    expect(outline('（二）办好民生实事。一是由县侨联牵头，县妇联配合，做好侨界宣传；二是县财政局要保障资金。')).toEqual(['section 办好民生实事', '  directive 妇联', '  directive 财政局']);
  });

  it.each(['在县侨联牵头下，县妇联配合开展了侨界宣传。', '去年，县侨联牵头，县妇联配合，举办侨眷联谊会。', '县侨联牵头举办的联谊会很成功，县妇联配合。'])('a role described, not given, is still no task: %s', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('an adverb before 会同/联合/协同 is left out of the title with the joint word and its bodies', () => {
  it.each([
    ['（一）县人社局要主动协同县总工会开展技能培训。', '开展技能培训'],
    ['（一）县财政局要积极会同县商务局做好资金保障。', '做好资金保障'],
    ['（一）县司法局要切实联合县妇联开展家事调解。', '开展家事调解'],
    ['（一）县文旅局要认真会同县茶业中心策划采茶节。', '策划采茶节'],
    ['（一）县科协全力协同县总工会、县妇联办好科普周。', '办好科普周'],
  ])('%s → %s', (body, title) => {
    expect(only(body).title).toBe(title);
  });

  it('an adverb before any other verb stays: it is part of the task', () => {
    expect(only('（一）县财政局要积极争取上级资金。').title).toBe('积极争取上级资金');
  });
});

describe('deadlines closed by 止/为止, the middle of a month (6月中), and 两月 as a count', () => {
  it.each([
    ['（一）县财政局要截至6月30日止完成资金拨付。', '2026-06-30'],
    ['（一）县商务局要到年底为止建成便民市场。', '2026-12-31'],
    ['（一）县妇联要在9月中前完成入户走访。', '2026-09-20'],
    ['（一）县科协要在7月中旬前办好科普周。', '2026-07-20'],
    // 两 never names a month: 两月底前 is two months from the speech (2026-04-08), not February
    ['（一）县司法局要在两月底前完成矛盾纠纷排查。', '2026-06-08'],
  ])('%s → %s', (body, due) => {
    expect(only(body).due).toBe(due);
  });
});

describe('a title leaves out exactly the leading deadline the deadline reader finds', () => {
  it.each([
    ['（一）县财政局要截至6月30日止完成资金拨付。', '完成资金拨付'],
    ['（一）县商务局要到年底为止建成便民市场。', '建成便民市场'],
    ['（一）县妇联要在9月中完成入户走访。', '完成入户走访'],
    ['（一）县司法局要在两月底前完成矛盾纠纷排查。', '完成矛盾纠纷排查'],
    ['（一）县科协要在2027年6月完成科普馆布展。', '完成科普馆布展'],
    ['（一）县总工会要赶在“五一”前办好劳模表彰。', '办好劳模表彰'],
  ])('%s → %s', (body, title) => {
    const item = only(body);
    expect(item.title).toBe(title);
    expect(item.due).not.toBeNull();
  });

  it('a speech without a date still leaves the deadline out of its titles', () => {
    const text = '在全县工作会议上的讲话\n一、抓好重点工作\n（一）县财政局要在6月底前完成资金拨付。';
    const item = extract({ text, registry: COUNTY_REGISTRY }).items.find((i) => i.kind === 'directive');
    expect(item?.title).toBe('完成资金拨付');
    expect(item?.due).toBeNull();
  });
});

describe('minutes (会议纪要) speak in the meeting’s voice: 会议要求/强调/明确，… is a decision, not a quotation, and stays out of titles', () => {
  it.each([
    ['（一）会议要求，县财政局要统筹安排专项资金。', '统筹安排专项资金', ['财政局']],
    ['（一）会议强调，县商务局要建好便民服务平台。', '建好便民服务平台', ['商务局']],
    ['（一）会议指出，县妇联必须做好留守儿童关爱。', '做好留守儿童关爱', ['妇联']],
    ['（一）我再强调一下，县司法局要抓紧修订调解办法。', '抓紧修订调解办法', ['司法局']],
  ])('%s', (body, title, orgs) => {
    const item = only(body);
    expect(item.title).toBe(title);
    expect(item.orgs).toEqual(orgs);
  });

  it.each([
    ['二、会议要求，加快便民市场建设。\n由县商务局负责，县财政局配合，年内建成。', 'section 加快便民市场建设'],
    ['二、会议强调，规范农资经营秩序。\n县市场监管局要开展农资打假。', 'section 规范农资经营秩序'],
    ['二、会议明确，推进茶旅融合。\n县文旅局牵头，县茶业中心配合，打造精品线路。', 'section 推进茶旅融合'],
  ])('a section heading leaves the meeting’s voice out: %s', (body, section) => {
    expect(outline(body, '')).toContain(section);
  });

  it.each([
    ['二、会议要求，县财政局要统筹安排专项资金，5月15日前拨付到位。', null, '2026-05-15'],
    ['二、会议强调，县司法局要每月通报一次调解情况，结果报县政府。', null, null],
    ['二、会议决定，由县商务局负责，县财政局配合，年内建成便民市场。', '商务局', '2026-12-31'],
  ])('a numbered decision that hands out work keeps its directive: %s', (body, lead, due) => {
    const found = tasks(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.lead ?? null).toBe(lead);
    expect(found[0]?.due ?? null).toBe(due);
  });

  it.each(['总书记强调，要统筹安排专项资金。', '省委要求，要统筹安排专项资金。'])('a reporting verb after anyone else still quotes: %s', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('a deadline of the current month or quarter without 本 (月底前, 月内, 季度末前)', () => {
  it.each([
    ['（一）县财政局要完成资金清理，月底前报送清理方案。', '完成资金清理', '2026-04-30'],
    ['（一）县商务局要在月底之前建成便民市场。', '建成便民市场', '2026-04-30'],
    ['（一）县妇联要月内完成入户走访。', '完成入户走访', '2026-04-30'],
    ['（一）县司法局要于本月内完成纠纷排查。', '完成纠纷排查', '2026-04-30'],
    ['（一）县科协要在季度末前完成科普馆布展。', '完成科普馆布展', '2026-06-30'],
  ])('%s', (body, title, due) => {
    const item = only(body);
    expect(item.title).toBe(title);
    expect(item.due).toBe(due);
  });

  it('每月底前 stays a cadence, with no due date', () => {
    const item = only('（一）县财政局要每月底前报送资金清理进展。');
    expect(item.due).toBeNull();
    expect(item.cadence).toBe('monthly');
  });
});

describe('a task’s table lines (责任单位：A；配合单位：B、C / 完成时限：X) belong to the task above them', () => {
  it.each([
    ['二、加快便民市场建设\n年内新建便民市场3处。\n责任单位：县商务局\n配合单位：县财政局、县妇联\n完成时限：2026年12月31日', '新建便民市场3处', ['商务局', '财政局', '妇联'], '2026-12-31'],
    ['二、规范农资经营\n县市场监管局要开展农资打假。\n责任单位：县市场监管局；配合单位：县农业农村局\n完成时限：6月底前', '开展农资打假', ['市场监管局', '农业农村局'], '2026-06-30'],
    ['（一）推进茶旅融合。打造茶旅精品线路。\n牵头单位：县文旅局\n协办单位：县茶业中心\n完成时间：9月30日', '推进茶旅融合', ['文化旅游局', '茶产业发展中心'], '2026-09-30'],
    ['二、会议要求，加快便民市场建设。由县商务局负责，县财政局配合，年内建成。\n责任单位：县商务局；配合单位：县财政局\n完成时限：2026年10月31日', '建成', ['商务局', '财政局'], '2026-10-31'],
  ])('%s', (body, title, orgs, due) => {
    const found = tasks(body);
    expect(found).toHaveLength(1);
    const item = found[0] as ExtractedItem;
    expect(item.title).toBe(title);
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBe(orgs[0]);
    expect(item.due).toBe(due);
  });

  it('the next heading’s task is not the table’s', () => {
    const found = tasks('二、规范农资经营\n县市场监管局要开展农资打假。\n责任单位：县市场监管局；配合单位：县农业农村局\n三、加强宣传\n县妇联要做好宣传。');
    expect(found.map((i) => [i.orgs, i.lead])).toEqual([
      [['市场监管局', '农业农村局'], '市场监管局'],
      [['妇联'], null],
    ]);
  });
});

describe('a request in a 批示 or 交办单 (请A…) leaves 请 and the body out of the title, like 由A…', () => {
  it.each([
    ['请各乡镇对辖区内河塘逐一排查，6月10日前报告排查情况。', '对辖区内河塘逐一排查', ['乡镇'], null],
    ['请县妇联联合县总工会，在暑假前开展一次安全教育进社区活动。', '在暑假前开展一次安全教育进社区活动', ['妇联', '总工会'], '妇联'],
    ['请县商务局尽快拿出便民市场建设方案。', '尽快拿出便民市场建设方案', ['商务局'], null],
    ['请县财政局、县商务局于5月31日前报送资金需求。', '报送资金需求', ['财政局', '商务局'], null],
    ['请县人社局牵头，会同县总工会，于5月31日前拿出技能培训方案并报县政府。', '拿出技能培训方案并报县政府', ['人力资源社会保障局', '总工会'], '人力资源社会保障局'],
  ])('%s', (body, title, orgs, lead) => {
    const item = only(body);
    expect(item.title).toBe(title);
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBe(lead);
  });
});

describe('a 表态发言: a bureau speaking of itself (我局将…, 我委将…) promises, for the body the opening says it speaks for (我代表A…)', () => {
  const pledge = (opening: string, body: string): ExtractedItem[] =>
    extract({ text: `在全县工作推进会上的表态发言\n（2026年4月8日）\n${opening}\n${body}`, registry: COUNTY_REGISTRY }).items;

  it.each([
    ['我代表县商务局作表态发言。', '我局将在6月底前建成便民市场。', '商务局', '2026-06-30'],
    ['按照会议安排，我代表县司法局发言。', '我局将会同县妇联开展法律援助进社区，年底前完成。', '司法局', '2026-12-31'],
    ['我代表县科协表个态。', '我们将每季度组织一次科普下乡。', '科协', null],
    ['我代表县文旅局作表态发言。', '一是做强茶旅线路。我局将联合县茶业中心推出三条精品线路。二是办好采茶节。我局将在5月底前办好采茶节。', '文化旅游局', '2026-05-31'],
  ])('%s %s', (opening, body, org, due) => {
    const items = pledge(opening, body);
    expect(items.map((i) => i.kind)).not.toContain('directive');
    expect(items.length).toBeGreaterThan(0);
    for (const i of items) expect(i.orgs).toEqual([org]);
    expect(items[items.length - 1]?.due ?? null).toBe(due);
  });

  it('the body spoken for is not the audience', () => {
    const result = extract({ text: '在全县工作推进会上的表态发言\n我代表县商务局作表态发言。\n我局将建成便民市场。', registry: COUNTY_REGISTRY });
    expect(result.audience).toEqual([]);
  });

  it('without 我代表A the speaker’s body is the party committee, and a sentence that only announces the list (我局将抓好以下工作：) is no item', () => {
    const items = pledge('同志们：', '我们将重点抓好以下工作：一是我们将在年底前完成职工之家建设。');
    expect(items.map((i) => [i.kind, i.orgs])).toEqual([['commitment', ['县委']]]);
  });

  it('自我局限 is no bureau speaking of itself', () => {
    expect(pledge('同志们：', '要突破自我局限将工作做实。').filter((i) => i.kind === 'commitment')).toEqual([]);
  });
});

describe('a head who takes the work on in person (局长要亲自抓，…; 负责人要靠前指挥，…) leaves the manner out of the title: the task is the clause after it', () => {
  it.each([
    ['（一）县农业农村局局长要亲自抓，年底前制定茶产业提质增效方案。', '制定茶产业提质增效方案', ['农业农村局']],
    ['（一）县商务局负责人要靠前指挥，9月底前完成市场改造。', '完成市场改造', ['商务局']],
    ['（一）县司法局主要负责同志要亲自部署、亲自推动，年内建成调解中心。', '建成调解中心', ['司法局']],
  ])('%s', (body, title, orgs) => {
    const item = only(body);
    expect(item.title).toBe(title);
    expect(item.orgs).toEqual(orgs);
  });

  it.each([
    ['县财政局局长要亲自抓资金保障。', '亲自抓资金保障'],
    ['（一）县妇联要亲自抓。', '亲自抓'],
  ])('a manner with its object, or with nothing after it, stays the title: %s', (body, title) => {
    expect(only(body).title).toBe(title);
  });
});

describe('将 after 要/必须/务必 is 把 and opens the task (要将A纳入B), so the title keeps it', () => {
  it.each([
    ['（一）县司法局要将调解工作纳入年度考核。', '将调解工作纳入年度考核'],
    ['（一）县财政局必须将配套资金纳入预算管理。', '将配套资金纳入预算管理'],
    ['（一）县商务局务必将便民市场纳入城区规划。', '将便民市场纳入城区规划'],
    ['（一）县商务局要牵头将便民市场纳入城区规划。', '将便民市场纳入城区规划'],
  ])('%s', (body, title) => {
    expect(only(body).title).toBe(title);
  });

  it('a promise’s 将 is still left out (县委将…)', () => {
    expect(tasks('县委将在年底前召开现场推进会。').map((i) => [i.kind, i.title])).toEqual([['commitment', '召开现场推进会']]);
  });
});

describe('bodies with a share under a lead (A牵头，B、C按职责分工负责) support the lead’s task; 各责任单位/相关部门 are the whole audience', () => {
  it.each([
    ['（一）县商务局牵头，县财政局、县妇联按职责分工负责，年内建成便民市场。', ['商务局', '财政局', '妇联']],
    ['（一）由县商务局牵头，县财政局、县妇联分工负责，年内建成便民市场。', ['商务局', '财政局', '妇联']],
    ['（一）县商务局牵头，县财政局按照职责分工负责，年内建成便民市场。', ['商务局', '财政局']],
  ])('%s', (body, orgs) => {
    const item = only(body);
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBe('商务局');
    expect(item.title).toBe('建成便民市场');
  });

  it.each(['各责任单位要在6月底前报送进展。', '相关部门要在6月底前报送进展。', '各相关单位要在6月底前报送进展。'])('%s', (sentence) => {
    const text = `在全县工作会议上的讲话\n（2026年4月8日）\n刚才，县商务局、县财政局作了发言。\n一、抓好落实\n（一）${sentence}`;
    const item = extract({ text, registry: COUNTY_REGISTRY }).items.find((i) => i.kind === 'directive');
    expect(item?.orgs).toEqual(['商务局', '财政局']);
    expect(item?.title).toBe('报送进展');
  });
});

describe('a deadline this week or the next (本周内, 下周五前, 这周末前) is a date and stays out of the title', () => {
  it.each([
    ['（一）县商务局要在下周五前报送招标进展。', '2026-04-17'],
    ['（一）县商务局要本周内报送招标进展。', '2026-04-12'],
    ['（一）县商务局要于下周一之前报送招标进展。', '2026-04-13'],
  ])('%s', (body, due) => {
    const item = only(body);
    expect(item.due).toBe(due);
    expect(item.title).toBe('报送招标进展');
  });
});

describe('a task clause before an exhortation (抓好培训，要清醒看到差距) is the task; the exhortation does not drop it', () => {
  it.each([
    [
      '（一）加强队伍建设。一是抓好培训，要清醒看到差距；二是压实责任，要牢记使命；三是团县委要组织青年志愿服务。',
      ['section 加强队伍建设', '  directive —', '  directive —', '  directive 团委'],
      ['抓好培训', '压实责任', '组织青年志愿服务'],
    ],
    [
      '（二）县商务局要优化营商环境。一要强化保障，要充分认识到保障工作的紧迫性；二要做好宣传，大家一定要有紧迫感。',
      ['directive 商务局', '  directive 商务局', '  directive 商务局'],
      ['优化营商环境', '强化保障', '做好宣传'],
    ],
    ['（三）抓好培训，要清醒看到差距。', ['directive —'], ['抓好培训']],
    ['（三）做好帮扶，一定要增强责任感和使命感。', ['directive —'], ['做好帮扶']],
    [
      '（四）强化保障\n第一，完善制度，要看到制度建设的短板；第二，县财政局要保障经费。',
      ['section 强化保障', '  directive —', '  directive 财政局'],
      ['完善制度', '保障经费'],
    ],
    // the exhortation first, the task after it
    ['（五）要清醒看到差距，抓紧整改到位。', ['directive —'], ['抓紧整改到位']],
  ])('%s', (body, want, titles) => {
    expect(outline(body)).toEqual(want);
    expect(tasks(body).map((i) => i.title)).toEqual(titles);
  });

  it.each(['（一）做好队伍建设。一是要清醒看到差距；二是要牢记使命。', '一是要清醒看到差距；二是大家一定要有紧迫感。'])('a series of exhortations only is still no task: %s', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('a point whose heading is the speaker’s promise ((一)县委将……，县妇联要……) is the heading of the promise and of the tasks beside it', () => {
  const MARKER_ONLY = /^(?:（[一二三四五六七八九十]+）|\d+[.、]|[一二三四五六七八九十]+是)$/u;
  it.each([
    ['（一）县委将加大对群团工作的支持力度，县妇联要做好巾帼建功活动。', ['section 加大对群团工作的支持力度', '  commitment 县委', '  directive 妇联']],
    ['（二）我们将建立联席会议制度。县财政局要保障工作经费。', ['section 建立联席会议制度', '  commitment 县委', '  directive 财政局']],
    ['（三）县委将统筹推进乡村振兴。', ['section 统筹推进乡村振兴', '  commitment 县委']],
    ['（三）区委将每季度听取一次汇报，县商务局、县财政局要做好准备。', ['section 每季度听取一次汇报', '  commitment 县委', '  directive 商务局、财政局']],
    [
      '（四）加强保障。一是县委将定期听取汇报，县财政局要保障经费；二是团县委要组织志愿服务。',
      ['section 加强保障', '  section 定期听取汇报', '    commitment 县委', '    directive 财政局', '  directive 团委'],
    ],
    ['1.区委将召开专题会议研究，县商务局要做好准备。', ['section 召开专题会议研究', '  commitment 县委', '  directive 商务局']],
  ])('%s', (body, want) => {
    expect(outline(body)).toEqual(want);
    for (const i of tasks(body)) expect(i.text).not.toMatch(MARKER_ONLY);
  });
});

describe('a body the registry does not know (县侨联, 县文联) still acts: its point is its directive, with no organization of its own, and the registered bodies beside it count', () => {
  /** A speech whose audience is 财政局 and 妇联, under the heading given (一、抓好重点工作 by default). */
  const speech = (body: string, heading = '一、抓好重点工作\n') => {
    const text = `在全县工作会议上的讲话\n（2026年4月8日）\n刚才，县财政局、县妇联作了发言。\n${heading}${body}`;
    const r = extract({ text, registry: COUNTY_REGISTRY });
    return { unresolved: r.unresolvedOrgs.map((u) => u.text), items: r.items.filter((i) => i.kind !== 'section').map((i) => [i.kind, i.title, i.orgs, i.lead]) };
  };

  it.each([
    ['（一）县文联要组织文艺下乡活动。', [['directive', '组织文艺下乡活动', [], null]], ['县文联']],
    ['（一）县侨联牵头，县商务局配合，开展侨资企业走访。', [['directive', '开展侨资企业走访', ['商务局'], null]], ['县侨联']],
    ['（一）由县侨联负责，县商务局、县科协协助，开展侨资企业走访。', [['directive', '开展侨资企业走访', ['商务局', '科协'], null]], ['县侨联']],
    ['（一）县侨联要会同县商务局开展侨资企业走访。', [['directive', '开展侨资企业走访', ['商务局'], null]], ['县侨联']],
    ['（一）县侨联、县商务局要共同做好侨资企业服务。', [['directive', '共同做好侨资企业服务', ['商务局'], null]], ['县侨联']],
    [
      '（一）县文联要组织文艺下乡，县商务局要组织消费帮扶活动。',
      [
        ['directive', '组织文艺下乡', [], null],
        ['directive', '组织消费帮扶活动', ['商务局'], null],
      ],
      ['县文联'],
    ],
    [
      '（一）区委将支持侨务工作，县侨联要做好联络服务。',
      [
        ['commitment', '支持侨务工作', ['县委'], null],
        ['directive', '做好联络服务', [], null],
      ],
      ['县侨联'],
    ],
    [
      '（一）做好联络服务。一是县侨联要建立联络台账；二是县商务局要保障经费。',
      [
        ['directive', '建立联络台账', [], null],
        ['directive', '保障经费', ['商务局'], null],
      ],
      ['县侨联'],
    ],
    ['（一）加强文化服务。县图书馆要延长开放时间。', [['directive', '加强文化服务', [], null]], ['县图书馆']],
    // the party committee's name going on into an office the registry does not list
    ['（一）强化督查。县委督查室要每月通报一次进展。', [['directive', '强化督查', [], null]], ['县委督查室']],
  ])('%s', (body, items, unresolved) => {
    const r = speech(body);
    expect(r.items).toEqual(items);
    expect(r.unresolved).toEqual(unresolved);
  });

  it.each([
    ['一、县文联要繁荣文艺创作\n（一）办好文艺节目\n县妇联要组织巾帼文艺队。\n', ['directive', '繁荣文艺创作', [], null]],
    ['一、县侨联牵头，县商务局配合，做好侨务宣传\n（一）办好文艺节目\n县妇联要组织巾帼文艺队。\n', ['directive', '做好侨务宣传', ['商务局'], null]],
  ])('a section heading that gives an unknown body its work is also its first task: %s', (heading, first) => {
    expect(speech('', heading).items).toEqual([first, ['directive', '办好文艺节目', ['妇联'], null]]);
  });

  it.each([
    // a name after a verb is no actor: the registered body acts
    ['（一）县商务局要将方案报县委常委会审议。', ['商务局']],
    ['（一）县商务局要向县侨联通报情况。', ['商务局']],
    ['（一）县商务局要服务县工商联会员企业。', ['商务局']],
  ])('an unknown name the body works for is no actor: %s', (body, orgs) => {
    expect(speech(body).items.map((i) => i[2])).toEqual([orgs]);
  });
});

describe('a 分工方案: the task’s table in brackets after it (（牵头单位：A；配合单位：B；完成时限：X）, 【责任单位：A】) is its passage, not its title', () => {
  it.each([
    ['1. 抓好义务教育优质均衡发展（牵头单位：县商务局；配合单位：县财政局、县妇联；完成时限：2027年3月底前）', '抓好义务教育优质均衡发展', ['商务局', '财政局', '妇联'], '2027-03-31'],
    ['1.推进便民市场建设。（责任单位：县商务局；完成时限：2026年12月31日）', '推进便民市场建设', ['商务局'], '2026-12-31'],
    ['（一）实施食品安全提升行动【牵头单位：县市场监管局；配合单位：县商务局；完成时限：2026年9月底前】', '实施食品安全提升行动', ['市场监管局', '商务局'], '2026-09-30'],
    ['(2)建设职工服务驿站（牵头单位：县总工会，配合单位：县财政局，完成时间：2027年6月）', '建设职工服务驿站', ['总工会', '财政局'], '2027-06-30'],
    ['①开展技能培训。责任单位：县人社局；配合单位：县总工会；责任领导：副县长王某某；完成时限：2026年11月底前。', '开展技能培训', ['人力资源社会保障局', '总工会'], '2026-11-30'],
    // a paragraph of its own, the table in brackets on the next line
    ['加快建设智慧农贸市场。\n【责任单位：县商务局】【完成时限：2027年6月】', '加快建设智慧农贸市场', ['商务局'], '2027-06-30'],
    ['县商务局要抓好农贸市场改造（责任单位：县商务局；配合单位：各乡镇；完成时限：2026年9月底前）。', '抓好农贸市场改造', ['商务局', '乡镇'], '2026-09-30'],
  ])('%s', (body, title, orgs, due) => {
    const found = tasks(body);
    expect(found.map((i) => [i.title, i.orgs, i.lead, i.due])).toEqual([[title, orgs, orgs[0], due]]);
  });
});

describe('who answers for the work and who carries it out (A负总责，B具体落实; 由A统筹，B、C按职责分工负责; A、B等部门要…)', () => {
  it.each([
    ['（一）县商务局负总责，县市场监管局具体落实，年底前建成便民市场。', ['商务局', '市场监管局'], '商务局'],
    ['（一）县商务局负总责，县市场监管局、县财政局具体负责，做好市场监管。', ['商务局', '市场监管局', '财政局'], '商务局'],
    ['（一）由县商务局统筹，县财政局、县市场监管局按职责分工负责，推进便民市场建设。', ['商务局', '财政局', '市场监管局'], '商务局'],
    ['（一）县商务局统筹，县财政局配合，推进便民市场建设。', ['商务局', '财政局'], '商务局'],
    ['（一）县商务局统筹推进便民市场建设，县财政局配合。', ['商务局', '财政局'], '商务局'],
  ])('%s', (body, orgs, lead) => {
    const item = only(body);
    expect([item.orgs, item.lead]).toEqual([orgs, lead]);
  });

  it.each([
    ['（一）县商务局、县财政局等部门要加强协调配合，每月5日前报送工作进展。', '加强协调配合', ['商务局', '财政局'], 'monthly'],
    ['（一）县商务局、县财政局等单位要做好市场保供。', '做好市场保供', ['商务局', '财政局'], null],
    ['（一）县商务局、县妇联等要做好市场保供。', '做好市场保供', ['商务局', '妇联'], null],
  ])('an open list (A、B等部门) is the actors, not the title: %s', (body, title, orgs, cadence) => {
    const item = only(body);
    expect([item.title, item.orgs, item.cadence]).toEqual([title, orgs, cadence]);
  });

  it.each(['县商务局统筹的资金已经到位。', '县商务局统筹推进了便民市场建设。'])('统筹 told, not given, is no task: %s', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('exhortations in other words: a clear head, vigilance, an attitude about the work (…的责任感), a task that names no work', () => {
  it.each([
    '我们也要看到，当前形势依然复杂。对此，我们务必保持清醒头脑。',
    '各单位要进一步增强做好帮扶工作的责任感和使命感。',
    '大家要保持战略定力。',
    '要清醒看到差距，坚决贯彻落实。',
  ])('%s', (body) => {
    expect(tasks(body)).toEqual([]);
  });

  it('a task beside them stays', () => {
    expect(tasks('各单位要增强做好帮扶工作的责任感，年底前完成结对帮扶。').map((i) => i.due)).toEqual(['2026-12-31']);
  });
});

describe('a sentence of only how the heads take the work on gives the title to the next one', () => {
  it.each([
    ['各乡镇主要负责同志要亲自抓、负总责。要把帮扶工作纳入年度考核。', '把帮扶工作纳入年度考核'],
    ['主要负责同志要亲自过问，年底前完成整改。', '完成整改'],
    ['县商务局局长要亲自部署、亲自推动。要在6月底前建成便民市场。', '建成便民市场'],
    ['县商务局主要负责同志要亲自抓，分管领导要具体抓，每月报告一次进展。', '每月报告一次进展'],
  ])('%s → %s', (body, title) => {
    expect(tasks(body).map((i) => i.title)).toEqual([title]);
  });
});

describe('a Chinese numeral with a dot (一. 二．) is a top-level heading like 一、', () => {
  it('nests the points below it', () => {
    const body = '一．抓好重点任务\n(一)县商务局要抓好市场建设。\n(二)县财政局要保障经费。\n二.强化保障\n(1)县妇联要做好宣传。\n(2)团县委要组织志愿服务。';
    expect(outline(body, '')).toEqual(['section 抓好重点任务', '  directive 商务局', '  directive 财政局', 'section 强化保障', '  directive 妇联', '  directive 团委']);
  });
});

describe('a member or point with terms of its own (a deadline, a cadence) stays a task when it also hands parts to other bodies', () => {
  it.each([
    [
      '（二）聚焦重点抓落实。一方面，要加快推进城区学校扩容；另一方面，要抓好乡村教师队伍建设，今年底前完成教师轮岗交流。同时，县财政局要加大投入，县商务局要做好配套服务。',
      ['section 聚焦重点抓落实', '  directive —', '  directive —', '    directive 财政局', '    directive 商务局'],
      '2026-12-31',
    ],
    ['（二）要每月通报一次进展。县财政局要加大投入，县商务局要做好配套服务。', ['directive —', '  directive 财政局', '  directive 商务局'], null],
  ])('%s', (body, want, due) => {
    expect(outline(body)).toEqual(want);
    if (due) expect(tasks(body).map((i) => i.due)).toContain(due);
  });

  it('a heading without terms that hands all its work out is still their section', () => {
    expect(outline('（二）加强保障。县财政局要加大投入，县商务局要做好配套服务。')).toEqual(['section 加强保障', '  directive 财政局', '  directive 商务局']);
  });
});

describe('a point of review or of problems seen is no task', () => {
  it.each([
    '（一）办学条件明显改善。全年新建校舍5万平方米，县商务局做了大量工作。',
    '（二）教育质量稳步提升。高考本科上线率达到65%，取得了历史性突破。',
    '（一）城乡差距依然较大。部分乡村学校师资不足。',
    '（二）安全隐患仍然存在。',
    '（三）坚持高位推动，取得了明显成效。全县新建便民市场3处。',
  ])('%s', (body) => {
    expect(tasks(body)).toEqual([]);
  });

  it.each([
    // a heading that states a task, a deadline or cadence, a table: a task without a modal
    ['（一）推进校舍建设。', '推进校舍建设'],
    ['（二）安全隐患排查整治。9月底前完成全部排查。', '安全隐患排查整治'],
    ['（二）市场价格监测。每周报送一次监测数据。', '每周报送一次监测数据'],
    ['（三）便民市场建设（牵头单位：县商务局；完成时限：2026年12月31日）', '便民市场建设'],
  ])('%s stays a task', (body, title) => {
    expect(tasks(body).map((i) => i.title)).toEqual([title]);
  });

  it('a promise in a point of review is kept', () => {
    expect(tasks('（一）回顾。去年取得了显著成绩。县委将继续全力支持。').map((i) => i.kind)).toEqual(['commitment']);
  });
});

describe('the party committee beside the government (县委县政府将…, 县委、县政府将…) promises', () => {
  const registry: RegistryOrg[] = [...COUNTY_REGISTRY, { name: '县政府', kind: 'government', aliases: [] }];
  it.each([
    ['（一）县委县政府将加大投入力度。县财政局要做好保障。', [['commitment', '加大投入力度'], ['directive', '做好保障']]],
    ['（一）县委、县政府将把教育摆在优先位置。', [['commitment', '把教育摆在优先位置']]],
    ['（一）下一步，县委将适时召开现场会。', [['commitment', '适时召开现场会']]],
    ['区委区政府将全力支持。', [['commitment', '全力支持']]],
  ])('%s', (body, want) => {
    expect(tasks(body, registry).map((i) => [i.kind, i.title])).toEqual(want);
  });
});

describe('a body 由 hands the action itself (由A按程序拨付, 由A统一组织实施) is given that work', () => {
  it.each([
    ['（一）同意安排500万元用于环境整治，由县财政局按程序拨付。', ['财政局']],
    ['经研究，由县人社局统一列支培训经费。', ['人力资源社会保障局']],
    ['采茶节的筹备，由县文旅局组织实施。', ['文化旅游局']],
  ])('%s', (body, orgs) => {
    expect(only(body).orgs).toEqual(orgs);
  });

  it.each(['由县财政局拨付的资金已经到位。', '由县文旅局组织了三场推介会。'])('a 由 that tells who did or does it is no task: %s', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('a bare 将 right after a promise carries the promise on (同时，将联合A…; 此外还将…)', () => {
  it.each([
    ['我们将深入开展专项监管。同时，将联合县商务局开展专项整治，6月30日前完成。', ['commitment', 'commitment']],
    ['县委将加大投入。此外还将会同县财政局设立专项资金。', ['commitment', 'commitment']],
    ['我们将建立工作专班，将营商环境纳入年度考核。', ['commitment']],
  ])('%s', (body, kinds) => {
    const found = tasks(body);
    expect(found.map((i) => i.kind)).toEqual(kinds);
    for (const i of found) expect(i.orgs).toEqual(['县委']);
  });

  it.each([
    // with no promise before it, 将 is 把 in a task of its own
    ['县商务局要做好服务。同时，将联合县妇联开展帮扶活动。', ['directive']],
    // 将来 is no promise
    ['我们将建立工作专班。将来的工作要更加扎实。', ['commitment', 'directive']],
  ])('%s', (body, kinds) => {
    expect(tasks(body).map((i) => i.kind)).toEqual(kinds);
  });
});

describe('a sentence without a modal that opens with a term sets a task (春节前，确保……; 月底前全面完成……; 10日内拿出……)', () => {
  it.each([
    ['县人社局要开展欠薪排查。春节前，确保全县不发生欠薪事件。', '2027-02-04'],
    ['县财政局要做好资金保障。本月底前全面完成资金拨付。', '2026-04-30'],
    ['县商务局牵头做好保供稳价。10日内拿出工作方案。', '2026-04-18'],
  ])('%s', (body, due) => {
    expect(only(body).due).toBe(due);
  });

  it.each([
    // a date that reports, past work, or a date without a closing word: no term set
    ['县人社局要开展欠薪排查。截至3月底，全县累计发放工资2亿元。', null],
    ['县人社局要开展欠薪排查。3月底前，全县已完成排查。', null],
    ['县人社局要开展欠薪排查。2025年，全县发放工资2亿元。', null],
  ])('%s', (body, due) => {
    expect(only(body).due).toBe(due);
  });
});

describe('a point with a task of its own in its passage stays a task when it also hands parts to other bodies', () => {
  it('（一）抓好项目建设。明年全县要新开工项目30个。A要……，B要……', () => {
    expect(outline('（一）全力抓好项目建设。项目是发展的生命线。全县要新开工亿元以上项目30个。县财政局要争取专项债券，县商务局要做好招商服务。')).toEqual([
      'directive —',
      '  directive 财政局',
      '  directive 商务局',
    ]);
  });

  it('an exhortation in its passage is no task of its own: still their section, titled by its heading', () => {
    expect(outline('（一）安全保障。大家一定要有紧迫感。县财政局要加大投入，县商务局要做好配套服务。')).toEqual(['section 安全保障', '  directive 财政局', '  directive 商务局']);
  });
});

describe('work stated without a body, then a sentence that only hands it out (改造老旧小区30个。县住建局负责。), is one task titled by the work', () => {
  it.each([
    ['全年新建停车场3处，6月底前完成首批开工。县商务局负责。', '新建停车场3处', ['商务局'], '2026-06-30'],
    ['开展农贸市场专项整治，汛期前完成排水改造。县市场监管局牵头，各乡镇配合，每月报送一次进展。', '开展农贸市场专项整治', ['市场监管局', '乡镇'], null],
    ['年内建成便民服务中心3个。县商务局牵头，县财政局配合。', '建成便民服务中心3个', ['商务局', '财政局'], '2026-12-31'],
  ])('%s', (body, title, orgs, due) => {
    const item = only(body);
    expect(item.title).toBe(title);
    expect(item.orgs).toEqual(orgs);
    expect(item.due).toBe(due);
    expect(item.text.startsWith(body.slice(0, 4))).toBe(true);
  });

  it.each([
    // background, past work, or another paragraph before the handing out: the sentence stays a task of its own
    ['项目是发展的生命线。县财政局牵头，县商务局配合，建立项目库。', '建立项目库'],
    ['去年新建停车场3处，取得了明显成效。县商务局负责。', '县商务局负责'],
    ['新建停车场3处。\n县商务局负责。', '县商务局负责'],
    // a sentence with a modal of its own states its own work
    ['开展农贸市场专项整治。县财政局要做好资金保障。', '做好资金保障'],
  ])('%s', (body, title) => {
    expect(only(body).title).toBe(title);
  });
});

describe('another body’s 将 (县政府将……) is that body’s task; the party committee’s is the speaker’s promise', () => {
  const registry = [...COUNTY_REGISTRY, { name: '县政府', kind: 'government' as const, aliases: [] }];
  it.each([
    ['县政府将继续实施十件民生实事。', 'directive', ['县政府'], '继续实施十件民生实事'],
    ['县政府将在年底前建成3个便民服务中心。', 'directive', ['县政府'], '建成3个便民服务中心'],
    ['同时，县财政局将安排专项资金500万元。', 'directive', ['财政局'], '安排专项资金500万元'],
    ['县委、县政府将继续实施十件民生实事。', 'commitment', ['县委'], '继续实施十件民生实事'],
  ])('%s', (body, kind, orgs, title) => {
    const item = only(body, registry);
    expect([item.kind, item.orgs, item.title]).toEqual([kind, orgs, title]);
  });

  it.each(['去年，县政府将十件民生实事全部办结。', '为县财政局将来的工作打下基础，成效明显。', '经县政府将方案报送省里审批，进展顺利。'])('no task: %s', (body) => {
    expect(tasks(body, registry)).toEqual([]);
  });
});

describe('deadlines named by an event or a holiday (秋季开学前, 汛期前, 节后一周内) stay out of the title, dated when the speech fixes them', () => {
  it.each([
    ['县商务局要在秋季开学前完成校舍维修。', '完成校舍维修', '2026-08-31'],
    ['县商务局要在入汛前完成河道清障。', '完成河道清障', null],
    ['县财政局要做好资金保障。汛期前，确保物资储备到位。', '做好资金保障', null],
    ['县财政局要做好资金保障，国庆节后一周内完成拨付。', '做好资金保障', '2026-10-14'],
    ['县财政局要对问题限期整改。', '对问题限期整改', null],
    ['县财政局要做好资金保障，6月30日前后完成拨付。', '做好资金保障', '2026-06-30'],
  ])('%s', (body, title, due) => {
    const item = only(body);
    expect([item.title, item.due]).toEqual([title, due]);
  });
});

describe('the numbered items of a 交办单 or 督查通报 (督办事项一：…, 交办事项（一）…) are headings of their own level', () => {
  it('top-level items are sections titled by the item, their tasks below them', () => {
    const body = '督办事项一：农贸市场整治推进缓慢。\n县市场监管局要加快进度，5月31日前完成整改。\n督办事项二：项目审批效率不高。\n县商务局要会同县财政局优化流程。\n';
    expect(outline(body, '')).toEqual(['section 农贸市场整治推进缓慢', '  directive 市场监管局', 'section 项目审批效率不高', '  directive 商务局、财政局 牵头 商务局']);
  });

  it('under a part they are its points, whatever their numbering', () => {
    const body = '交办事项（一）停车场建设。县商务局负责，年内建成3处。\n交办事项（二）资金保障。县财政局要按时拨付。\n';
    expect(outline(body)).toEqual(['directive 商务局', 'directive 财政局']);
  });
});

describe('a body named with 负责 before a comma leads what follows it: A要负责，会同B… / X由A负责…', () => {
  it.each([
    ['（一）县财政局要负责，会同县商务局做好资金保障。', ['财政局', '商务局']],
    ['（一）县财政局也要负责，联合县妇联开展帮扶。', ['财政局', '妇联']],
    ['（一）县财政局要负责，县商务局配合，做好资金保障。', ['财政局', '商务局']],
    ['（一）专项资金由县财政局负责，会同县商务局统筹安排。', ['财政局', '商务局']],
    ['（一）专项资金由县财政局负责筹措，县商务局配合。', ['财政局', '商务局']],
    ['（一）此项工作交由县财政局牵头，县商务局、县妇联配合。', ['财政局', '商务局', '妇联']],
    ['改造资金由县财政局负责筹措，县商务局协助。', ['财政局', '商务局']],
  ])('%s', (body, orgs) => {
    const item = only(body);
    expect(item.lead).toBe('财政局');
    expect(item.orgs).toEqual(orgs);
  });

  it('a topic handed with 由 and no role word is its body’s task, without a lead', () => {
    const item = only('改造资金由县财政局统一拨付。');
    expect(item.orgs).toEqual(['财政局']);
    expect(item.lead).toBeNull();
  });

  it.each([
    // told, not handed: 由A……的 / 由A……了 names who did the work
    ['（一）抓好资金管理。去年的专项资金由县财政局拨付了。县商务局要做好监管。', ['商务局']],
    ['（一）抓好资金管理。由县财政局拨付的资金已到位，县商务局要做好监管。', ['商务局']],
  ])('%s: the body the work is told of is no actor', (body, orgs) => {
    const item = only(body);
    expect(item.orgs).toEqual(orgs);
    expect(item.lead).toBeNull();
  });
});

describe('a sentence that narrates a body’s past work is no task and no child; a short directive without 要 is', () => {
  it.each([
    '（一）市场建设。县商务局去年建了市场。县财政局要制定奖补办法。',
    '（一）市场建设。县商务局已经建成市场3个，县财政局要制定奖补办法。',
    '（一）市场建设。近年来，县商务局先后建成市场3个。县财政局要制定奖补办法。',
    '（一）市场建设。县商务局建成了市场。县财政局要制定奖补办法。',
    '（一）市场建设。县商务局累计建成市场3个，县财政局要制定奖补办法。',
    '（一）县商务局先后建成市场3个。县财政局要制定奖补办法。',
  ])('%s: one task, the one body told to act', (body) => {
    const item = only(body);
    expect(item.orgs).toEqual(['财政局']);
    expect(item.lead).toBeNull();
  });

  it.each([
    ['（一）妇女就业。县妇联做好宣传。县财政局要保障经费。', [['妇联'], ['财政局']]],
    ['县妇联做好宣传。县财政局要保障经费。', [['妇联'], ['财政局']]],
    ['（一）市场建设。县商务局做好规划。县财政局抓好资金保障。', [['商务局'], ['财政局']]],
    ['（一）市场建设。县商务局去年建了市场，今年要扩大规模。县财政局要制定奖补办法。', [['商务局'], ['财政局']]],
    ['县财政局要制定奖补办法。县妇联也要全力做好宣传。', [['财政局'], ['妇联']]],
    ['县商务局立即组织排查。', [['商务局']]],
    // a figure that is a target, not a result
    ['县商务局切实做好招商工作，年内新引进企业不少于12家。', [['商务局']]],
    ['县妇联做好宣传，6月底前完成。', [['妇联']]],
  ])('%s: each body told to act has its task', (body, orgs) => {
    expect(tasks(body).map((i) => i.orgs)).toEqual(orgs);
  });

  it.each([
    '县妇联做好了宣传。',
    '县商务局推进市场建设，完成投资2亿元。',
    '县妇联已经做好宣传。',
    '去年，县妇联做好宣传，反响很好。',
    // a result in figures, and a paragraph of review, tell what was done
    '县财政局认真落实减税政策，为企业减负2.3亿元。',
    '县商务局切实做好招商工作，新引进企业12家。',
    '过去一年，全县发展稳中有进。县妇联扎实做好帮扶工作。县商务局切实抓好招商。',
  ])('%s: told as done, no task', (body) => {
    expect(tasks(body)).toEqual([]);
  });
});

describe('a directive to 各乡镇 and the departments (各部门, 县直各部门) reaches the registry’s 乡镇 and the audience', () => {
  function withAudience(body: string): ExtractedItem[] {
    const text = `在全县工作会议上的讲话\n（2026年4月8日）\n刚才，县财政局、县商务局作了发言。\n一、压实责任\n${body}`;
    return extract({ text, registry: COUNTY_REGISTRY }).items.filter((i) => i.kind !== 'section');
  }

  it.each([
    ['（一）各乡镇、各部门主要负责同志要亲自抓安全生产。', ['乡镇', '财政局', '商务局'], '亲自抓安全生产'],
    ['（一）各乡镇、各部门的主要负责同志要亲自抓安全生产。', ['乡镇', '财政局', '商务局'], '亲自抓安全生产'],
    ['（一）各乡镇、各部门主要负责同志是第一责任人，要亲自部署。', ['乡镇', '财政局', '商务局'], '亲自部署'],
    ['（一）各乡镇、县直各部门要落实属地责任。', ['乡镇', '财政局', '商务局'], '落实属地责任'],
    ['（一）各乡镇、县直有关单位要落实属地责任。', ['乡镇', '财政局', '商务局'], '落实属地责任'],
    ['（一）各乡镇和各县直部门要落实属地责任。', ['乡镇', '财政局', '商务局'], '落实属地责任'],
    ['（一）全县各乡镇、各部门要迅速行动。', ['乡镇', '财政局', '商务局'], '迅速行动'],
    ['（一）各乡镇党委、政府要落实主体责任。', ['乡镇'], '落实主体责任'],
    ['（一）各乡镇党委和政府要落实主体责任。', ['乡镇'], '落实主体责任'],
    ['（一）县直各部门要加强值班值守。', ['财政局', '商务局'], '加强值班值守'],
    ['（一）县财政局的负责同志要靠前指挥。', ['财政局'], '靠前指挥'],
    ['（一）县财政局党组要落实主体责任。', ['财政局'], '落实主体责任'],
  ])('%s', (body, orgs, title) => {
    const found = withAudience(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.orgs).toEqual(orgs);
    expect(found[0]?.lead).toBeNull();
    expect(found[0]?.title).toBe(title);
  });

  it.each([
    // a body described (是主管部门, 是……的) is no actor
    ['（一）抓好采购监管。县财政局是主管部门，县商务局要做好配合。', ['商务局']],
    ['（一）抓好采购监管。县财政局党组是去年成立的，县商务局要做好配合。', ['商务局']],
  ])('%s', (body, orgs) => {
    const found = withAudience(body);
    expect(found).toHaveLength(1);
    expect(found[0]?.orgs).toEqual(orgs);
  });
});

describe('each body’s 将 in one sentence is its own item: another body’s a directive, the speaker’s (县委/我们) a commitment', () => {
  const registry = [...COUNTY_REGISTRY, { name: '县政府', kind: 'government' as const, aliases: [] }];
  const outline = (body: string): string[] => tasks(body, registry).map((i) => `${i.kind} ${i.orgs.join('|')} ${i.title}`);
  it.each([
    ['县政府将继续实施十件民生实事，县委将加强统筹调度。', ['directive 县政府 继续实施十件民生实事', 'commitment 县委 加强统筹调度']],
    ['县政府将继续实施十件民生实事，我们将加强统筹调度。', ['directive 县政府 继续实施十件民生实事', 'commitment 县委 加强统筹调度']],
    ['县财政局要做好资金保障；县委将加强统筹调度。', ['directive 财政局 做好资金保障', 'commitment 县委 加强统筹调度']],
    ['县委将加强统筹调度，县政府将继续实施十件民生实事。', ['commitment 县委 加强统筹调度', 'directive 县政府 继续实施十件民生实事']],
    ['县政府将继续实施十件民生实事，县财政局将安排专项资金500万元。', ['directive 县政府 继续实施十件民生实事', 'directive 财政局 安排专项资金500万元']],
    ['县政府将继续实施十件民生实事；县财政局将安排专项资金500万元。', ['directive 县政府 继续实施十件民生实事', 'directive 财政局 安排专项资金500万元']],
    // a joint promise is one commitment; past narration before the promise is no task
    ['县委、县政府将继续实施十件民生实事。', ['commitment 县委 继续实施十件民生实事']],
    ['县政府、县委将继续实施十件民生实事。', ['commitment 县委 继续实施十件民生实事']],
    ['县委将会同县政府加强统筹调度。', ['commitment 县委 加强统筹调度']],
  ])('%s', (body, items) => {
    expect(outline(body)).toEqual(items);
  });

  it.each(['去年，县政府将十件民生实事全部办结。', '去年，县政府将十件民生实事全部办结，县财政局将资金全部拨付到位。'])('no task: %s', (body) => {
    expect(tasks(body, registry)).toEqual([]);
  });
});
