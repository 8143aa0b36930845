import type { SpeechFixture } from './fixture.type';

/** Written for these tests: A 会议纪要: numbered decisions opened by 会议要求/会议强调/会议明确, 由A负责，B配合 paragraphs, 责任单位：/配合单位：/完成时限： lines, and decisions that are one sentence. */
export const MEETING_MINUTES: SpeechFixture = {
  name: 'minutes of a county government meeting (会议要求/强调/明确, 责任单位/配合单位/完成时限 lines)',
  registry: [
    { name: '县政府', kind: 'party_committee', aliases: ['县人民政府'] },
    { name: '公安局', kind: 'government', aliases: ['公安机关'] },
    { name: '交警大队', kind: 'government', aliases: ['公安局交警大队'] },
    { name: '住房和城乡建设局', kind: 'government', aliases: ['住建局'] },
    { name: '城市管理局', kind: 'government', aliases: ['城管局'] },
    { name: '发展和改革局', kind: 'government', aliases: ['发改局'] },
    { name: '自然资源局', kind: 'government', aliases: [] },
    { name: '大数据中心', kind: 'government', aliases: [] },
    { name: '财政局', kind: 'government', aliases: [] },
    { name: '政府督查室', kind: 'government', aliases: ['督查室'] },
  ],
  text: [
    '县政府专题会议纪要',
    '（2026年3月16日）',
    '',
    '3月16日，副县长李明主持召开专题会议，研究城区停车难治理工作。县公安局、县住建局、县城管局、县发改局负责同志参加会议。纪要如下：',
    '一、会议听取了县公安局关于城区停车现状的汇报。会议认为，近年来城区机动车保有量快速增长，停车供需矛盾突出，必须下决心加以解决。',
    '二、会议要求，加快公共停车场建设。由县住建局负责，县发改局、县自然资源局配合，年内新建公共停车场3处。',
    '责任单位：县住建局；配合单位：县发改局、县自然资源局',
    '完成时限：2026年12月31日',
    '三、会议强调，规范路内停车管理。县公安局要科学施划路内停车泊位，县城管局配合清理僵尸车。',
    '责任单位：县公安局；配合单位：县城管局',
    '完成时限：6月底前',
    '四、会议明确，推进智慧停车平台建设。由县大数据中心牵头，县公安局、县城管局配合，三季度末前建成平台并上线试运行。',
    '五、会议要求，县财政局要统筹安排停车治理专项资金，5月15日前拨付到位。',
    '六、会议强调，县政府督查室要将停车治理纳入年度督查计划，每月督查一次，督查结果报县政府。',
  ].join('\n'),
  expectedTitle: '县政府专题会议纪要',
  expectedDate: '2026-03-16',
  expectedAudience: ['公安局', '住房和城乡建设局', '城市管理局', '发展和改革局'],
  expectedSections: ['加快公共停车场建设', '规范路内停车管理', '推进智慧停车平台建设'],
  expectedItems: [
    { contains: '由县住建局负责，县发改局、县自然资源局配合', kind: 'directive', title: '新建公共停车场3处', orgs: ['住房和城乡建设局', '发展和改革局', '自然资源局'], lead: '住房和城乡建设局', due: '2026-12-31', parent: '加快公共停车场建设' },
    { contains: '责任单位：县住建局', kind: 'directive', title: '新建公共停车场3处' },
    // 责任单位：A leads like 由A负责; the 完成时限 line gives the due date
    { contains: '县公安局要科学施划路内停车泊位', kind: 'directive', orgs: ['公安局', '城市管理局'], lead: '公安局', due: '2026-06-30', parent: '规范路内停车管理' },
    { contains: '由县大数据中心牵头', kind: 'directive', orgs: ['大数据中心', '公安局', '城市管理局'], lead: '大数据中心', due: '2026-09-30' },
    { contains: '县财政局要统筹安排停车治理专项资金', kind: 'directive', title: '统筹安排停车治理专项资金', orgs: ['财政局'], due: '2026-05-15' },
    // 督查结果报县政府 names a recipient
    { contains: '县政府督查室要将停车治理纳入年度督查计划', kind: 'directive', title: '将停车治理纳入年度督查计划', orgs: ['政府督查室'], cadence: 'monthly' },
  ],
  forbidden: [],
};
