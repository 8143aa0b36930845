import { CITY_PARTY_REGISTRY } from './county-registries.fixture';
import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests, in Traditional characters: a city party-building meeting. The registry
 * is in simplified characters; A牵头、B配合, A要会同B, A、B要联合…，C要… in one sentence,
 * 各级党组织书记 for its body, and an audience read from A、B的负责同志作了发言.
 */
export const PARTY_BUILDING_TRADITIONAL: SpeechFixture = {
  name: 'party building in Traditional characters',
  registry: CITY_PARTY_REGISTRY,
  text: [
    '在全市機關黨建工作座談會上的講話',
    '（2026年6月3日）',
    '同志們：',
    '剛才，市委組織部、市直機關工委、市總工會的負責同志作了發言，講得很好。',
    '一、壓實機關黨建責任',
    '（一）抓好黨員教育。市直機關工委牽頭、市委組織部配合，每半年輪訓一次黨支部書記，年底前實現全覆蓋。',
    '（二）推進模範機關創建。市直機關工委要會同市委宣傳部開展模範機關創建評選，下半年完成評選。',
    '（三）關心關愛幹部職工。市總工會、市婦聯要聯合開展幹部職工心理健康服務，市委組織部要建立談心談話制度。',
    '二、轉變作風抓落實',
    '各級黨組織書記要落實第一責任人責任。市委將每季度對機關黨建工作開展一次督查。',
  ].join('\n'),
  // titles are read from the normalized (simplified) text; spans and item texts keep the original
  expectedTitle: '在全市机关党建工作座谈会上的讲话',
  expectedDate: '2026-06-03',
  expectedAudience: ['组织部', '市直机关工委', '总工会'],
  expectedSections: ['压实机关党建责任', '转变作风抓落实', '关心关爱干部职工'],
  expectedItems: [
    { contains: '市直機關工委牽頭、市委組織部配合', kind: 'directive', title: '抓好党员教育', orgs: ['市直机关工委', '组织部'], lead: '市直机关工委', cadence: 'semiannual', due: '2026-12-31' },
    { contains: '市直機關工委要會同市委宣傳部', kind: 'directive', orgs: ['市直机关工委', '宣传部'], lead: '市直机关工委', due: '2026-12-31' },
    { contains: '市總工會、市婦聯要聯合開展幹部職工心理健康服務', kind: 'directive', orgs: ['总工会', '妇联'], lead: null, parent: '關心關愛幹部職工' },
    { contains: '市委組織部要建立談心談話制度', kind: 'directive', orgs: ['组织部'], parent: '關心關愛幹部職工' },
    { contains: '各級黨組織書記要落實第一責任人責任', kind: 'directive', orgs: ['各级党组织'] },
    { contains: '市委將每季度對機關黨建工作開展一次督查', kind: 'commitment', orgs: ['市委'], cadence: 'quarterly' },
  ],
  forbidden: ['講得很好', '（三）關心關愛幹部職工'],
};
