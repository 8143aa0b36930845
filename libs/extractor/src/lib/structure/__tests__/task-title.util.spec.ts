import { describe, expect, it } from 'vitest';
import type { RegistryOrg } from '../../types/extraction.type';
import { findOrgMentions, MentionIndex } from '../../organizations/org-mention.util';
import { OrgRegistry } from '../../organizations/org-registry.util';
import { isTopicHeading, taskTitle } from '../task-title.util';

const REGISTRY: RegistryOrg[] = [
  { name: '财政局', kind: 'government' },
  { name: '人力资源社会保障局', kind: 'government', aliases: ['人社局'] },
  { name: '文化旅游局', kind: 'government', aliases: ['文旅局'] },
  { name: '工会', kind: 'mass_org', aliases: ['总工会'] },
  { name: '妇联', kind: 'mass_org' },
];

function title(text: string, start = 0, end = text.length): string {
  const registry = new OrgRegistry(REGISTRY);
  return taskTitle(text, start, end, new MentionIndex(findOrgMentions(text, registry), text.length));
}

describe('taskTitle', () => {
  it.each([
    ['县总工会要牵头建立职工诉求快速响应机制，年底前完成', '建立职工诉求快速响应机制'],
    ['由县财政局牵头，县妇联配合，做好资金保障。', '做好资金保障'],
    ['县人社局牵头、县妇联配合，开展招聘活动', '开展招聘活动'],
    ['一要加强基层建设。', '加强基层建设'],
    ['二是县人社局要开展职业技能培训', '开展职业技能培训'],
    ['第一，要统一思想', '统一思想'],
    ['第二要统一思想', '统一思想'],
    ['其一，要统一思想', '统一思想'],
    ['首先，要压实责任', '压实责任'],
    ['最后，要压实责任', '压实责任'],
    ['，：、 要压实责任', '压实责任'],
    ['年底前，县财政局要完成审计', '完成审计'],
    ['下月10日前报送材料', '报送材料'],
    ['在6月底前完成验收', '完成验收'],
    ['5个工作日内反馈意见', '反馈意见'],
    ['国庆节前完成排查', '完成排查'],
    ['明年一季度开展复查', '开展复查'],
    ['同时，县文旅局要办好茶文化节', '办好茶文化节'],
    ['下一步，我们将继续推进改革', '继续推进改革'],
    ['县财政局、县妇联要共同搭建平台', '共同搭建平台'],
    ['县财政局和县妇联要共同搭建平台', '共同搭建平台'],
    ['县财政局要会同县妇联开展评选', '开展评选'],
    ['县财政局要联合县妇联、县总工会开展评选', '开展评选'],
    ['县茶业中心配合策划采茶节', '策划采茶节'],
    ['县茶业中心负责策划采茶节', '策划采茶节'],
    ['县妇联必须切实关爱留守儿童', '关爱留守儿童'],
    ['县妇联务必关爱留守儿童', '关爱留守儿童'],
    ['县妇联还将关爱留守儿童', '关爱留守儿童'],
    ['对于大家的意见，县财政局要认真研究', '认真研究'],
    ['从我个人角度来讲，县财政局将认真研究', '认真研究'],
    ['县财政局牵头', '牵头'],
    ['各乡镇要抓好秸秆禁烧工作', '各乡镇要抓好秸秆禁烧工作'],
    [`县财政局要${'甲'.repeat(45)}`, '甲'.repeat(40)],
    // 要 then a role alone: the clause only assigns it
    ['县财政局要牵头，做好保障', '做好保障'],
  ])('%j -> %j', (text, want) => {
    expect(title(text)).toBe(want);
  });

  it('reads only text[start, end)', () => {
    const text = '前文。县财政局要做好保障工作。后文';
    expect(title(text, 3, 15)).toBe('做好保障工作');
    expect(title(text, 3, 12)).toBe('做好保障');
  });
});

describe('isTopicHeading', () => {
  it.each([
    ['制度建设', true],
    ['技能提升', true],
    ['加强制度建设', false],
    ['抓项目', false],
    ['进一步深化', false],
    ['做好', false],
    ['', false],
    ['七个字的标题啊', false],
    ['六个字的标题', true],
  ])('%j: %s', (t, want) => {
    expect(isTopicHeading(t)).toBe(want);
  });
});
