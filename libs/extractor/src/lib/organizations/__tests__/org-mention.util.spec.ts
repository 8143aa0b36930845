import { describe, expect, it } from 'vitest';
import type { RegistryOrg } from '../../types/extraction.type';
import { findActorClauses } from '../actor.util';
import { findOrgMentions } from '../org-mention.util';
import { OrgRegistry } from '../org-registry.util';

const REGISTRY: RegistryOrg[] = [
  { name: '区委', kind: 'party_committee', aliases: ['县委', '市委'] },
  { name: '组织部', kind: 'party_dept', aliases: ['组织部门', '组织'] },
  { name: '宣传部', kind: 'party_dept', aliases: ['宣传部门', '宣传'] },
  { name: '工会', kind: 'mass_org', aliases: ['总工会', '工会组织'] },
  { name: '妇联', kind: 'mass_org', aliases: ['妇联组织'] },
  { name: '财政局', kind: 'government', aliases: [] },
  { name: '督查室', kind: 'party_dept', aliases: ['县委督查室'] },
];
// Built in each test (not while collecting), so the mutation run sees which tests reach the registry.
const registry = (): OrgRegistry => new OrgRegistry(REGISTRY);
const orgsIn = (text: string) => findOrgMentions(text, registry()).map((m) => m.org ?? `@${m.kind}:${m.collective ?? ''}`);

describe('findOrgMentions', () => {
  it('resolves aliases with 市/区/县 prefixes, longest first', () => {
    expect(orgsIn('刚才，市总工会、区妇联、县财政局作了发言')).toEqual(['工会', '妇联', '财政局']);
    expect(orgsIn('县委督查室要建立台账')).toEqual(['督查室']);
  });

  it('never matches an alias inside a longer name', () => {
    expect(orgsIn('群团组织要加强自身建设')).toEqual(['@collective:mass']);
    expect(orgsIn('团县委要组织开展培训，大力宣传先进典型')).toEqual([]);
    expect(orgsIn('提交县委常委会审议')).toEqual([]);
  });

  it('reads the actor after a series marker 一要/二要, never a verb there (要组织, 要宣传)', () => {
    expect(orgsIn('一要县财政局牵头；二要总工会配合')).toEqual(['财政局', '工会']);
    expect(orgsIn('一要组织开展培训；二要宣传先进典型')).toEqual([]);
    expect(orgsIn('统一要县财政局牵头')).toEqual([]);
  });

  it('reads a verb ending in 办 after a name as its action (举办, 承办), not a longer name', () => {
    expect(orgsIn('县财政局举办培训班，县妇联承办展览，县委督办落实')).toEqual(['财政局', '妇联', '区委']);
    expect(orgsIn('县委办公室要抓好督办')).toEqual([]);
  });

  it('reads a qualified name as the named department (区委组织部 is 组织部)', () => {
    expect(orgsIn('区委组织部要牵头')).toEqual(['组织部']);
  });

  it('knows collectives and the speaker', () => {
    expect(orgsIn('希望大家认真落实，我们也将全力支持')).toEqual(['@collective:all', '@self:']);
  });
});

describe('findActorClauses', () => {
  const clauses = (text: string) =>
    findActorClauses(text, findOrgMentions(text, registry()), 0).map((c) => `${c.role}:${c.mentions.map((m) => m.org).join('+')}`);

  it('orders lead and support (由A牵头，B、C配合)', () => {
    expect(clauses('由组织部牵头，财政局、宣传部配合，年内完成')).toEqual(['lead:组织部', 'support:财政局+宣传部']);
    expect(clauses('组织部要牵头编制规划，财政局配合测算资金')).toEqual(['lead:组织部', 'support:财政局']);
  });

  it('ignores recipients and objects', () => {
    expect(clauses('按时向区委报告，服务宣传部门中心工作')).toEqual([]);
    expect(clauses('工会组织是联系职工的桥梁')).toEqual([]);
  });

  it('treats bodies named after 会同 as support', () => {
    expect(clauses('组织部要会同宣传部开展评选')).toEqual(['actor:组织部', 'support:宣传部']);
  });
});
