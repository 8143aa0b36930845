import { COUNTY_REGISTRY } from './county-registries.fixture';
import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests: a county meeting on workers' rights. 一要/二要 points, support lists
 * joined by 、, 由A负责，B、C协助 with an unregistered body, several actors in one sentence, a
 * point that only hands its work out, durations and festivals as deadlines, rhetoric to leave out.
 */
export const WORKERS_RIGHTS: SpeechFixture = {
  name: 'workers rights (support lists, several actors, durations)',
  registry: COUNTY_REGISTRY,
  text: [
    '在全县职工权益保障工作座谈会上的讲话',
    '（2026年4月8日）',
    '同志们：',
    '刚才，听了县总工会、县人社局、县司法局的汇报，大家讲得都很好。过去一年，全县职工维权工作取得了新进展。但也要清醒看到，我们的工作与职工群众的期盼相比还有差距。下面，我讲几点意见。',
    '一、聚焦主责主业',
    '一要维护职工合法权益。县总工会要牵头建立职工诉求快速响应机制，县人社局、县司法局配合，5个工作日内拿出工作方案。',
    '二要推进集体协商。由县人社局负责，县总工会、县工商联协助，本季度内完成重点企业工资集体协商。',
    '三要做强职工服务阵地。县总工会要建好职工之家，县财政局要保障阵地建设资金，县文旅局要向职工免费开放文体场馆。',
    '二、加强协同配合',
    '（一）劳动争议调处。县司法局要会同县人社局健全劳动争议多元化解机制，两周内完成矛盾排查，每月通报一次化解情况。',
    '（二）技能提升。县人社局牵头、县总工会配合，下月10日前启动职工技能培训，县科协、县妇联参与。',
    '（三）困难帮扶。县总工会、县妇联、团县委要联合开展送温暖活动，国庆节前完成走访慰问。',
    '同志们，各级各部门要把抓落实作为检验工作作风的标尺。希望大家以更加饱满的热情投入工作。',
  ].join('\n'),
  expectedTitle: '在全县职工权益保障工作座谈会上的讲话',
  expectedDate: '2026-04-08',
  expectedAudience: ['总工会', '人力资源社会保障局', '司法局'],
  expectedSections: ['聚焦主责主业', '加强协同配合', '做强职工服务阵地'],
  expectedItems: [
    { contains: '县总工会要牵头建立职工诉求快速响应机制', kind: 'directive', title: '维护职工合法权益', orgs: ['总工会', '人力资源社会保障局', '司法局'], lead: '总工会', due: '2026-04-15' },
    { contains: '由县人社局负责', kind: 'directive', title: '推进集体协商', orgs: ['人力资源社会保障局', '总工会'], lead: '人力资源社会保障局', due: '2026-06-30' },
    { contains: '县总工会要建好职工之家', kind: 'directive', title: '建好职工之家', orgs: ['总工会'], lead: null, parent: '做强职工服务阵地' },
    { contains: '县财政局要保障阵地建设资金', kind: 'directive', title: '保障阵地建设资金', orgs: ['财政局'], parent: '做强职工服务阵地' },
    { contains: '县文旅局要向职工免费开放文体场馆', kind: 'directive', orgs: ['文化旅游局'], parent: '做强职工服务阵地' },
    { contains: '县司法局要会同县人社局', kind: 'directive', title: '健全劳动争议多元化解机制', orgs: ['司法局', '人力资源社会保障局'], lead: '司法局', due: '2026-04-22', cadence: 'monthly' },
    { contains: '县人社局牵头、县总工会配合', kind: 'directive', title: '启动职工技能培训', orgs: ['人力资源社会保障局', '总工会', '科协', '妇联'], lead: '人力资源社会保障局', due: '2026-05-10' },
    { contains: '县总工会、县妇联、团县委要联合开展送温暖活动', kind: 'directive', orgs: ['总工会', '妇联', '团委'], lead: null, due: '2026-09-30' },
  ],
  forbidden: ['取得了新进展', '清醒看到', '检验工作作风的标尺', '希望大家以更加饱满的热情', '三要做强职工服务阵地'],
  expectedUnresolved: ['县工商联'],
};
