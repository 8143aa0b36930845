import type { SpeechFixture } from './fixture.type';

/** Written for these tests: A 调研讲话 in a township: praise of past work, an enumeration of problems, then 第一，… tasks where heads stand for their bodies (局长要亲自抓, 负责人要靠前指挥, 各乡镇党委书记要…). */
export const INSPECTION_REMARKS: SpeechFixture = {
  name: 'inspection remarks in a township (praise, problems, tasks; heads stand for their bodies)',
  registry: [
    { name: '县委', kind: 'party_committee', aliases: [] },
    { name: '青石镇党委', kind: 'party_group', aliases: ['青石镇'] },
    { name: '农业农村局', kind: 'government', aliases: ['农业农村部门'] },
    { name: '商务局', kind: 'government', aliases: [] },
    { name: '交通运输局', kind: 'government', aliases: ['交通局'] },
    { name: '水利局', kind: 'government', aliases: [] },
    { name: '人力资源和社会保障局', kind: 'government', aliases: ['人社局'] },
    { name: '乡镇', kind: 'government', aliases: ['各乡镇'] },
  ],
  text: [
    '在青石镇调研乡村振兴工作时的讲话',
    '（2026年6月3日）',
    '',
    '今天，我们实地看了茶叶加工园、村级便民服务中心和两个新型农村社区，听取了青石镇党委、县农业农村局的汇报，总体感觉很好。',
    '近年来，青石镇坚持产业立镇，茶叶种植面积扩大到三万亩，村集体经济收入全部超过十万元，成绩来之不易。县农业农村局在技术指导方面做了大量工作，群众反映很好。',
    '同时也要看到，还存在一些问题。一是产业链条短，精深加工不足；二是基础设施欠账多，部分村组道路还没有硬化；三是人才匮乏，年轻人外出务工较多。',
    '对下一步工作，我讲几点意见。',
    '第一，要做强茶产业。县农业农村局局长要亲自抓，年底前制定茶产业提质增效方案。县商务局要帮助企业拓展线上销售渠道，每季度组织一次产销对接活动。',
    '第二，要补齐基础设施短板。县交通运输局要会同青石镇，在雨季前完成5公里村组道路硬化。县水利局负责人要靠前指挥，9月底前完成饮水安全巩固提升工程。',
    '第三，要加强人才队伍建设。各乡镇党委书记要履行第一责任人职责，每半年研究一次人才工作。县人社局要牵头组织返乡青年创业培训，下半年培训不少于200人次。',
    '第四，要抓好基层党建。青石镇党委要把党建与产业发展结合起来，培育一批带富能力强的村党组织书记。',
    '总之，乡村振兴任重道远。希望青石镇再接再厉，在全县争先进位。',
  ].join('\n'),
  expectedTitle: '在青石镇调研乡村振兴工作时的讲话',
  expectedDate: '2026-06-03',
  expectedAudience: ['青石镇党委', '农业农村局'],
  expectedSections: ['要做强茶产业', '要补齐基础设施短板', '要加强人才队伍建设', '要抓好基层党建'],
  expectedItems: [
    { contains: '县农业农村局局长要亲自抓', kind: 'directive', title: '制定茶产业提质增效方案', orgs: ['农业农村局'], due: '2026-12-31' },
    { contains: '县商务局要帮助企业拓展线上销售渠道', kind: 'directive', orgs: ['商务局'], cadence: 'quarterly' },
    // 雨季前 is no calendar date
    { contains: '县交通运输局要会同青石镇', kind: 'directive', orgs: ['交通运输局', '青石镇党委'], lead: '交通运输局', due: null },
    { contains: '县水利局负责人要靠前指挥', kind: 'directive', title: '完成饮水安全巩固提升工程', orgs: ['水利局'], due: '2026-09-30' },
    { contains: '各乡镇党委书记要履行第一责任人职责', kind: 'directive', orgs: ['乡镇'], cadence: 'semiannual' },
    { contains: '县人社局要牵头组织返乡青年创业培训', kind: 'directive', orgs: ['人力资源和社会保障局'], lead: '人力资源和社会保障局', due: '2026-12-31' },
    { contains: '青石镇党委要把党建与产业发展结合起来', kind: 'directive', orgs: ['青石镇党委'] },
  ],
  forbidden: ['成绩来之不易', '群众反映很好', '精深加工不足', '年轻人外出务工较多'],
};
