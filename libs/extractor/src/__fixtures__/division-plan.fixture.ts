import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests: a county 教育强县 推进会 in styles the other speeches lack — parts numbered
 * 一. 二．, points of review and of problems, a 分工方案 part with tables in brackets, points that open
 * with the speaker's promise, bodies the registry does not know, A负总责，B具体落实, deadlines with a
 * month and a completion verb, a year in Chinese numerals and 一月一调度.
 */
export const DIVISION_PLAN: SpeechFixture = {
  name: 'a 推进会 with a 分工方案 part (tables in brackets, 一. headings, review points, unknown bodies)',
  registry: [
    { name: '县委', kind: 'party_committee', aliases: ['区委'] },
    { name: '县政府', kind: 'government', aliases: [] },
    { name: '教育局', kind: 'government', aliases: ['教体局'] },
    { name: '财政局', kind: 'government', aliases: [] },
    { name: '住房城乡建设局', kind: 'government', aliases: ['住建局'] },
    { name: '卫生健康局', kind: 'government', aliases: ['卫健局'] },
    { name: '团委', kind: 'mass_org', aliases: ['团县委'] },
    { name: '妇联', kind: 'mass_org', aliases: [] },
    { name: '乡镇', kind: 'government', aliases: ['各乡镇'] },
  ],
  text: [
    '在全县教育强县建设推进会上的讲话',
    '（2026年4月8日）',
    '同志们：',
    '刚才，县教育局、县财政局、县妇联作了发言，讲得很好。',
    '一.过去一年的工作',
    '（一）办学条件明显改善。全年新建校舍5万平方米，县教育局做了大量工作。',
    '（二）城乡差距依然较大。部分乡村学校师资不足。',
    '二.今年的重点任务',
    '1.推进学校扩容（牵头单位：县教育局；配合单位：县财政局、县住建局；完成时限：2027年8月底前）',
    '2.实施校园食品安全提升行动【牵头单位：县卫健局；配合单位：县教育局；完成时限：二〇二六年十月底前】',
    '3.县委将把教育摆在优先位置，县财政局要足额保障教育经费。',
    '4.抓好师资培训，要清醒看到差距。县教育局要在2027年6月完成全员轮训。',
    '5.县文联要组织艺术进校园活动，县妇联配合。',
    '三．强化保障',
    '（一）县政府负总责，县教育局具体落实，实行一月一调度、一季一通报。',
    '（二）各乡镇主要负责同志要亲自抓、负总责。要把控辍保学纳入年度考核。',
    '同志们，让我们以更加饱满的热情，奋力开创教育强县建设新局面！',
  ].join('\n'),
  expectedDate: '2026-04-08',
  expectedAudience: ['教育局', '财政局', '妇联'],
  expectedSections: ['过去一年的工作', '今年的重点任务', '强化保障'],
  expectedItems: [
    { contains: '1.推进学校扩容', kind: 'directive', title: '推进学校扩容', orgs: ['教育局', '财政局', '住房城乡建设局'], lead: '教育局', due: '2027-08-31' },
    { contains: '2.实施校园食品安全提升行动', kind: 'directive', title: '实施校园食品安全提升行动', orgs: ['卫生健康局', '教育局'], lead: '卫生健康局', due: '2026-10-31' },
    // the point is the promise and the task beside it, not a third item of its marker
    { contains: '县委将把教育摆在优先位置', kind: 'commitment', orgs: ['县委'] },
    { contains: '县财政局要足额保障教育经费', kind: 'directive', title: '足额保障教育经费', orgs: ['财政局'] },
    { contains: '4.抓好师资培训', kind: 'directive', title: '抓好师资培训', orgs: ['教育局'], due: '2027-06-30' },
    // 县文联 is not in the registry: the point is its task, with the registered support beside it
    { contains: '县文联要组织艺术进校园活动', kind: 'directive', title: '组织艺术进校园活动', orgs: ['妇联'], lead: null },
    { contains: '县政府负总责', kind: 'directive', orgs: ['县政府', '教育局'], lead: '县政府', cadence: 'monthly' },
    { contains: '要把控辍保学纳入年度考核', kind: 'directive', title: '把控辍保学纳入年度考核', orgs: ['乡镇'] },
  ],
  forbidden: ['办学条件明显改善', '城乡差距依然较大', '奋力开创'],
  expectedUnresolved: ['县文联'],
};
