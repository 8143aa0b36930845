import type { SpeechFixture } from './fixture.type';

/** Written for these tests: A 表态发言 by a bureau head: 我代表A作表态发言, praise of its own work, then 一是/二是 members that are all promises (我局将…, 我们将…). */
export const PLEDGE_SPEECH: SpeechFixture = {
  name: 'a bureau’s pledge (表态发言: 我局将…, for the body it speaks for)',
  registry: [
    { name: '县委', kind: 'party_committee', aliases: [] },
    { name: '县政府', kind: 'government', aliases: [] },
    { name: '市场监督管理局', kind: 'government', aliases: ['市场监管局'] },
    { name: '司法局', kind: 'government', aliases: [] },
  ],
  text: [
    '在全县优化营商环境大会上的表态发言',
    '县市场监督管理局局长 王丽',
    '（2026年7月9日）',
    '',
    '尊敬的各位领导，同志们：',
    '按照会议安排，我代表县市场监管局作表态发言。',
    '今年以来，我局深入推进商事制度改革，企业开办时间压缩至1个工作日，全县新增市场主体同比增长15%。这些成绩的取得，离不开县委、县政府的坚强领导。',
    '对照县委、县政府的部署要求，我局将重点抓好以下工作：',
    '一是持续压缩审批时限。我局将在8月底前全面推行“一业一证”改革，将准营审批时限再压缩一半。',
    '二是强化公平竞争审查。我局将会同县司法局开展存量政策文件清理，年底前完成全部清理任务。',
    '三是提升监管效能。我局将每季度开展一次“双随机、一公开”联合抽查，确保抽查覆盖率达到100%。',
    '四是优化服务质量。我们将设立企业服务专窗，10个工作日内建立重点企业联络员制度。',
    '我们坚信，在县委、县政府的坚强领导下，我局一定能够圆满完成各项目标任务。',
  ].join('\n'),
  expectedTitle: '在全县优化营商环境大会上的表态发言',
  expectedDate: '2026-07-09',
  expectedAudience: [],
  expectedSections: [],
  expectedItems: [
    // the promise is the speaker's body's: the one the opening names (我代表县市场监管局), not the party committee
    { contains: '我局将在8月底前全面推行', kind: 'commitment', orgs: ['市场监督管理局'], due: '2026-08-31' },
    { contains: '我局将会同县司法局开展存量政策文件清理', kind: 'commitment', orgs: ['市场监督管理局'], due: '2026-12-31' },
    { contains: '我局将每季度开展一次', kind: 'commitment', orgs: ['市场监督管理局'], cadence: 'quarterly' },
    { contains: '我们将设立企业服务专窗', kind: 'commitment', orgs: ['市场监督管理局'], due: '2026-07-23' },
  ],
  forbidden: ['企业开办时间压缩至1个工作日', '重点抓好以下工作', '一定能够圆满完成'],
};
