import { CITY_REGISTRY } from './city-registry.fixture';
import type { SpeechFixture } from './fixture.type';
import { addNoise } from './noise.util';

const PARAGRAPHS = [
  '在青年工作座谈会上的讲话',
  '同志们:',
  '今天把青联、残联和各街道的同志召集起来,听听大家对青年工作的想法。总的来看,这几年各单位围绕中心做了大量工作,一是组织了一批青年志愿服务活动,二是举办了多场就业招聘会,得到了群众的认可。',
  '首先,要把准青年工作的方向。各街道要把青年工作纳入基层治理的总体安排,年内建成一批青年之家。青联要发挥联系广泛的优势,每半年召开一次青年代表恳谈会。',
  '其次,要办好青年身边的实事。一方面,要帮助青年解决就业难题,多搭建见习岗位。另一方面,要关心困难青年的生活,残联要重点做好残疾青年的就业帮扶,12月底前完成建档。',
  '最后,要加强工作力量。习近平总书记指出,青年兴则国家兴。我们也将从编制和经费上给予支持。大家要振奋精神,把各项任务落到实处。',
];

/** Written for these tests: 首先/其次/最后 paragraphs as the only outline, in a noisy transcript. */
export const YOUTH_FORUM: SpeechFixture = {
  name: 'youth forum (noisy transcript, 首先/其次/最后)',
  registry: CITY_REGISTRY,
  text: addNoise(PARAGRAPHS, { teaser: true, bom: true, crlf: true, wrapAt: 23, halfWidth: true, spaceEvery: 9 }),
  today: '2025-06-10',
  expectedTitle: '在青年工作座谈会上的讲话',
  expectedDate: '2025-06-10',
  expectedAudience: ['青联', '残联', '街道'],
  expectedSections: ['要把准青年工作的方向', '要办好青年身边的实事', '要加强工作力量'],
  expectedItems: [
    { contains: '各街道要把青年工作纳入基层治理的总体安排', kind: 'directive', orgs: ['街道'], due: '2025-12-31' },
    { contains: '青联要发挥联系广泛的优势', kind: 'directive', orgs: ['青联'], cadence: 'semiannual' },
    { contains: '要帮助青年解决就业难题', kind: 'directive', orgs: ['青联', '残联', '街道'] },
    { contains: '残联要重点做好残疾青年的就业帮扶', kind: 'directive', orgs: ['残联'], due: '2025-12-31' },
    { contains: '我们也将从编制和经费上给予支持', kind: 'commitment', orgs: ['市委'] },
    { contains: '大家要振奋精神', kind: 'directive', orgs: ['青联', '残联', '街道'] },
  ],
  forbidden: ['做了大量工作', '青年兴则国家兴'],
};
