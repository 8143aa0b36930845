import { CITY_PARTY_REGISTRY } from './county-registries.fixture';
import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests: a flood-control meeting with 首先/其次/最后 paragraphs, an audience read
 * from 参加今天会议的有…, people standing for their bodies (党委书记, 局长, 主要负责同志, a post
 * with no body), two actors in one sentence and working-day deadlines.
 */
export const FLOOD_CONTROL: SpeechFixture = {
  name: 'flood control (people for bodies, attendance list)',
  registry: CITY_PARTY_REGISTRY,
  text: [
    '全市防汛工作会议讲话',
    '（2026年5月20日）',
    '参加今天会议的有市水利局、市应急管理局、各县（市、区）党委的负责同志。',
    '首先，压实防汛责任。各县（市、区）党委书记要亲自部署防汛工作，市水利局局长要亲自抓水库安全度汛，10个工作日内完成水库隐患排查。',
    '其次，做好应急准备。市应急管理局要会同市水利局修订防汛应急预案，两周内完成修订；主要负责同志要24小时在岗带班。',
    '最后，加强值班值守。市应急管理局主要负责同志要带头值班，每周通报一次值班情况。',
  ].join('\n'),
  expectedTitle: '全市防汛工作会议讲话',
  expectedDate: '2026-05-20',
  expectedAudience: ['水利局', '应急管理局', '县（市、区）党委'],
  expectedSections: ['压实防汛责任', '做好应急准备', '加强值班值守'],
  expectedItems: [
    { contains: '各县（市、区）党委书记要亲自部署防汛工作', kind: 'directive', orgs: ['县（市、区）党委'] },
    { contains: '市水利局局长要亲自抓水库安全度汛', kind: 'directive', orgs: ['水利局'], due: '2026-06-03' },
    { contains: '市应急管理局要会同市水利局修订防汛应急预案', kind: 'directive', orgs: ['应急管理局', '水利局'], lead: '应急管理局', due: '2026-06-03' },
    { contains: '市应急管理局主要负责同志要带头值班', kind: 'directive', orgs: ['应急管理局'], lead: null, cadence: 'weekly' },
  ],
  forbidden: [],
};
