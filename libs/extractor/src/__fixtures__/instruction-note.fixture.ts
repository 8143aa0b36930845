import type { SpeechFixture } from './fixture.type';

/** Written for these tests: A 批示 of one paragraph: 请A牵头，会同B、C，于X前拿出方案并报县政府, 请各乡镇…, 请A联合B…, and the 督查室 following up. */
export const INSTRUCTION_NOTE: SpeechFixture = {
  name: 'a leader’s written instruction (批示: 请A牵头，会同B、C，于X前…)',
  registry: [
    { name: '县政府', kind: 'party_committee', aliases: [] },
    { name: '教育局', kind: 'government', aliases: ['教体局'] },
    { name: '水利局', kind: 'government', aliases: [] },
    { name: '应急管理局', kind: 'government', aliases: ['应急局'] },
    { name: '公安局', kind: 'government', aliases: [] },
    { name: '团委', kind: 'mass_org', aliases: ['团县委'] },
    { name: '妇联', kind: 'mass_org', aliases: [] },
    { name: '乡镇', kind: 'government', aliases: ['各乡镇'] },
    { name: '政府督查室', kind: 'government', aliases: ['督查室'] },
  ],
  text: [
    '关于做好夏季防溺水工作的批示',
    '（2026年5月20日）',
    '',
    '近期，邻县接连发生学生溺水事件，教训深刻。请县教育局牵头，会同县水利局、县应急局，于5月31日前拿出全县防溺水工作方案并报县政府。请各乡镇对辖区内河塘水库逐一排查，设置警示标志，6月10日前报告排查情况。县公安局要加强重点水域巡逻，暑假期间每周巡查不少于两次。请团县委联合县妇联，在放暑假前开展一次防溺水安全教育进社区活动。县政府督查室要跟踪督办，每周报告一次进展。',
  ].join('\n'),
  expectedTitle: '关于做好夏季防溺水工作的批示',
  expectedDate: '2026-05-20',
  expectedAudience: [],
  expectedSections: [],
  expectedItems: [
    // 报县政府 names a recipient, not an actor
    { contains: '请县教育局牵头', kind: 'directive', title: '拿出全县防溺水工作方案并报县政府', orgs: ['教育局', '水利局', '应急管理局'], lead: '教育局', due: '2026-05-31' },
    { contains: '请各乡镇对辖区内河塘水库逐一排查', kind: 'directive', title: '对辖区内河塘水库逐一排查', orgs: ['乡镇'], due: '2026-06-10' },
    { contains: '县公安局要加强重点水域巡逻', kind: 'directive', orgs: ['公安局'], cadence: 'weekly' },
    { contains: '请团县委联合县妇联', kind: 'directive', orgs: ['团委', '妇联'], lead: '团委', due: null },
    { contains: '县政府督查室要跟踪督办', kind: 'directive', orgs: ['政府督查室'], cadence: 'weekly' },
  ],
  forbidden: ['教训深刻'],
};
