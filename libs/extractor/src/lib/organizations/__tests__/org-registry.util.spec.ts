import { describe, expect, it } from 'vitest';
import type { RegistryOrg } from '../../types/extraction.type';
import { firstMentionFrom, findOrgMentions, MentionIndex, mentionsIn, type OrgMention } from '../org-mention.util';
import { OrgRegistry } from '../org-registry.util';
import { findUnknownNames, findUnresolvedOrgs, withUnknownNames } from '../unresolved-org.util';

const REGISTRY: RegistryOrg[] = [
  { name: '区委', kind: 'party_committee', aliases: ['县委', '市委'] },
  { name: '卫生健康委', kind: 'government', aliases: ['卫健委', '县卫健局'] },
  { name: '工会', kind: 'mass_org', aliases: ['总工会'] },
  { name: '妇联', kind: 'mass_org', aliases: [] },
  { name: '财政局', kind: 'government', aliases: [] },
  { name: '各单位', kind: 'government' },
];

describe('OrgRegistry', () => {
  it('keeps valid entries only, trimmed, with their kinds', () => {
    const registry = new OrgRegistry([
      { name: ' 财政局 ', kind: 'government', aliases: [' 财局 ', '', '  ', 7 as unknown as string] },
      { name: '', kind: 'x' },
      { name: '   ', kind: 'x' },
      null as unknown as RegistryOrg,
      { name: 3 as unknown as string, kind: 'x' },
      { name: '妇联', kind: 5 as unknown as string },
      { name: '财政局', kind: 'finance' },
      { name: '市委', kind: 'party_committee' },
      { name: '县委', kind: 'party_committee' },
    ]);
    expect(registry.names).toEqual(['财政局', '妇联', '市委', '县委']);
    expect([...registry.kinds]).toEqual([['财政局', 'finance'], ['妇联', 'other'], ['市委', 'party_committee'], ['县委', 'party_committee']]);
    expect(registry.partyCommittee).toBe('市委');
    expect(registry.longestAt('财局要', 0)).toEqual({ end: 2, value: { kind: 'org', org: '财政局', orgKind: 'government', collective: null } });
    expect(registry.longestAt(' 财局', 0)).toBeNull();
    expect(new OrgRegistry('nope' as unknown as RegistryOrg[]).names).toEqual([]);
    expect(new OrgRegistry([{ name: '财政局', kind: 'x', aliases: 'abc' as unknown as string[] }]).longestAt('a', 0)).toBeNull();
    expect(new OrgRegistry([]).partyCommittee).toBeNull();
  });

  it('finds the longest word at a position, registry names over collective words', () => {
    const registry = new OrgRegistry(REGISTRY);
    expect(registry.longestAt('县卫健局要', 0)).toEqual({ end: 4, value: { kind: 'org', org: '卫生健康委', orgKind: 'government', collective: null } });
    expect(registry.longestAt('总工会', 0)?.value.org).toBe('工会');
    expect(registry.longestAt('总工会', 1)).toEqual({ end: 3, value: { kind: 'org', org: '工会', orgKind: 'mass_org', collective: null } });
    expect(registry.longestAt('总工', 0)).toBeNull();
    expect(registry.longestAt('工会', 2)).toBeNull();
    expect(registry.longestAt('甲', 0)).toBeNull();
    expect(registry.longestAt('各单位', 0)?.value.kind).toBe('org');
    expect(registry.longestAt('各部门', 0)?.value).toEqual({ kind: 'collective', org: null, orgKind: null, collective: 'all' });
    expect(registry.longestAt('群团组织', 0)?.value).toEqual({ kind: 'collective', org: null, orgKind: null, collective: 'mass' });
    expect(registry.longestAt('我们', 0)?.value).toEqual({ kind: 'self', org: null, orgKind: null, collective: null });
    expect(registry.startsWord('财'.charCodeAt(0))).toBe(true);
    expect(registry.startsWord('政'.charCodeAt(0))).toBe(false);
    expect(registry.massOrgs()).toEqual(['工会', '妇联']);
  });

  it.each([
    ['卫健', '卫生健康委'],
    ['卫生', '卫生健康委'],
    ['卫健委', '卫生健康委'],
    ['工会', '工会'],
    ['财政', '财政局'],
    ['卫', null],
    ['教育', null],
    ['委', null],
  ])('orgByStem(%j) is %j', (stem, want) => {
    expect(new OrgRegistry(REGISTRY).orgByStem(stem)).toBe(want);
  });

  it('orgByStem is null when the stem starts two organizations', () => {
    const registry = new OrgRegistry([{ name: '教育局', kind: 'g' }, { name: '教育基金会', kind: 'g' }, { name: '县教育局', kind: 'g2', aliases: [] }]);
    expect(registry.orgByStem('教育')).toBeNull();
    expect(new OrgRegistry([{ name: '教育局', kind: 'g', aliases: ['县教育局'] }]).orgByStem('教育')).toBe('教育局');
  });
});

describe('mention lookups', () => {
  const m = (start: number, end: number): OrgMention => ({ kind: 'org', org: `o${start}`, orgKind: 'g', collective: null, start, end });
  const all = [m(2, 4), m(5, 7), m(5, 6), m(9, 12)];

  it('firstMentionFrom and mentionsIn', () => {
    expect([0, 2, 3, 5, 6, 9, 10].map((p) => firstMentionFrom(all, p))).toEqual([0, 0, 1, 1, 3, 3, 4]);
    expect(mentionsIn(all, 0, 20).map((x) => x.start)).toEqual([2, 5, 5, 9]);
    expect(mentionsIn(all, 3, 7).map((x) => [x.start, x.end])).toEqual([[5, 7], [5, 6]]);
    expect(mentionsIn(all, 2, 6).map((x) => [x.start, x.end])).toEqual([[2, 4], [5, 6]]);
    expect(mentionsIn(all, 2, 11)).toHaveLength(3);
    expect(mentionsIn(all, 9, 12)).toHaveLength(1);
    expect(mentionsIn([], 0, 5)).toEqual([]);
  });

  it('MentionIndex answers by offset', () => {
    const index = new MentionIndex(all, 14);
    expect([0, 1, 2, 3, 4, 5, 6, 9, 10, 13, 14, 15, -1].map((p) => index.at(p)?.start ?? null)).toEqual([null, null, 2, null, null, 5, null, 9, null, null, null, null, null]);
    expect(index.in(0, 14).map((x) => x.start)).toEqual([2, 5, 5, 9]);
    expect(index.in(-3, 14)).toHaveLength(4);
    expect(index.in(3, 7).map((x) => [x.start, x.end])).toEqual([[5, 7], [5, 6]]);
    expect(index.in(6, 14).map((x) => x.start)).toEqual([9]);
    expect(index.in(14, 20)).toEqual([]);
    expect(index.in(40, 50)).toEqual([]);
    expect(index.in(10, 14)).toEqual([]);
    // a mention past the text's end (a stale index) is looked up at the end
    const short = new MentionIndex([m(1, 2), m(8, 9)], 4);
    expect(short.at(1)?.start).toBe(1);
    expect(short.in(2, 10).map((x) => x.start)).toEqual([8]);
    expect(new MentionIndex([], 3).in(0, 3)).toEqual([]);
  });
});

describe('findUnresolvedOrgs', () => {
  const registry = new OrgRegistry(REGISTRY);
  const unresolved = (text: string) => findUnresolvedOrgs(text, findOrgMentions(text, registry), registry).map((u) => [u.text, u.start, u.end]);

  it.each<[string, Array<[string, number, number]>]>([
    ['市侨联要做好', [['市侨联', 0, 3]]],
    ['市侨联、市侨联', [['市侨联', 0, 3]]],
    ['由市应急局牵头', [['市应急局', 1, 5]]],
    ['请县水利局配合', [['县水利局', 1, 5]]],
    ['的市场监管局', [['市场监管局', 1, 6]]],
    ['A县水利局', [['县水利局', 1, 5]]],
    ['城市管理局', []],
    ['市局', []],
    ['市水局', [['市水局', 0, 3]]],
    ['市甲乙丙丁', []],
    ['市甲乙丙丁戊己庚辛局', []],
    ['市甲乙丙丁戊己庚局', [['市甲乙丙丁戊己庚局', 0, 9]]],
    ['市的局', []],
    ['市水A局', []],
    ['县委常委会审议', [['县委常委会', 0, 5]]],
    // an office the registry does not list is reported whole, not cut at its 办
    ['区委办公室要', [['区委办公室', 0, 5]]],
    ['由市政府办公室牵头', [['市政府办公室', 1, 7]]],
    ['县财政局要', []],
    ['县妇联、县侨联', [['县侨联', 4, 7]]],
    ['省人民政府', [['省人民政府', 0, 5]]],
    ['区红十字会', [['区红十字会', 0, 5]]],
    ['州中心', [['州中心', 0, 3]]],
    ['旗街道', [['旗街道', 0, 3]]],
    ['县图书馆要', [['县图书馆', 0, 4]]],
    // a registry name that goes on into a longer one (县委 + 督查室) is not that name: the whole is unknown
    ['县委督查室要', [['县委督查室', 0, 5]]],
    ['县委书记要', []],
    ['县委要', []],
  ])('%j', (text, want) => {
    expect(unresolved(text)).toEqual(want);
  });

  it('every occurrence of an unknown name joins the mentions in order, as an unknown body', () => {
    const text = '县侨联牵头，县财政局、县侨联配合';
    const known = findOrgMentions(text, registry);
    const names = findUnknownNames(text, known, registry);
    expect(names.map((n) => [n.text, n.start])).toEqual([
      ['县侨联', 0],
      ['县侨联', 11],
    ]);
    expect(findUnresolvedOrgs(text, known, registry).map((n) => n.start)).toEqual([0]);
    expect(withUnknownNames(known, names).map((m) => [m.kind, m.org ?? m.name, m.start])).toEqual([
      ['unknown', '县侨联', 0],
      ['org', known[0]?.org, 6],
      ['unknown', '县侨联', 11],
    ]);
    expect(withUnknownNames(known, [])).toEqual(known);
  });
});

describe('findOrgMentions: names, qualifiers and posts', () => {
  const registry = new OrgRegistry([
    { name: '区委', kind: 'party_committee', aliases: ['县委', '市委'] },
    { name: '组织部', kind: 'party_dept', aliases: ['组织'] },
    { name: '财政局', kind: 'government', aliases: [] },
    { name: '委办', kind: 'other', aliases: [] },
    { name: '水利局', kind: 'government', aliases: [] },
  ]);
  const found = (text: string) => findOrgMentions(text, registry).map((m) => [text.slice(m.start, m.end), m.org ?? m.kind]);

  it.each<[string, string[][]]>([
    ['县委书记要抓', [['县委书记', '区委']]],
    ['县委常务副书记要抓', []],
    ['水利局局长要亲自抓', [['水利局局长', '水利局']]],
    ['财政局主要负责同志要', [['财政局主要负责同志', '财政局']]],
    ['县委会同财政局', [['县委', '区委'], ['财政局', '财政局']]],
    ['县委举办培训', [['县委', '区委']]],
    ['县委办要', [['县委办', '委办']]],
    ['区委委办', [['区委委办', '委办']]],
    ['市委组织部要', [['市委组织部', '组织部']]],
    // a name with its own prefix right after another is a second body (县委县政府), not the one qualified
    ['县委县水利局要', [['县委', '区委'], ['县水利局', '水利局']]],
    ['市委水利局要', [['市委水利局', '水利局']]],
    ['县财政局要', [['县财政局', '财政局']]],
    ['省财政局要', [['省财政局', '财政局']]],
    ['二要县财政局牵头', [['县财政局', '财政局']]],
    ['统一要县财政局牵头', []],
    ['要组织开展', []],
    ['一要组织开展', []],
    ['我市财政局要', [['财政局', '财政局']]],
    ['全县财政局要', [['财政局', '财政局']]],
    ['比如财政局要', [['财政局', '财政局']]],
    ['群团组织要', [['群团组织', 'collective']]],
  ])('%j', (text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe('an office by its full name (县委办公室) or its short one (县委办)', () => {
  const party = { name: '县委', kind: 'party_committee', aliases: ['区委'] };
  const found = (entries: RegistryOrg[], text: string) => {
    const registry = new OrgRegistry([party, ...entries]);
    const mentions = findOrgMentions(text, registry);
    return { orgs: mentions.map((m) => [text.slice(m.start, m.end), m.org]), unresolved: findUnresolvedOrgs(text, mentions, registry).map((u) => u.text) };
  };

  it.each<[string, RegistryOrg[], string, string]>([
    ['the full name listed, the short one written', [{ name: '县委办公室', kind: 'party_dept' }], '县委办要抓好督查', '县委办公室'],
    ['the full name listed, the full one written', [{ name: '县委办公室', kind: 'party_dept' }], '县委办公室要抓好督查', '县委办公室'],
    ['the short name listed, the full one written', [{ name: '县委办', kind: 'party_dept' }], '县委办公室要抓好督查', '县委办'],
    ['a government office, short name written', [{ name: '县政府办公室', kind: 'government' }], '由县政府办牵头', '县政府办公室'],
    ['a prefixed short name of an office listed without prefix', [{ name: '扶贫办', kind: 'government' }], '县扶贫办公室要建立台账', '扶贫办'],
    ['the short name is an alias of the full one: the canonical name is reported', [{ name: '县委办公室', kind: 'party_dept', aliases: ['县委办'] }], '县委办要抓好督查', '县委办公室'],
    ['the full name is an alias of the short one', [{ name: '县委办', kind: 'party_dept', aliases: ['县委办公室'] }], '县委办公室要抓好督查', '县委办'],
  ])('%s', (_, entries, text, org) => {
    const { orgs } = found(entries, text);
    expect(orgs.map(([, o]) => o)).toEqual([org]);
    // the longest spelling wins: the mention covers the whole name as written
    expect(text.includes(orgs[0]?.[0] as string)).toBe(true);
    expect((orgs[0]?.[0] as string).endsWith('办') || (orgs[0]?.[0] as string).endsWith('办公室')).toBe(true);
  });

  it('a registry word spelled like the derived short name keeps its own meaning', () => {
    expect(found([{ name: '县委办公室', kind: 'party_dept' }, { name: '县委办', kind: 'other', aliases: [] }], '县委办要抓好督查').orgs).toEqual([['县委办', '县委办']]);
  });

  it.each([
    ['县委办要抓好督查', '县委办'],
    ['县委办公室要抓好督查', '县委办公室'],
    ['由区委办牵头，县妇联配合', '区委办'],
  ])('an office the registry does not list is not the party committee: %s', (text, name) => {
    const { orgs, unresolved } = found([{ name: '县妇联', kind: 'mass_org' }], text);
    expect(orgs.map(([, o]) => o)).not.toContain('县委');
    expect(unresolved).toEqual([name]);
  });

  it('办 as a verb after a name is the body’s action (县委办好实事)', () => {
    expect(found([], '县委办好民生实事').orgs).toEqual([['县委', '县委']]);
    expect(found([], '县委办理群众来信').orgs).toEqual([['县委', '县委']]);
  });
});
