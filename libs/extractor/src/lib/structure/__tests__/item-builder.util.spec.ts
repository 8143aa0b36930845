import { describe, expect, it } from 'vitest';
import { extract } from '../../extract';
import type { RegistryOrg } from '../../types/extraction.type';

const REGISTRY: RegistryOrg[] = [
  { name: '区委', kind: 'party_committee', aliases: ['县委'] },
  { name: '财政局', kind: 'government', aliases: [] },
  { name: '商务局', kind: 'government', aliases: [] },
  { name: '农业农村局', kind: 'government', aliases: ['农业局'] },
  { name: '卫生健康委', kind: 'government', aliases: ['卫健委'] },
  { name: '妇联', kind: 'mass_org', aliases: [] },
];

/** Each item as its kind, its text, its organizations and the index of its parent (-1 for none). */
function items(body: string): Array<[string, string, string[], number]> {
  // the first line is the speech's title
  const result = extract({ text: `在全县工作会议上的讲话\n${body}`, registry: REGISTRY, date: '2026-04-08' });
  const index = new Map(result.items.map((item, k) => [item.id, k]));
  return result.items.map((i) => [i.kind, i.text, i.orgs, i.parentId === null ? -1 : (index.get(i.parentId) as number)]);
}

describe('free text', () => {
  it.each<[string, string, Array<[string, string, string[], number]>]>([
    ['consecutive sentences of one actor are one directive', '县财政局要保障资金。县财政局要加快拨付。', [['directive', '县财政局要保障资金。县财政局要加快拨付。', ['财政局'], -1]]],
    ['another actor starts another directive', '县财政局要保障资金。县妇联要关爱儿童。', [['directive', '县财政局要保障资金。', ['财政局'], -1], ['directive', '县妇联要关爱儿童。', ['妇联'], -1]]],
    ['a sentence without an actor carries on the group', '县财政局要保障资金。要加快拨付。', [['directive', '县财政局要保障资金。要加快拨付。', ['财政局'], -1]]],
    ['a paragraph break ends the group', '县财政局要保障资金。\n要加快拨付。', [['directive', '县财政局要保障资金。', ['财政局'], -1], ['directive', '要加快拨付。', [], -1]]],
    ['one sentence handed to two actors is cut between them', '县财政局要保障资金，县妇联要关爱儿童。', [['directive', '县财政局要保障资金', ['财政局'], -1], ['directive', '县妇联要关爱儿童。', ['妇联'], -1]]],
    ['a list sharing one verb stays whole', '县财政局、县妇联要共同搭建平台。', [['directive', '县财政局、县妇联要共同搭建平台。', ['财政局', '妇联'], -1]]],
    ['background is no task', '去年县财政局取得了很好的成绩。', []],
    ['work handed without a modal is a task', '县财政局牵头，县妇联配合，做好慰问工作。', [['directive', '县财政局牵头，县妇联配合，做好慰问工作。', ['财政局', '妇联'], -1]]],
    ['a role described is no task', '在县财政局牵头下，慰问工作顺利完成。', []],
    ['a role described with 的 is no task', '县财政局牵头的慰问工作顺利完成。', []],
    ['past work with a lead is no task', '县财政局牵头举办了培训，取得了良好效果。', []],
    ['the speaker\'s body promising is a commitment', '县委将全力支持。', [['commitment', '县委将全力支持。', ['区委'], -1]]],
    ['a sentence ending in a colon only introduces', '要抓好两件事：', []],
  ])('%s', (_name, text, want) => {
    expect(items(text)).toEqual(want);
  });
});

describe('points and members', () => {
  it.each<[string, string, Array<[string, string, string[], number]>]>([
    [
      'series members are directives under their point',
      '一、加强保障\n（一）抓资金。一是县财政局要保障资金；二是县妇联要关爱儿童。',
      [['section', '一、加强保障', [], -1], ['section', '（一）抓资金。', [], 0], ['directive', '一是县财政局要保障资金；', ['财政局'], 1], ['directive', '二是县妇联要关爱儿童。', ['妇联'], 1]],
    ],
    [
      'members that are background stay free text, and a point of only them is no task',
      '一、加强保障\n（一）回顾。一是去年取得了成绩；二是群众满意度提升。',
      [['section', '一、加强保障', [], -1], ['section', '（一）回顾。一是去年取得了成绩；二是群众满意度提升。', [], 0]],
    ],
    [
      'short 要 sentences are members of their point',
      '一、加强保障\n要争创一流队伍。要发扬创新精神。',
      [['section', '一、加强保障', [], -1], ['directive', '要争创一流队伍。', [], 0], ['directive', '要发扬创新精神。', [], 0]],
    ],
    [
      'a 下一步 after the present becomes a child',
      '一、加强保障\n（一）抓资金。县财政局已经拨付大部分资金，下一步要加快拨付剩余资金。',
      [['section', '一、加强保障', [], -1], ['directive', '（一）抓资金。县财政局已经拨付大部分资金', ['财政局'], 0], ['directive', '下一步要加快拨付剩余资金。', ['财政局'], 1]],
    ],
    [
      'examples after 比如 hand parts to their bodies',
      '一、加强保障\n（一）抓民生。要办好民生实事，比如县财政局要保障资金，县商务局要建设市场。',
      [['section', '一、加强保障', [], -1], ['section', '（一）抓民生。要办好民生实事', [], 0], ['directive', '比如县财政局要保障资金', ['财政局'], 1], ['directive', '县商务局要建设市场。', ['商务局'], 1]],
    ],
    [
      'a topic names its organization by the stem of its name',
      '一、加强保障\n（一）抓健康。对卫健工作来说，要做好防控。对财政工作来说，要保障资金。',
      [['section', '一、加强保障', [], -1], ['section', '（一）抓健康。', [], 0], ['directive', '对卫健工作来说，要做好防控。', ['卫生健康委'], 1], ['directive', '对财政工作来说，要保障资金。', ['财政局'], 1]],
    ],
  ])('%s', (_name, text, want) => {
    expect(items(text)).toEqual(want);
  });
});

describe('where members and points end', () => {
  const titled = (body: string) => {
    const result = extract({ text: `在全县工作会议上的讲话\n${body}`, registry: REGISTRY, date: '2026-04-08' });
    return result.items.map((i) => [i.kind, i.text, i.title]);
  };

  it.each<[string, string, string[][]]>([
    [
      'a body acting after the last member has a task of its own',
      '一、加强保障\n（一）抓资金。一是县财政局要保障资金；二是县商务局要提升服务。县妇联要关爱儿童。',
      [['section', '一、加强保障', '加强保障'], ['section', '（一）抓资金。', '抓资金'], ['directive', '一是县财政局要保障资金；', '保障资金'], ['directive', '二是县商务局要提升服务。', '提升服务'], ['directive', '县妇联要关爱儿童。', '关爱儿童']],
    ],
    [
      'a sentence without an actor carries the last member on',
      '一、加强保障\n（一）抓资金。一是县财政局要保障资金；二是县商务局要提升服务，县妇联配合。要确保按时完成。',
      [['section', '一、加强保障', '加强保障'], ['section', '（一）抓资金。', '抓资金'], ['directive', '一是县财政局要保障资金；', '保障资金'], ['directive', '二是县商务局要提升服务，县妇联配合。要确保按时完成。', '提升服务']],
    ],
    [
      'a heading sentence handing parts to two bodies is split like a body',
      '一、加强保障\n（一）县财政局要保障资金，县妇联要关爱儿童。要确保按时完成。',
      [['section', '一、加强保障', '加强保障'], ['section', '（一）', '保障资金'], ['directive', '县财政局要保障资金', '保障资金'], ['directive', '县妇联要关爱儿童。要确保按时完成。', '关爱儿童']],
    ],
    [
      'paragraphs opened by 首先/其次 under an explicit heading are members',
      '一、加强保障\n首先，县财政局牵头，县妇联配合，做好慰问。\n其次，要抓好落实。',
      [['section', '一、加强保障', '加强保障'], ['directive', '首先，县财政局牵头，县妇联配合，做好慰问。', '做好慰问'], ['directive', '其次，要抓好落实。', '抓好落实']],
    ],
    [
      'a promise inside a point is its commitment child',
      '一、加强保障\n（一）抓资金。县财政局要保障资金。县委将全力支持。',
      [['section', '一、加强保障', '加强保障'], ['directive', '（一）抓资金。县财政局要保障资金。', '抓资金'], ['commitment', '县委将全力支持。', '全力支持']],
    ],
    [
      'a heading naming a topic takes its title from the first task',
      '一、加强保障\n（一）制度建设。县财政局要制定资金管理办法。',
      [['section', '一、加强保障', '加强保障'], ['directive', '（一）制度建设。县财政局要制定资金管理办法。', '制定资金管理办法']],
    ],
    ['要 sentences of three characters are no members', '一、加强保障\n要甲。要乙。', [['section', '一、加强保障', '加强保障'], ['directive', '要甲。要乙。', '甲']]],
    ['要 sentences up to fifteen characters are', '一、加强保障\n要争创一流队伍，做好。要发扬创新精神。', [['section', '一、加强保障', '加强保障'], ['directive', '要争创一流队伍，做好。', '争创一流队伍'], ['directive', '要发扬创新精神。', '发扬创新精神']]],
    [
      'examples may follow a colon',
      '一、加强保障\n（一）抓民生。要办好民生实事，例如：县财政局要保障资金。',
      [['section', '一、加强保障', '加强保障'], ['section', '（一）抓民生。要办好民生实事，例如：', '抓民生'], ['directive', '县财政局要保障资金。', '保障资金']],
    ],
  ])('%s', (_name, body, want) => {
    expect(titled(body)).toEqual(want);
  });
});

describe('more roles, topics, cuts and groups', () => {
  const withLead = (body: string) => {
    const result = extract({ text: `在全县工作会议上的讲话\n${body}`, registry: REGISTRY, date: '2026-04-08' });
    const index = new Map(result.items.map((item, k) => [item.id, k]));
    return result.items.map((i) => [i.kind, i.text, i.orgs, i.parentId === null ? -1 : (index.get(i.parentId) as number), i.lead]);
  };

  it.each<[string, string, unknown[][]]>([
    ['负责 beside a supporter gives work', '县财政局负责，县妇联配合，做好慰问工作。', [['directive', '县财政局负责，县妇联配合，做好慰问工作。', ['财政局', '妇联'], -1, '财政局']]],
    ['会同 gives work', '县财政局会同县妇联做好慰问工作。', [['directive', '县财政局会同县妇联做好慰问工作。', ['财政局', '妇联'], -1, '财政局']]],
    ['the speaker leading is no task', '我们牵头做好慰问工作。', []],
    ['负责了 describes', '县财政局负责了去年的慰问工作。', []],
    ['负责下 describes, after a list too', '县财政局、县妇联、县商务局负责下的工作。', []],
    ['a supporter stays with its actor', '县财政局要保障资金，县妇联配合。县商务局要建设市场。', [['directive', '县财政局要保障资金，县妇联配合。', ['财政局', '妇联'], -1, null], ['directive', '县商务局要建设市场。', ['商务局'], -1, null]]],
    ['one actor twice in a sentence is one part', '县财政局要保障资金，县财政局要加快拨付。', [['directive', '县财政局要保障资金，县财政局要加快拨付。', ['财政局'], -1, null]]],
    ['a colon inside a sentence introduces nothing', '要抓好两件事：县财政局要保障资金。', [['directive', '要抓好两件事：县财政局要保障资金。', ['财政局'], -1, null]]],
    [
      'a topic naming an organization or a collective',
      '一、加强保障\n（一）抓民生。对县财政局来说，要保障资金。对各单位来说，要抓好落实。',
      [['section', '一、加强保障', [], -1, null], ['section', '（一）抓民生。', [], 0, null], ['directive', '对县财政局来说，要保障资金。', ['财政局'], 1, null], ['directive', '对各单位来说，要抓好落实。', [], 1, null]],
    ],
    [
      'a topic names its field without 方面 or 领域',
      '一、加强保障\n（一）抓民生。对农业方面来说，要保障粮食。对商务领域来说，要搞活流通。',
      [['section', '一、加强保障', [], -1, null], ['section', '（一）抓民生。', [], 0, null], ['directive', '对农业方面来说，要保障粮食。', ['农业农村局'], 1, null], ['directive', '对商务领域来说，要搞活流通。', ['商务局'], 1, null]],
    ],
    ['要 sentences ending in ； are no members', '一、加强保障\n要争创一流队伍；要发扬创新精神。', [['section', '一、加强保障', [], -1, null], ['directive', '要争创一流队伍；要发扬创新精神。', [], 0, null]]],
    [
      'a promise after the last member stays in it',
      '一、加强保障\n（一）抓民生。一是县财政局要保障资金；二是县商务局要建设市场。县委将全力支持。',
      [['section', '一、加强保障', [], -1, null], ['section', '（一）抓民生。', [], 0, null], ['directive', '一是县财政局要保障资金；', ['财政局'], 1, null], ['directive', '二是县商务局要建设市场。', ['商务局'], 1, null], ['commitment', '县委将全力支持。', ['区委'], 3, null]],
    ],
    [
      'a full stop before a closing quote ends the member',
      '一、加强保障\n（一）抓民生。一是县财政局要保障资金；二是县商务局要建设市场。”县妇联要关爱儿童。',
      [['section', '一、加强保障', [], -1, null], ['section', '（一）抓民生。', [], 0, null], ['directive', '一是县财政局要保障资金；', ['财政局'], 1, null], ['directive', '二是县商务局要建设市场。”', ['商务局'], 1, null], ['directive', '县妇联要关爱儿童。', ['妇联'], 1, null]],
    ],
    [
      'a promise in a background member is kept',
      '一、加强保障\n（一）回顾。一是去年取得了成绩；二是县委将全力支持。',
      [['section', '一、加强保障', [], -1, null], ['section', '（一）回顾。一是去年取得了成绩；', [], 0, null], ['commitment', '二是县委将全力支持。', ['区委'], 1, null]],
    ],
    [
      'a point whose heading gives a body its work',
      '一、加强保障\n（一）县财政局牵头，做好保障。\n（二）县商务局要建设市场。',
      [['section', '一、加强保障', [], -1, null], ['directive', '（一）县财政局牵头，做好保障。', ['财政局'], 0, '财政局'], ['directive', '（二）县商务局要建设市场。', ['商务局'], 0, null]],
    ],
    [
      'one example is enough to hand work out',
      '一、加强保障\n（一）抓民生。要办好实事，比如县财政局要保障资金。',
      [['section', '一、加强保障', [], -1, null], ['section', '（一）抓民生。要办好实事', [], 0, null], ['directive', '比如县财政局要保障资金。', ['财政局'], 1, null]],
    ],
    [
      'the point keeps its own actor before the examples',
      '一、加强保障\n（一）抓民生。县商务局要办好实事，比如县财政局要保障资金，县商务局要建设市场。',
      [['section', '一、加强保障', [], -1, null], ['directive', '（一）抓民生。县商务局要办好实事', ['商务局'], 0, null], ['directive', '比如县财政局要保障资金', ['财政局'], 1, null], ['directive', '县商务局要建设市场。', ['商务局'], 1, null]],
    ],
    [
      '下一步 after a pause opens a child',
      '一、加强保障\n（一）抓民生。县商务局已经建好市场，下一步，要加快招商。',
      [['section', '一、加强保障', [], -1, null], ['directive', '（一）抓民生。县商务局已经建好市场', ['商务局'], 0, null], ['directive', '下一步，要加快招商。', ['商务局'], 1, null]],
    ],
    ['还要 alone opens none', '一、加强保障\n（一）抓民生。县商务局已建市场，还要加快招商。', [['section', '一、加强保障', [], -1, null], ['directive', '（一）抓民生。县商务局已建市场，还要加快招商。', ['商务局'], 0, null]]],
    ['下一步 at the start of the point opens none', '一、加强保障\n（一）抓民生。下一步要加快招商。', [['section', '一、加强保障', [], -1, null], ['directive', '（一）抓民生。下一步要加快招商。', [], 0, null]]],
  ])('%s', (_name, body, want) => {
    expect(withLead(body)).toEqual(want);
  });

  const SECTION = ['section', '一、加强保障', [], -1, null];

  // every word of the next step opens a child after a pause, with 要, ，要 or 还要 after it
  it.each([
    ['下一步还要', '县商务局已经建好市场，下一步还要加快招商。'],
    ['今后要', '县商务局已经建好市场，今后要加快招商。'],
    ['下步要', '县商务局已经建好市场，下步要加快招商。'],
    ['接下来要', '县商务局已经建好市场，接下来要加快招商。'],
  ])('%s opens a child', (word, body) => {
    expect(withLead(`一、加强保障\n（一）抓民生。${body}`)).toEqual([
      SECTION,
      ['directive', '（一）抓民生。县商务局已经建好市场', ['商务局'], 0, null],
      ['directive', body.slice(body.indexOf(word)), ['商务局'], 1, null],
    ]);
  });

  it.each([
    ['without 要', '县商务局已经建好市场，今后加快招商。'],
    ['without a pause before it', '县商务局已经建好市场下一步要加快招商。'],
    ['a collective beside one organization', '县财政局要保障资金，各单位要抓好落实。'],
    ['examples naming the point\'s own body', '县商务局要办好实事，比如县商务局要建设市场。'],
  ])('%s: the point stays whole', (_name, body) => {
    const orgs = body.startsWith('县财政局') ? ['财政局'] : ['商务局'];
    expect(withLead(`一、加强保障\n（一）抓民生。${body}`)).toEqual([SECTION, ['directive', `（一）抓民生。${body}`, orgs, 0, null]]);
  });

  it('a next step inside a promise is part of it', () => {
    expect(withLead('一、加强保障\n（一）抓民生。县财政局要保障资金。县委将全力支持，下一步要加大投入。')).toEqual([
      SECTION,
      ['directive', '（一）抓民生。县财政局要保障资金。', ['财政局'], 0, null],
      ['commitment', '县委将全力支持，下一步要加大投入。', ['区委'], 1, null],
    ]);
  });

  it.each<[string, string, unknown[][]]>([
    [
      'a body taking over again opens another child',
      '县财政局要保障资金，县妇联要关爱儿童，县财政局要加快拨付。',
      [['directive', '县财政局要保障资金', ['财政局'], 1, null], ['directive', '县妇联要关爱儿童', ['妇联'], 1, null], ['directive', '县财政局要加快拨付。', ['财政局'], 1, null]],
    ],
    [
      'one body twice in a row is one child',
      '县财政局要保障资金，县财政局要加快拨付，县妇联要关爱儿童。',
      [['directive', '县财政局要保障资金，县财政局要加快拨付', ['财政局'], 1, null], ['directive', '县妇联要关爱儿童。', ['妇联'], 1, null]],
    ],
    [
      'an organization listed with a collective is a part of its own',
      '县财政局要保障资金，县妇联和各乡镇要关爱儿童。',
      [['directive', '县财政局要保障资金', ['财政局'], 1, null], ['directive', '县妇联和各乡镇要关爱儿童。', ['妇联'], 1, null]],
    ],
    [
      'a collective opens no child of its own',
      '县财政局要保障资金，县妇联要关爱儿童，各单位要抓好落实。',
      [['directive', '县财政局要保障资金', ['财政局'], 1, null], ['directive', '县妇联要关爱儿童，各单位要抓好落实。', ['妇联'], 1, null]],
    ],
    [
      'promises between the parts are children beside them',
      '县财政局要保障资金。县委将全力支持。县妇联要关爱儿童，县商务局要建设市场。县委将加大投入。',
      [
        ['directive', '县财政局要保障资金。', ['财政局'], 1, null],
        ['commitment', '县委将全力支持。', ['区委'], 1, null],
        ['directive', '县妇联要关爱儿童', ['妇联'], 1, null],
        ['directive', '县商务局要建设市场。', ['商务局'], 1, null],
        ['commitment', '县委将加大投入。', ['区委'], 1, null],
      ],
    ],
  ])('%s', (_name, body, children) => {
    expect(withLead(`一、加强保障\n（一）抓民生。${body}`)).toEqual([SECTION, ['section', '（一）抓民生。', [], 0, null], ...children]);
  });
});

describe('examples, table lines, groups and members at their limits', () => {
  const full = (body: string) => {
    const result = extract({ text: `在全县工作会议上的讲话\n${body}`, registry: REGISTRY, date: '2026-04-08' });
    const index = new Map(result.items.map((item, k) => [item.id, k]));
    return result.items.map((i) => [i.kind, i.text, i.orgs, i.parentId === null ? -1 : (index.get(i.parentId) as number), i.title]);
  };
  const SECTION = ['section', '一、加强保障', [], -1, '加强保障'];

  it.each<[string, string, unknown[][]]>([
    [
      '譬如 opens examples like 比如, and the title leaves it out',
      '（一）抓民生。要办好实事，譬如县财政局要保障资金，县商务局要建设市场。',
      [
        ['section', '（一）抓民生。要办好实事', [], 0, '抓民生'],
        ['directive', '譬如县财政局要保障资金', ['财政局'], 1, '保障资金'],
        ['directive', '县商务局要建设市场。', ['商务局'], 1, '建设市场'],
      ],
    ],
    ['比方说 opens one example', '（一）抓民生。要办好实事，比方说县财政局要保障资金。', [['section', '（一）抓民生。要办好实事', [], 0, '抓民生'], ['directive', '比方说县财政局要保障资金。', ['财政局'], 1, '保障资金']]],
    [
      '例如 inside a clause opens nothing: the bodies still get one part each',
      '（一）抓民生。县财政局要保障资金，县商务局要建设市场例如农贸市场。',
      [['section', '（一）抓民生。', [], 0, '抓民生'], ['directive', '县财政局要保障资金', ['财政局'], 1, '保障资金'], ['directive', '县商务局要建设市场例如农贸市场。', ['商务局'], 1, '建设市场例如农贸市场']],
    ],
    [
      'a topic heading takes the first directive sentence, not the first sentence',
      '（一）制度建设。目前制度还不健全。县财政局要制定办法。',
      [['directive', '（一）制度建设。目前制度还不健全。县财政局要制定办法。', ['财政局'], 0, '制定办法']],
    ],
    ['a field named at length finds its organization', '（一）抓民生。对卫生健康工作来说，要做好防控。对财政工作来说，要保障资金。', [['section', '（一）抓民生。', [], 0, '抓民生'], ['directive', '对卫生健康工作来说，要做好防控。', ['卫生健康委'], 1, '做好防控'], ['directive', '对财政工作来说，要保障资金。', ['财政局'], 1, '保障资金']]],
    ['the mass organizations as a topic', '（一）抓民生。对群团组织来说，要做好服务。对财政工作来说，要保障资金。', [['section', '（一）抓民生。', [], 0, '抓民生'], ['directive', '对群团组织来说，要做好服务。', ['妇联'], 1, '做好服务'], ['directive', '对财政工作来说，要保障资金。', ['财政局'], 1, '保障资金']]],
    ['a heading with one body and its supporter is one directive', '（一）县财政局要保障资金，县妇联配合。要确保按时完成。', [['directive', '（一）县财政局要保障资金，县妇联配合。要确保按时完成。', ['财政局', '妇联'], 0, '保障资金']]],
    [
      'a sentence without an actor after a promise is no child',
      '（一）抓民生。县财政局要保障资金。县委将全力支持。要确保按时完成。',
      [['directive', '（一）抓民生。县财政局要保障资金。', ['财政局'], 0, '抓民生'], ['commitment', '县委将全力支持。', ['区委'], 1, '全力支持']],
    ],
    ['今后还要 opens a child', '（一）抓民生。县商务局已经建好市场，今后还要加快招商。', [['directive', '（一）抓民生。县商务局已经建好市场', ['商务局'], 0, '抓民生'], ['directive', '今后还要加快招商。', ['商务局'], 1, '加快招商']]],
  ])('%s', (_name, body, want) => {
    expect(full(`一、加强保障\n${body}`)).toEqual([SECTION, ...want]);
  });

  it.each<[string, string, unknown[][]]>([
    ['要 sentences of four characters are members', '要甲乙。要丙丁。', [['directive', '要甲乙。', [], 0, '甲乙'], ['directive', '要丙丁。', [], 0, '丙丁']]],
    ['a 要 sentence of fifteen characters is a member', '要一二三四五六七八九十一二三。要丙丁戊。', [['directive', '要一二三四五六七八九十一二三。', [], 0, '一二三四五六七八九十一二三'], ['directive', '要丙丁戊。', [], 0, '丙丁戊']]],
    ['a 要 sentence of sixteen characters is none', '要一二三四五六七八九十一二三四。要丙丁戊。', [['directive', '要一二三四五六七八九十一二三四。要丙丁戊。', [], 0, '一二三四五六七八九十一二三四']]],
    [
      'the last short member ends with its paragraph',
      '要争创一流队伍。要发扬创新精神。\n县财政局要保障资金。',
      [['directive', '要争创一流队伍。', [], 0, '争创一流队伍'], ['directive', '要发扬创新精神。', [], 0, '发扬创新精神'], ['directive', '县财政局要保障资金。', ['财政局'], 0, '保障资金']],
    ],
    [
      'text before the short members is a directive of its own',
      '县商务局要建设市场。要争创一流队伍。要发扬创新精神。',
      [['directive', '县商务局要建设市场。', ['商务局'], 0, '建设市场'], ['directive', '要争创一流队伍。', [], 0, '争创一流队伍'], ['directive', '要发扬创新精神。', [], 0, '发扬创新精神']],
    ],
    [
      'text before a series is a directive of its own',
      '县商务局要建设市场。一是县财政局要保障资金；二是县妇联要关爱儿童。',
      [['directive', '县商务局要建设市场。', ['商务局'], 0, '建设市场'], ['directive', '一是县财政局要保障资金；', ['财政局'], 0, '保障资金'], ['directive', '二是县妇联要关爱儿童。', ['妇联'], 0, '关爱儿童']],
    ],
    [
      'a promise inside a short member is its child',
      '要争创一流队伍。县委将全力支持。要发扬创新精神。',
      [['directive', '要争创一流队伍。', [], 0, '争创一流队伍'], ['commitment', '县委将全力支持。', ['区委'], 1, '全力支持'], ['directive', '要发扬创新精神。', [], 0, '发扬创新精神']],
    ],
  ])('%s', (_name, body, want) => {
    expect(full(`一、加强保障\n${body}`)).toEqual([SECTION, ...want]);
  });

  it.each<[string, string, unknown[][]]>([
    ['a table line with a half-width colon', '年内新建停车场3处。责任单位:县商务局。', [['directive', '年内新建停车场3处。责任单位:县商务局。', ['商务局'], -1, '新建停车场3处']]],
    ['a table line after a space', '年内新建停车场3处。 责任单位：县商务局。', [['directive', '年内新建停车场3处。责任单位：县商务局。', ['商务局'], -1, '新建停车场3处']]],
    ['a table line with no task above it is nothing', '责任单位：县商务局。', []],
    ['a table line joins the task, not the background before it', '去年取得了成绩。县商务局要建设市场。\n责任单位：县商务局', [['directive', '县商务局要建设市场。责任单位：县商务局', ['商务局'], -1, '建设市场']]],
    [
      'a group opened without an actor takes the first actor it meets',
      '要加快拨付。县财政局要保障资金。县妇联要关爱儿童。',
      [['directive', '要加快拨付。县财政局要保障资金。', ['财政局'], -1, '加快拨付'], ['directive', '县妇联要关爱儿童。', ['妇联'], -1, '关爱儿童']],
    ],
    ['a supporter does not change the group\'s actor', '县财政局要保障资金。县财政局要做好宣传，县妇联配合。', [['directive', '县财政局要保障资金。县财政局要做好宣传，县妇联配合。', ['财政局', '妇联'], -1, '保障资金']]],
    ['an organization listed with a collective takes its part of a sentence', '县财政局要保障资金，县妇联和各单位要关爱儿童。', [['directive', '县财政局要保障资金', ['财政局'], -1, '保障资金'], ['directive', '县妇联和各单位要关爱儿童。', ['妇联'], -1, '关爱儿童']]],
    ['a party committee in the speaker\'s promise stays in it', '我们将全力支持，县委要加强领导。', [['commitment', '我们将全力支持，县委要加强领导。', ['区委'], -1, '全力支持']]],
  ])('%s', (_name, body, want) => {
    expect(full(body)).toEqual(want);
  });
});
