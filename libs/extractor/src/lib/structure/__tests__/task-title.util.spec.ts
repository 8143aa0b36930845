import { chineseDaysCalendar, WorkingCalendar } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { parseYmd, type Ymd } from '../../deadlines/calendar.util';
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

const DEADLINES = { ref: parseYmd('2026-04-08') as Ymd, source: new WorkingCalendar(chineseDaysCalendar()) };

function title(text: string, start = 0, end = text.length): string {
  const registry = new OrgRegistry(REGISTRY);
  return taskTitle(text, start, end, new MentionIndex(findOrgMentions(text, registry), text.length), DEADLINES);
}

describe('taskTitle', () => {
  it.each([
    ['县总工会要牵头建立职工诉求快速响应机制，年底前完成', '建立职工诉求快速响应机制'],
    ['由县财政局牵头，县妇联配合，做好资金保障。', '做好资金保障'],
    // the work named before 由 hands it out: the work, not 的工作
    ['重大隐患整改的工作，由县财政局牵头，县妇联配合，7月15日前整改到位。', '重大隐患整改'],
    ['做好欠薪排查的工作，由县人社局负责。', '做好欠薪排查'],
    ['做好欠薪排查的工作，县人社局负责。', '做好欠薪排查的工作'],
    ['的工作，由县人社局负责。', '的工作'],
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
    // two-character ordinals
    ['十一要加强基层建设', '加强基层建设'],
    ['十二是开展职业技能培训', '开展职业技能培训'],
    // the period a deadline closes (即日起至…，) is when, not what
    ['请县财政局会同县妇联，即日起至明年3月底，开展专项检查', '开展专项检查'],
    ['自即日起至12月31日，在全县开展专项整治', '在全县开展专项整治'],
    ['即日起，县人社局要开展欠薪排查', '开展欠薪排查'],
    // a basis clause (按照……要求，/ 根据……，) is what the work follows, the task is after it
    ['县财政局、县人社局要按照“管行业必须管安全”的要求，加强本行业领域监管', '加强本行业领域监管'],
    ['根据省里统一部署，县文旅局要开展景区安全检查', '开展景区安全检查'],
    ['要依照有关规定，严肃处理违规问题', '严肃处理违规问题'],
    // a basis that is all of the clause, or all of the sentence, stays the task
    ['按照要求完成整改', '按照要求完成整改'],
    ['县财政局要对照清单逐项销号。', '对照清单逐项销号'],
    // nothing left after the actor and the modal: the clause as it stands
    ['县财政局要', '县财政局要'],
  ])('%j -> %j', (text, want) => {
    expect(title(text)).toBe(want);
  });

  // a connector that opens the clause without a pause is not part of the task either
  it.each(['最近', '近期', '下一步', '下步', '接下来', '今后', '同时', '所以', '因此', '另外', '此外', '当前', '目前', '特别是', '尤其是', '其中', '为此', '对此'])(
    'connector %s',
    (connector) => {
      expect(title(`${connector}要做好保障`)).toBe('做好保障');
    },
  );

  // every modal opener is dropped, the longer ones whole (一定要 is not 一 + 定要)
  it.each(['还将', '也将', '将', '一定要', '必须要', '还要', '也要', '都要', '更要', '要', '必须', '务必', '切实', '亟须', '应当'])('modal %s', (modal) => {
    expect(title(`县妇联${modal}关爱留守儿童`)).toBe('关爱留守儿童');
  });

  it.each([
    // the actor's role word before the verb (要负责建立… → 建立…)
    ['县财政局要牵头建立台账', '建立台账'],
    ['县财政局要负责建立台账', '建立台账'],
    ['县财政局要负总责建立台账', '建立台账'],
    ['县财政局要协同县妇联开展评选', '开展评选'],
    // an adverb goes with the joint word after it, not before another verb
    ['县财政局要主动协同县妇联开展评选', '开展评选'],
    ['县财政局要积极会同县妇联开展评选', '开展评选'],
    ['县财政局认真联合县妇联开展评选', '开展评选'],
    ['县财政局要积极开展评选', '积极开展评选'],
    // a clause that only says who leads or helps, whatever its role word
    ['由县财政局负责，做好资金保障', '做好资金保障'],
    ['由县财政局负总责，做好资金保障', '做好资金保障'],
    ['县妇联协助，做好资金保障', '做好资金保障'],
    ['县妇联参与，做好资金保障', '做好资金保障'],
    // a body the registry does not know, before any role word
    ['县茶业中心协助策划采茶节', '策划采茶节'],
    ['县茶业中心参与策划采茶节', '策划采茶节'],
    ['县茶业中心牵头策划采茶节', '策划采茶节'],
  ])('role words: %j -> %j', (text, want) => {
    expect(title(text)).toBe(want);
  });

  // a leading time phrase of every supported shape, with the closer after it, is not the task
  it.each([
    '于5月10日前', '下个月5号前', '本月20日前', '次月5日之前', '当月十五日以前', '明年3月底前', '今年十月', '9月上旬前', '9月中旬', '9月下旬前',
    '9月末前', '6月30号前', '六月三十日前', '第三季度末前', '三季度末', '年末前', '年内', '上半年', '下半年', '今年年底前', '本月底前', '本季度内',
    '本季度底前', '3天内', '两周内', '一个星期内', '半个月内', '10日内', '国庆前', '春节前', '元旦前', '中秋节前', '中秋前', '端午节前', '端午前',
    '“五一”前', '五一前', '明年上半年',
  ])('time phrase %s', (time) => {
    expect(title(`${time}完成验收`)).toBe('完成验收');
  });

  it('reads only text[start, end)', () => {
    const text = '前文。县财政局要做好保障工作。后文';
    expect(title(text, 3, 15)).toBe('做好保障工作');
    expect(title(text, 3, 12)).toBe('做好保障');
  });
});

describe('isTopicHeading', () => {
  // a heading that opens with a verb of the task states the task
  it.each([
    '加强党建', '推进改革', '做好服务', '抓好落实', '强化监管', '提升服务', '开展培训', '落实责任', '深化改革', '完善制度', '健全机制', '建立台账',
    '实施项目', '推动发展', '促进就业', '保障民生', '维护稳定', '压实责任', '严格执纪', '壮大产业', '打造品牌', '营造氛围', '优化环境', '巩固成果',
    '拓展渠道', '扩大就业', '打响品牌', '明确分工', '聚焦主业', '关心职工', '关爱儿童', '提高质量', '增强活力', '筑牢防线', '守住底线', '坚持标准',
    '坚决整改', '全面排查', '持续用力', '着力攻坚', '大力宣传', '积极作为', '统筹推进', '规范管理', '创新方法', '培育人才', '发展产业', '改善民生',
    '防范风险', '化解矛盾', '夯实基础', '突出重点', '注重实效', '加快建设', '用好资金', '管好队伍', '守好阵地', '办好实事', '搞好服务', '转变作风',
    '构建体系', '织密网络', '树立导向', '弘扬精神', '激发活力', '凝聚共识', '引导群众', '服务群众', '做实工作', '建强队伍', '把好关口', '让利于民',
    '以干促学', '围绕中心', '紧扣主线', '立足本职', '深入调研', '扎实推进', '不断创新', '全力以赴', '主动作为', '带动就业', '组织培训', '发挥作用',
  ])('%j states a task', (t) => {
    expect(isTopicHeading(t)).toBe(false);
  });

  it.each([
    ['制度建设', true],
    ['技能提升', true],
    ['加强制度建设', false],
    ['抓项目', false],
    ['进一步深化', false],
    // a heading that is the verb alone, one or three characters long
    ['抓', false],
    ['进一步', false],
    ['做好', false],
    ['', false],
    ['七个字的标题啊', false],
    ['六个字的标题', true],
    // a noun that opens with a verb's character names a topic
    ['建筑施工安全', true],
    ['做法经验', true],
    ['抓手建设', true],
    ['以往问题', true],
  ])('%j: %s', (t, want) => {
    expect(isTopicHeading(t)).toBe(want);
  });
});
