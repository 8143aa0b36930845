import { describe, expect, it } from 'vitest';
import type { RegistryOrg } from '../../types/extraction.type';
import { findActorClauses, unknownLeadBefore } from '../actor.util';
import { findOrgMentions } from '../org-mention.util';
import { OrgRegistry } from '../org-registry.util';

const REGISTRY: RegistryOrg[] = [
  { name: '区委', kind: 'party_committee', aliases: ['县委'] },
  { name: '组织部', kind: 'party_dept' },
  { name: '宣传部', kind: 'party_dept' },
  { name: '财政局', kind: 'government' },
  { name: '妇联', kind: 'mass_org' },
  { name: '工会', kind: 'mass_org', aliases: ['总工会'] },
];

/** Each clause as its role, its organizations and the text from its start to its list's end. */
function clauses(text: string, rangeStart = 0): string[] {
  const mentions = findOrgMentions(text, new OrgRegistry(REGISTRY)).filter((m) => m.start >= rangeStart);
  return findActorClauses(text, mentions, rangeStart).map(
    (c) => `${c.role}:${c.mentions.map((m) => m.org ?? m.kind).join('+')}@${text.slice(c.clauseStart, c.listEnd)}${c.joint ? ' joint' : ''}${c.responsible ? ' responsible' : ''}`,
  );
}

describe('findActorClauses', () => {
  it.each<[string, string[]]>([
    ['由组织部牵头，财政局、宣传部配合', ['lead:组织部@由组织部', 'support:财政局+宣传部@财政局、宣传部']],
    ['组织部负责，财政局配合', ['actor:组织部@组织部 responsible', 'support:财政局@财政局']],
    ['由组织部负责，财政局协助', ['lead:组织部@由组织部 responsible', 'support:财政局@财政局']],
    ['组织部总牵头', ['lead:组织部@组织部']],
    ['组织部负总责', ['lead:组织部@组织部']],
    ['组织部要牵头', ['lead:组织部@组织部']],
    ['财政局参与', ['support:财政局@财政局']],
    ['财政局协同', ['support:财政局@财政局']],
    ['财政局支持配合', ['support:财政局@财政局']],
    ['财政局要积极配合', ['support:财政局@财政局']],
    ['财政局等部门要配合', ['support:财政局@财政局']],
    ['财政局也还都配合', ['actor:财政局@财政局']],
    ['财政局全力做好保障', ['actor:财政局@财政局']],
    ['组织部要会同宣传部开展评选', ['actor:组织部@组织部', 'support:宣传部@宣传部 joint']],
    ['组织部联合宣传部开展评选', ['actor:组织部@组织部', 'support:宣传部@宣传部 joint']],
    // 协同 before a body: the subject acts, the body supports (and 协同 alone is a support, as above)
    ['组织部要协同宣传部开展评选', ['actor:组织部@组织部', 'support:宣传部@宣传部 joint']],
    ['组织部协同宣传部开展评选', ['actor:组织部@组织部', 'support:宣传部@宣传部 joint']],
    ['组织部要主动协同宣传部、妇联开展评选', ['actor:组织部@组织部', 'support:宣传部+妇联@宣传部、妇联 joint']],
    ['财政局和妇联要共同搭建平台', ['actor:财政局+妇联@财政局和妇联']],
    ['财政局与妇联要共同搭建平台', ['actor:财政局+妇联@财政局与妇联']],
    ['财政局及妇联要共同搭建平台', ['actor:财政局+妇联@财政局及妇联']],
    ['财政局以及妇联要共同搭建平台', ['actor:财政局+妇联@财政局以及妇联']],
    ['财政局同妇联要共同搭建平台', ['actor:财政局+妇联@财政局同妇联']],
    ['财政局、县工商联、妇联配合', ['support:财政局+妇联@财政局、县工商联、妇联']],
    ['财政局、县工商联配合', ['support:财政局@财政局']],
    ['财政局、县工商联、县侨联配合', ['support:财政局@财政局']],
    ['财政局牵头、妇联配合', ['lead:财政局@财政局', 'support:妇联@妇联']],
    ['财政局牵头，县工商联、妇联配合', ['lead:财政局@财政局', 'support:妇联@县工商联、妇联']],
    ['财政局牵头，县工商联、县侨联、妇联配合', ['lead:财政局@财政局', 'support:妇联@县工商联、县侨联、妇联']],
    ['按时向区委报告', []],
    ['服务宣传部中心工作', []],
    ['财政局是主管部门', []],
    ['财政局也是主管部门', []],
    ['财政局的同志要', []],
    ['财政局作为主管部门', []],
    ['财政局所属单位', []],
    ['财政局。', []],
    ['财政局，', []],
    ['财政局、', []],
    ['财政局；', []],
    ['财政局', []],
    ['比如财政局要做好', ['actor:财政局@比如财政局']],
    ['同时，比如财政局要做好', ['actor:财政局@比如财政局']],
    ['好比如财政局要做好', []],
    ['一是财政局要做好', ['actor:财政局@一是财政局']],
    ['二要财政局做好', ['actor:财政局@二要财政局']],
    ['十二是财政局要做好', ['actor:财政局@十二是财政局']],
    ['第三是财政局要做好', ['actor:财政局@第三是财政局']],
    ['其一是财政局要做好', ['actor:财政局@其一是财政局']],
    ['统一是财政局要做好', []],
    ['。一是财政局要做好', ['actor:财政局@一是财政局']],
    ['二是由财政局牵头', ['lead:财政局@由财政局']],
    ['我们要做好', []],
    ['我们和财政局要做好', ['actor:财政局@我们和财政局']],
    ['大家要做好', ['actor:collective@大家']],
    // 负责 after a modal, and 由 after a topic, still make the list answerable
    ['组织部要负责，财政局配合', ['actor:组织部@组织部 responsible', 'support:财政局@财政局']],
    ['组织部也要负责，会同宣传部开展评选', ['actor:组织部@组织部 responsible', 'support:宣传部@宣传部 joint']],
    ['此项资金由财政局负责，妇联配合', ['lead:财政局@由财政局 responsible', 'support:妇联@妇联']],
    ['此项资金由财政局统一拨付', ['actor:财政局@由财政局']],
    ['理由财政局要说明', []],
    // told, not handed or directed: no clause
    ['由财政局拨付的资金', []],
    ['由财政局组织了培训', []],
    ['财政局去年建了市场', []],
    ['财政局已经建成市场', []],
    ['财政局先后建成市场', []],
    ['财政局建成了市场', []],
    ['财政局建成了市场，今年要扩大', ['actor:财政局@财政局']],
    ['财政局已建成市场，今后加快招商', ['actor:财政局@财政局']],
    ['财政局已建成市场，妇联要做好宣传', ['actor:妇联@妇联']],
    ['财政局为了做好宣传', ['actor:财政局@财政局']],
  ])('%j', (text, want) => {
    expect(clauses(text)).toEqual(want);
  });

  it('opens a clause at the range start', () => {
    expect(clauses('和财政局要做好', 1)).toEqual(['actor:财政局@财政局']);
    expect(clauses('和财政局要做好', 0)).toEqual([]);
    // a member's passage cut off after its numeral: the marker is read before the range
    expect(clauses('一是财政局要做好', 1)).toEqual(['actor:财政局@是财政局']);
    expect(clauses('甲是财政局要做好', 1)).toEqual([]);
  });
});

describe('unknownLeadBefore', () => {
  // the support list starts after the last 、 or ，; the clause before it leads with unknown names
  const at = (text: string): boolean => unknownLeadBefore(text, text.lastIndexOf('妇联') - 1, 0);
  it.each<[string, boolean]>([
    ['由县侨联牵头，县妇联配合', true],
    ['县侨联负责，县妇联配合', true],
    ['县侨联要牵头，县妇联配合', true],
    ['县侨联、县工商联牵头，县妇联配合', true],
    ['县侨联牵头、县妇联配合', true],
    ['县侨联负总责，县妇联协助', true],
    ['在县侨联牵头下，县妇联配合', false],
    ['县侨联牵头的项目，县妇联配合', false],
    ['县侨联参与，县妇联配合', false],
    ['大家共同努力，县妇联配合', false],
  ])('%s: %s', (text, want) => {
    expect(at(text)).toBe(want);
  });
});
