import { CITY_REGISTRY } from './city-registry.fixture';
import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests: a city work-safety meeting with 一、 sections, （一） and 1. points,
 * explicit dates of several kinds, cadences, lead/support wording and an unregistered body.
 */
export const SAFETY_MEETING: SpeechFixture = {
  name: 'safety meeting (headings, dates, lead/support)',
  registry: CITY_REGISTRY,
  text: [
    '在全市安全生产工作会议上的讲话',
    '（2025年9月3日）',
    '',
    '同志们：',
    '这次会议的任务是部署秋冬季安全生产工作。刚才，市应急管理局、市住建局、市市场监管局分别作了发言，讲得很实在。今年以来，全市安全生产形势总体平稳，各部门做了大量工作，取得了明显成效。下面，我讲三个方面的意见。',
    '一、压实安全责任',
    '（一）开展隐患大排查。由市应急管理局牵头，市住建局、市市场监管局配合，11月30日前完成重点行业领域隐患排查，每周报送一次排查进展。',
    '（二）严格执法检查。市市场监管局要加大特种设备抽查力度，本月底前制定抽查计划。市公安局要严查危化品运输违法行为，每月通报一次查处情况。',
    '二、抓好重点领域',
    '1.建筑施工。住建部门要督促在建工地落实防护措施，明年一季度开展一次全面复查。',
    '2.校园安全。市教育局要会同市卫健委做好学校食堂检查，两个月内完成全覆盖，按月报送检查结果。',
    '3.消防安全。市消防救援支队要组织高层建筑消防演练，9月中旬前拿出方案。',
    '三、强化督查问责',
    '习近平总书记强调，要坚持人民至上、生命至上。市委督查室要把安全生产纳入重点督查事项，每季度通报一次。市委将在年底前组织一次专项考核。我们还将对履职不力的单位严肃问责。',
    '同志们，安全生产责任重于泰山。希望大家守土有责、守土尽责，确保全市安全形势持续稳定。',
  ].join('\n'),
  expectedTitle: '在全市安全生产工作会议上的讲话',
  expectedDate: '2025-09-03',
  expectedAudience: ['应急管理局', '住房城乡建设局', '市场监管局'],
  expectedSections: ['压实安全责任', '抓好重点领域', '强化督查问责'],
  expectedItems: [
    { contains: '由市应急管理局牵头', kind: 'directive', orgs: ['应急管理局', '住房城乡建设局', '市场监管局'], lead: '应急管理局', due: '2025-11-30', cadence: 'weekly' },
    { contains: '市市场监管局要加大特种设备抽查力度', kind: 'directive', orgs: ['市场监管局'], due: '2025-09-30', parent: '严格执法检查' },
    { contains: '市公安局要严查危化品运输违法行为', kind: 'directive', orgs: ['公安局'], cadence: 'monthly', parent: '严格执法检查' },
    { contains: '住建部门要督促在建工地', kind: 'directive', orgs: ['住房城乡建设局'], due: '2026-03-31' },
    { contains: '市教育局要会同市卫健委', kind: 'directive', due: '2025-11-03', cadence: 'monthly' },
    { contains: '市消防救援支队要组织高层建筑消防演练', kind: 'directive', due: '2025-09-20' },
    { contains: '市委督查室要把安全生产纳入重点督查事项', kind: 'directive', orgs: ['督查室'], cadence: 'quarterly' },
    { contains: '市委将在年底前组织一次专项考核', kind: 'commitment', orgs: ['市委'], due: '2025-12-31' },
    { contains: '我们还将对履职不力的单位严肃问责', kind: 'commitment', orgs: ['市委'] },
  ],
  forbidden: ['取得了明显成效', '坚持人民至上、生命至上', '讲三个方面的意见'],
  expectedUnresolved: ['市消防救援支队'],
};
