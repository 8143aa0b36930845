import type { SpeechFixture } from './fixture.type';

/** Written for these tests: A city 专题部署会: （一） points handing each task to two or three bodies with 牵头/配合/会同/联合/负责, deadlines as working days, days, festivals, 本季度内 and a bare 月底前. */
export const DEPLOYMENT_MEETING: SpeechFixture = {
  name: 'city special deployment meeting (（一） points, 牵头/配合/会同, durations and festivals)',
  registry: [
    { name: '市委', kind: 'party_committee', aliases: [] },
    { name: '城市管理委员会', kind: 'government', aliases: ['城管委'] },
    { name: '公安局', kind: 'government', aliases: ['公安机关'] },
    { name: '交通运输局', kind: 'government', aliases: ['交通局'] },
    { name: '农业农村局', kind: 'government', aliases: [] },
    { name: '财政局', kind: 'government', aliases: [] },
    { name: '区县政府', kind: 'government', aliases: ['各区县政府', '各区县'] },
    { name: '生态环境局', kind: 'government', aliases: ['环保部门'] },
    { name: '水务局', kind: 'government', aliases: [] },
    { name: '住房和城乡建设局', kind: 'government', aliases: ['住建局'] },
    { name: '审计局', kind: 'government', aliases: [] },
    { name: '宣传部', kind: 'party_dept', aliases: ['市委宣传部'] },
    { name: '文明办', kind: 'party_dept', aliases: ['精神文明建设办公室'] },
    { name: '市委督查室', kind: 'party_dept', aliases: [] },
    { name: '市政府督查室', kind: 'government', aliases: ['政府督查室'] },
  ],
  text: [
    '在全市城乡环境综合整治专题部署会上的讲话',
    '（2026年8月20日）',
    '',
    '同志们：',
    '今天召开专题部署会，主要任务是对城乡环境综合整治工作进行再动员、再部署。刚才，市城管委、市生态环境局、市农业农村局作了表态发言。下面，我就抓好整治工作讲几点意见。',
    '一、明确整治重点',
    '（一）治理城区乱点。由市城管委牵头，市公安局、市交通局配合，15个工作日内完成城区占道经营和乱停乱放集中清理，每周通报一次整治进展。',
    '（二）整治农村垃圾。市农业农村局要会同市财政局、各区县政府，在国庆节前实现农村生活垃圾收运全覆盖。',
    '（三）管控河道污染。市生态环境局牵头，市水务局、市住建局配合，本季度内完成入河排污口排查，月底前报送排查方案。',
    '二、强化工作保障',
    '（一）落实资金保障。市财政局负责统筹整治资金，市审计局配合做好资金使用监督，30日内下达第一批补助资金。',
    '（二）加强宣传引导。市委宣传部要联合市文明办开展系列宣传活动，元旦前评选一批示范村镇。',
    '（三）严格督导考核。市委督查室牵头，市政府督查室配合，每半月开展一次明察暗访，年底前形成考评报告，报市委常委会审议。',
    '同志们，环境整治是一场持久战。我们要以只争朝夕的精神，推动城乡面貌持续改善。',
  ].join('\n'),
  expectedTitle: '在全市城乡环境综合整治专题部署会上的讲话',
  expectedDate: '2026-08-20',
  expectedAudience: ['城市管理委员会', '生态环境局', '农业农村局'],
  expectedSections: ['明确整治重点', '强化工作保障'],
  expectedItems: [
    { contains: '由市城管委牵头', kind: 'directive', title: '完成城区占道经营和乱停乱放集中清理', orgs: ['城市管理委员会', '公安局', '交通运输局'], lead: '城市管理委员会', due: '2026-09-10', cadence: 'weekly' },
    { contains: '市农业农村局要会同市财政局、各区县政府', kind: 'directive', orgs: ['农业农村局', '财政局', '区县政府'], lead: '农业农村局', due: '2026-09-30' },
    // the last deadline the item states: 本季度内 first, then 月底前 (this month)
    { contains: '市生态环境局牵头', kind: 'directive', orgs: ['生态环境局', '水务局', '住房和城乡建设局'], lead: '生态环境局', due: '2026-08-31' },
    { contains: '市财政局负责统筹整治资金', kind: 'directive', orgs: ['财政局', '审计局'], lead: '财政局', due: '2026-09-19' },
    { contains: '市委宣传部要联合市文明办', kind: 'directive', orgs: ['宣传部', '文明办'], lead: '宣传部', due: '2026-12-31' },
    // 报市委常委会审议 names a recipient, not an actor
    { contains: '市委督查室牵头，市政府督查室配合', kind: 'directive', orgs: ['市委督查室', '市政府督查室'], lead: '市委督查室', due: '2026-12-31', cadence: 'semimonthly' },
  ],
  forbidden: ['再动员、再部署', '只争朝夕'],
};
