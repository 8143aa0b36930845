import { CITY_REGISTRY } from './city-registry.fixture';
import type { SpeechFixture } from './fixture.type';

/** Written for these tests: 关于X topic lines as the outline, 一是/二是 and (1)(2) inside, no date anywhere. */
export const ABOUT_LINES: SpeechFixture = {
  name: 'topic lines (关于X, 一是/二是, (1)(2))',
  registry: CITY_REGISTRY,
  today: '2025-10-20',
  text: [
    '关于城市更新和基层治理的几点意见',
    '',
    '关于老旧小区改造',
    '这项工作群众期盼已久。一是住建局要在11月15日前公布改造清单；二是各街道要逐户征求居民意见，每两周报告一次。',
    '',
    '关于基层治理',
    '要抓好两件事：(1)各街道要健全网格员队伍，年底前配齐；(2)公安局要加强社区警务室建设，明年上半年实现全覆盖。',
  ].join('\n'),
  expectedTitle: '关于城市更新和基层治理的几点意见',
  expectedDate: '2025-10-20',
  expectedAudience: [],
  expectedSections: ['关于老旧小区改造', '关于基层治理'],
  expectedItems: [
    { contains: '住建局要在11月15日前公布改造清单', kind: 'directive', orgs: ['住房城乡建设局'], due: '2025-11-15' },
    { contains: '各街道要逐户征求居民意见', kind: 'directive', orgs: ['街道'], cadence: 'semimonthly' },
    { contains: '各街道要健全网格员队伍', kind: 'directive', orgs: ['街道'], due: '2025-12-31' },
    { contains: '公安局要加强社区警务室建设', kind: 'directive', orgs: ['公安局'], due: '2026-06-30' },
  ],
  forbidden: ['这项工作群众期盼已久'],
};
