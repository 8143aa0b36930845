import { CITY_REGISTRY } from './city-registry.fixture';
import type { SpeechFixture } from './fixture.type';

/**
 * Written for these tests: （一） as the top level, 其一/其二 and 对X来说 enumerations, a 比如 list
 * handing parts to several bodies, praise and a quotation that must not become items.
 */
export const HEALTH_CAMPAIGN: SpeechFixture = {
  name: 'health campaign (（一） top level, 其一/对X来说/比如)',
  registry: CITY_REGISTRY,
  date: '2025-03-15',
  text: [
    '在全区爱国卫生运动动员会上的讲话',
    '同志们：',
    '刚才，区卫健委、区教育局和区宣传部的负责同志汇报了准备情况。去年，全区爱国卫生工作取得了很好的成绩，群众满意度明显提升。',
    '（一）统一思想认识',
    '其一，要提高站位。爱国卫生运动是一项长期任务，各单位要把它摆在重要位置。其二，要广泛发动群众。宣传部门要用好新闻媒体，营造人人参与的氛围，比如，区卫健委要编印健康知识读本，区教育局要在中小学开设健康课堂，等等。',
    '（二）突出工作重点',
    '对卫健工作来说，就是要抓好病媒生物防制，6月底前完成一轮集中消杀。对教育工作来说，就是要守住校园卫生底线，每月开展一次校园环境检查。',
    '（三）加强组织领导',
    '有的同志说，卫生工作是软任务，这种看法是错误的。区委督查室要建立工作台账，按季度通报进展。区委将把爱国卫生工作纳入年度绩效考核。',
  ].join('\n'),
  expectedTitle: '在全区爱国卫生运动动员会上的讲话',
  expectedDate: '2025-03-15',
  expectedAudience: ['卫生健康委', '教育局', '宣传部'],
  expectedSections: ['统一思想认识', '突出工作重点', '加强组织领导'],
  expectedItems: [
    { contains: '要提高站位', kind: 'directive', orgs: ['卫生健康委', '教育局', '宣传部'] },
    { contains: '要广泛发动群众', kind: 'directive', orgs: ['宣传部'] },
    { contains: '区卫健委要编印健康知识读本', kind: 'directive', orgs: ['卫生健康委'], parent: '要广泛发动群众' },
    { contains: '区教育局要在中小学开设健康课堂', kind: 'directive', orgs: ['教育局'], parent: '要广泛发动群众' },
    { contains: '对卫健工作来说', kind: 'directive', orgs: ['卫生健康委'], due: '2025-06-30' },
    { contains: '对教育工作来说', kind: 'directive', orgs: ['教育局'], cadence: 'monthly' },
    { contains: '区委督查室要建立工作台账', kind: 'directive', cadence: 'quarterly' },
    { contains: '区委将把爱国卫生工作纳入年度绩效考核', kind: 'commitment', orgs: ['市委'] },
  ],
  forbidden: ['取得了很好的成绩', '卫生工作是软任务'],
};
