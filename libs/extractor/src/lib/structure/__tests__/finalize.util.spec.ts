import { WorkingCalendar } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { parseYmd } from '../../deadlines/calendar.util';
import { findOrgMentions, MentionIndex } from '../../organizations/org-mention.util';
import { OrgRegistry } from '../../organizations/org-registry.util';
import { normalizeText } from '../../text/normalize-text.util';
import type { RegistryOrg } from '../../types/extraction.type';
import type { Draft } from '../draft.type';
import { finalizeDrafts, type FinalizeContext } from '../finalize.util';

const REGISTRY: RegistryOrg[] = [
  { name: '区委', kind: 'party_committee' },
  { name: '财政局', kind: 'government' },
  { name: '妇联', kind: 'mass_org' },
  { name: '工会', kind: 'mass_org', aliases: ['总工会'] },
  { name: '团委', kind: 'mass_org' },
];

function context(raw: string, audience: string[] = [], registry: RegistryOrg[] = REGISTRY): FinalizeContext {
  const norm = normalizeText(raw);
  const orgs = new OrgRegistry(registry);
  const mentions = findOrgMentions(norm.text, orgs);
  return { norm, mentions, mentionIndex: new MentionIndex(mentions, norm.text.length), registry: orgs, audience, speakerBody: null, ref: parseYmd('2026-04-08'), calendar: new WorkingCalendar([]) };
}

function draft(fields: Partial<Draft> & { start: number; end: number }): Draft {
  return { kind: 'directive', source: 'free', bodyStart: fields.start, markerEnd: fields.start, ownEnd: fields.end, title: '标题', parent: null, children: [], topicOrgs: [], orgs: [], lead: null, explicitActor: false, headingTask: false, ownTask: false, ...fields };
}

/** One draft over the whole text: its item's orgs, lead, due, cadence and confidence, or null when left out. */
function one(raw: string, fields: Partial<Draft> = {}, audience: string[] = [], registry = REGISTRY) {
  const ctx = context(raw, audience, registry);
  const [item, ...rest] = finalizeDrafts([draft({ start: 0, end: ctx.norm.text.length, ...fields })], ctx);
  expect(rest).toEqual([]);
  return item ? { kind: item.kind, orgs: item.orgs, lead: item.lead, due: item.due, cadence: item.cadence, confidence: item.confidence } : null;
}

describe('finalizeDrafts: organizations, dates and confidence', () => {
  it.each<[string, string, Partial<Draft>, string[], ReturnType<typeof one>]>([
    ['an actor and a deadline', '财政局要在6月底前拨付资金。', { source: 'heading' }, [], { kind: 'directive', orgs: ['财政局'], lead: null, due: '2026-06-30', cadence: null, confidence: 0.96 }],
    ['a member with a cadence', '财政局要每月报送一次。', { source: 'member' }, [], { kind: 'directive', orgs: ['财政局'], lead: null, due: null, cadence: 'monthly', confidence: 0.88 }],
    ['lead and support', '由财政局牵头，妇联配合，做好保障。', {}, [], { kind: 'directive', orgs: ['财政局', '妇联'], lead: '财政局', due: null, cadence: null, confidence: 0.68 }],
    ['supporters after the lead whatever the order', '妇联配合，财政局牵头，做好保障。', {}, [], { kind: 'directive', orgs: ['财政局', '妇联'], lead: '财政局', due: null, cadence: null, confidence: 0.68 }],
    ['负责 with a supporter leads', '财政局负责，妇联配合，做好保障。', {}, [], { kind: 'directive', orgs: ['财政局', '妇联'], lead: '财政局', due: null, cadence: null, confidence: 0.68 }],
    ['负责 alone does not lead', '财政局负责，做好保障。', {}, [], { kind: 'directive', orgs: ['财政局'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['the subject of 会同 leads', '财政局要会同妇联开展评选。', {}, [], { kind: 'directive', orgs: ['财政局', '妇联'], lead: '财政局', due: null, cadence: null, confidence: 0.68 }],
    ['two actors, no lead', '财政局和妇联要共同搭建平台。', {}, [], { kind: 'directive', orgs: ['财政局', '妇联'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['an organization named twice counts once', '财政局要做好，财政局要落实。', {}, [], { kind: 'directive', orgs: ['财政局'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['a topic organization acts', '要做好保障。', { topicOrgs: ['妇联'] }, [], { kind: 'directive', orgs: ['妇联'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['mass organizations of the audience', '群团组织要发挥作用。', {}, ['财政局', '妇联', '工会'], { kind: 'directive', orgs: ['妇联', '工会'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['mass organizations of the registry when the audience has none', '群团组织要发挥作用。', {}, ['财政局'], { kind: 'directive', orgs: ['妇联', '工会', '团委'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['every unit is the audience', '各单位要抓好落实。', {}, ['财政局', '妇联'], { kind: 'directive', orgs: ['财政局', '妇联'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['a collective never leads', '由各单位牵头，做好保障。', {}, ['财政局', '妇联'], { kind: 'directive', orgs: ['财政局', '妇联'], lead: null, due: null, cadence: null, confidence: 0.68 }],
    ['no actor: the audience', '要抓好落实。', {}, ['财政局'], { kind: 'directive', orgs: ['财政局'], lead: null, due: null, cadence: null, confidence: 0.6 }],
    ['no actor and no audience', '要抓好落实。', {}, [], { kind: 'directive', orgs: [], lead: null, due: null, cadence: null, confidence: 0.4 }],
    ['the speaker is nobody', '我们要抓好落实。', {}, [], { kind: 'directive', orgs: [], lead: null, due: null, cadence: null, confidence: 0.4 }],
    ['a commitment is the party committee', '区委将全力支持。', { kind: 'commitment', source: 'commitment' }, [], { kind: 'commitment', orgs: ['区委'], lead: null, due: null, cadence: null, confidence: 0.83 }],
    ['a section has no organizations, date or cadence', '财政局要在6月底前每月报送。', { kind: 'section', source: 'section' }, [], { kind: 'section', orgs: [], lead: null, due: null, cadence: null, confidence: 0.95 }],
    ['rhetoric is left out', '要清醒看到差距。', {}, ['财政局'], null],
    ['rhetoric from a heading keeps just enough', '财政局要清醒看到差距，6月底前。', { source: 'heading' }, [], { kind: 'directive', orgs: ['财政局'], lead: null, due: '2026-06-30', cadence: null, confidence: 0.36 }],
    ['rhetoric from a member does not', '财政局要清醒看到差距，6月底前。', { source: 'member' }, [], null],
    ['a named lead is work, not rhetoric', '由财政局牵头，要清醒看到差距。', {}, [], { kind: 'directive', orgs: ['财政局'], lead: '财政局', due: null, cadence: null, confidence: 0.68 }],
    ['org children', '要抓好落实。', { source: 'shift-child' }, [], { kind: 'directive', orgs: [], lead: null, due: null, cadence: null, confidence: 0.5 }],
  ])('%s', (_name, raw, fields, audience, want) => {
    expect(one(raw, fields, audience)).toEqual(want);
  });

  it('a commitment without a party committee in the registry has no organization', () => {
    expect(one('区委将全力支持。', { kind: 'commitment', source: 'commitment' }, [], [{ name: '财政局', kind: 'government' }])).toEqual({ kind: 'commitment', orgs: [], lead: null, due: null, cadence: null, confidence: 0.63 });
  });

  it('a list right at the body start opens its clause', () => {
    expect(one('和财政局要做好。', { bodyStart: 1 }, ['妇联'])).toMatchObject({ orgs: ['财政局'] });
    expect(one('和财政局要做好。', { bodyStart: 0 }, ['妇联'])).toMatchObject({ orgs: ['妇联'] });
  });
});

describe('finalizeDrafts: the tree', () => {
  it('numbers items in pre-order, trims spans and maps them to the original text', () => {
    const raw = '一、抓保障\n财政局 要做好，\n妇联要配合。\n';
    const ctx = context(raw, ['工会']);
    const text = ctx.norm.text; // 一、抓保障\n财政局要做好，\n妇联要配合。
    expect(text).toBe('一、抓保障\n财政局要做好，\n妇联要配合。');
    const section = draft({ kind: 'section', source: 'section', start: 0, end: text.length, title: '抓保障' });
    const second = draft({ start: 14, end: text.length, parent: section });
    const first = draft({ start: 5, end: 14, parent: section });
    section.children = [second, first];
    const items = finalizeDrafts([section], ctx);
    expect(items.map((i) => [i.id, i.parentId, i.kind, i.text, raw.slice(i.start, i.end), i.orgs])).toEqual([
      ['1', null, 'section', '一、抓保障', '一、抓保障', []],
      ['2', '1', 'directive', '财政局要做好', '财政局 要做好', ['财政局']],
      ['3', '1', 'directive', '妇联要配合。', '妇联要配合。', ['妇联']],
    ]);
  });

  it('rhetoric with children is kept: its children carry work', () => {
    const raw = '要清醒看到差距。财政局要做好。';
    const ctx = context(raw, ['妇联']);
    const root = draft({ start: 0, end: raw.length });
    const child = draft({ start: 8, end: raw.length, parent: root });
    root.children = [child];
    expect(finalizeDrafts([root], ctx).map((i) => [i.id, i.parentId, i.text, i.confidence])).toEqual([
      ['1', null, '要清醒看到差距。', 0.6],
      ['2', '1', '财政局要做好。', 0.68],
    ]);
  });

  it('a draft with no text of its own is no item, and its children keep their parent', () => {
    const raw = '，\n财政局要做好。';
    const ctx = context(raw);
    const root = draft({ kind: 'section', source: 'section', start: 0, end: ctx.norm.text.length });
    const child = draft({ start: 2, end: ctx.norm.text.length, parent: root });
    root.children = [child];
    expect(finalizeDrafts([root], ctx).map((i) => [i.id, i.parentId, i.text])).toEqual([['1', null, '财政局要做好。']]);
  });

  it('a child without an actor takes its directive parent\'s organizations, not a section\'s', () => {
    const raw = '妇联要做好帮扶。要抓好落实。';
    const ctx = context(raw, ['财政局']);
    const parent = draft({ start: 0, end: raw.length });
    const child = draft({ start: 8, end: raw.length, parent });
    parent.children = [child];
    expect(finalizeDrafts([parent], ctx).map((i) => i.orgs)).toEqual([['妇联'], ['妇联']]);
    const section = draft({ kind: 'section', source: 'section', start: 0, end: raw.length });
    const orphan = draft({ start: 8, end: raw.length, parent: section });
    section.children = [orphan];
    expect(finalizeDrafts([section], context(raw, ['财政局'])).map((i) => i.orgs)).toEqual([[], ['财政局']]);
    const bare = draft({ start: 0, end: 8 });
    const under = draft({ start: 8, end: raw.length, parent: bare });
    bare.children = [under];
    bare.orgs = [];
    expect(finalizeDrafts([bare], context('要做好帮扶工作。要抓好落实。', ['财政局'])).map((i) => i.orgs)).toEqual([['财政局'], ['财政局']]);
  });

  it('a point without an actor whose sentences hand the work to organizations is their section', () => {
    const raw = '要做好帮扶。妇联要关爱儿童。';
    const ctx = context(raw, ['财政局']);
    const point = draft({ start: 0, end: raw.length, source: 'heading' });
    const child = draft({ start: 6, end: raw.length, source: 'org-child', parent: point });
    point.children = [child];
    expect(finalizeDrafts([point], ctx).map((i) => [i.kind, i.orgs, i.confidence])).toEqual([
      ['section', [], 0.85],
      ['directive', ['妇联'], 0.88],
    ]);
    // whatever its children are, a point whose own text is its marker alone is their heading
    const marked = '（一）县委将支持。妇联要关爱儿童。';
    const bare = draft({ start: 0, end: marked.length, source: 'heading', markerEnd: 3 });
    bare.children = [draft({ kind: 'commitment', source: 'commitment', start: 3, end: 9, parent: bare }), draft({ start: 9, end: marked.length, parent: bare })];
    expect(finalizeDrafts([bare], context(marked, ['财政局'])).map((i) => [i.kind, i.text])).toEqual([
      ['section', '（一）'],
      ['commitment', '县委将支持。'],
      ['directive', '妇联要关爱儿童。'],
    ]);
    const titled = draft({ start: 0, end: marked.length, source: 'heading', markerEnd: 2 });
    titled.children = [draft({ start: 3, end: marked.length, parent: titled })];
    expect(finalizeDrafts([titled], context(marked, ['财政局']))[0]?.kind).toBe('directive');
    const other = draft({ start: 0, end: raw.length, source: 'heading' });
    other.children = [draft({ start: 6, end: raw.length, source: 'member', parent: other })];
    expect(finalizeDrafts([other], context(raw, ['财政局'])).map((i) => i.kind)).toEqual(['directive', 'directive']);
  });
});
