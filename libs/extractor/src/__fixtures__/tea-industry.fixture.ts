import { COUNTY_REGISTRY } from './county-registries.fixture';
import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests: a county tea-industry meeting. 1. points of which one only hands its
 * work to three bodies and one only names a topic, 第一/第二 members, A牵头，B、C配合 where B is
 * unregistered, people standing for their bodies (局长, 负责同志), 国庆节前 and 一个月内.
 */
export const TEA_INDUSTRY: SpeechFixture = {
  name: 'tea industry (handed-out points, topic headings, people for bodies)',
  registry: COUNTY_REGISTRY,
  text: [
    '在全县茶产业发展推进会上的讲话',
    '（2026年5月12日）',
    '同志们：',
    '今天这个会，主要是听取了县农业农村局、县财政局、县文旅局等部门的工作情况汇报，研究部署下一步工作。',
    '一、明确发展目标',
    '1.做强茶叶特色产业。县茶业中心要制定茶园提质改造方案，县农业农村局要落实良种补贴政策，县市场监管局要加强茶叶质量抽检。',
    '2.打响区域公共品牌。县文旅局牵头，县茶叶协会、县商务局配合，国庆节前举办首届茶文化节。',
    '3.制度建设。县农业农村局要制定出台《茶园生态管护实施办法》，一个月内报县政府审定。',
    '二、强化要素保障',
    '第一，资金保障。县财政局要统筹涉农资金，乡镇负责同志要亲自过问，6月底前落实到位。第二，人才支撑。县农业农村局要会同县人社局开展茶农技能轮训，每季度轮训一次。第三，用地保障。县自然资源局局长要亲自抓，本月底前完成用地摸底。',
    '同志们，要充分认识到发展茶产业的重大意义。县委将在年底前召开现场观摩会。',
  ].join('\n'),
  expectedTitle: '在全县茶产业发展推进会上的讲话',
  expectedDate: '2026-05-12',
  expectedAudience: ['农业农村局', '财政局', '文化旅游局'],
  expectedSections: ['明确发展目标', '强化要素保障', '做强茶叶特色产业'],
  expectedItems: [
    { contains: '县茶业中心要制定茶园提质改造方案', kind: 'directive', title: '制定茶园提质改造方案', orgs: ['茶产业发展中心'], parent: '做强茶叶特色产业' },
    { contains: '县农业农村局要落实良种补贴政策', kind: 'directive', orgs: ['农业农村局'], parent: '做强茶叶特色产业' },
    { contains: '县市场监管局要加强茶叶质量抽检', kind: 'directive', orgs: ['市场监管局'], parent: '做强茶叶特色产业' },
    { contains: '县文旅局牵头，县茶叶协会、县商务局配合', kind: 'directive', title: '打响区域公共品牌', orgs: ['文化旅游局', '商务局'], lead: '文化旅游局', due: '2026-09-30' },
    { contains: '制定出台《茶园生态管护实施办法》', kind: 'directive', title: '制定出台《茶园生态管护实施办法》', orgs: ['农业农村局'], lead: null, due: '2026-06-12' },
    { contains: '县财政局要统筹涉农资金', kind: 'directive', orgs: ['财政局'] },
    { contains: '乡镇负责同志要亲自过问', kind: 'directive', orgs: ['乡镇'], due: '2026-06-30' },
    { contains: '县农业农村局要会同县人社局', kind: 'directive', orgs: ['农业农村局', '人力资源社会保障局'], lead: '农业农村局', cadence: 'quarterly' },
    { contains: '县自然资源局局长要亲自抓', kind: 'directive', orgs: ['自然资源局'], due: '2026-05-31' },
    { contains: '县委将在年底前召开现场观摩会', kind: 'commitment', orgs: ['县委'], due: '2026-12-31' },
  ],
  forbidden: ['充分认识到发展茶产业的重大意义', '1.做强茶叶特色产业'],
  expectedUnresolved: ['县茶叶协会'],
};
