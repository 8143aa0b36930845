import type { AssignmentRole, Cadence } from '@luoshi/common';

/**
 * The demo's months of history, written for Luoshi (the fictional 青川县): three more speeches and
 * two leaders' instructions, published weeks and months before "today", whose assignments ended
 * every way work ends — on time, early, late, still overdue, returned, extended, withdrawn — so
 * that the 督办看板 shows what a leader recognises. Every day below counts from the publication
 * (or from its due date for completions), so the picture is the same whatever the clock says.
 */

/** How one organization's assignment went. */
export type DemoOutcome =
  /** Completed `day` days after its due date in force (negative: early). */
  | { kind: 'completed'; day: number }
  /** Still open (due date in force in the past: overdue). */
  | { kind: 'open'; state: 'assigned' | 'signed' | 'in_progress'; percent: number }
  /** 申请办结, waiting for the office. */
  | { kind: 'requested' }
  /** 撤销 `day` days after publication. */
  | { kind: 'cancelled'; day: number; reason: string };

export interface DemoShare {
  org: string;
  role: AssignmentRole;
  outcome: DemoOutcome;
  /** Returned (退回) `day` days after publication, with the office's reason. */
  returned?: { day: number; reason: string };
  /** An approved extension, decided `day` days after publication, moving the due date by `by` days. */
  extended?: { day: number; by: number; reason: string };
  /** Reports stop `daysBeforeToday` days before today (an open one then misses its periods). */
  reportsStop?: number;
}

export interface DemoTask {
  title: string;
  /** The passage: one line of the speech (or the instruction's text). */
  text: string;
  /** Due this many days after publication. */
  due: number;
  cadence?: Cadence;
  shares: DemoShare[];
  /** What the organization wrote as 存在问题 while it was behind. */
  problem?: string;
}

export interface DemoHistorySpeech {
  title: string;
  /** Published this many days before today (its date is the day before). */
  publishedDaysAgo: number;
  speaker: string;
  post: string;
  meeting: string;
  opening: string;
  sections: Array<{ heading: string; tasks: DemoTask[] }>;
  closing: string;
}

export const HISTORY_SPEECHES: DemoHistorySpeech[] = [
  {
    title: '在全县民生实事项目推进会上的讲话',
    publishedDaysAgo: 120,
    speaker: '周立新',
    post: '青川县委书记',
    meeting: '全县民生实事项目推进会',
    opening: '今天召开全县民生实事项目推进会，主要是对今年的民生实事逐项过堂、压实责任。下面，我讲三个方面。',
    sections: [
      {
        heading: '一、把项目资金和力量配足',
        tasks: [
          {
            title: '统筹落实民生实事项目资金',
            text: '县财政局要统筹落实民生实事项目资金，45天内完成第一批资金拨付，每月报送一次资金到位情况。',
            due: 45,
            cadence: 'monthly',
            shares: [{ org: '县财政局', role: 'lead', outcome: { kind: 'completed', day: -3 } }],
          },
          {
            title: '完成驻村第一书记轮换选派',
            text: '县委组织部要牵头完成驻村第一书记轮换选派，县委宣传部配合做好先进典型宣传，两个月内完成。',
            due: 60,
            shares: [
              { org: '县委组织部', role: 'lead', outcome: { kind: 'completed', day: 12 } },
              { org: '县委宣传部', role: 'support', outcome: { kind: 'completed', day: -1 } },
            ],
          },
        ],
      },
      {
        heading: '二、把就业增收抓实',
        tasks: [
          {
            title: '举办农民工专场招聘会',
            text: '县总工会要牵头举办农民工专场招聘会，团县委配合组织返乡青年参加，一个月内办好第一场。',
            due: 30,
            shares: [
              { org: '县总工会', role: 'lead', outcome: { kind: 'completed', day: -10 } },
              { org: '团县委', role: 'support', outcome: { kind: 'completed', day: 5 } },
            ],
          },
          {
            title: '开展家政服务人员技能培训',
            text: '县妇联要开展家政服务人员技能培训，三个月内培训三百人次，每月报送一次培训情况。',
            due: 90,
            cadence: 'monthly',
            shares: [{ org: '县妇联', role: 'lead', outcome: { kind: 'completed', day: -2 }, extended: { day: 80, by: 20, reason: '第二期培训场地改造，需顺延二十天。' } }],
          },
          {
            title: '足额发放耕地地力保护补贴',
            text: '县农业农村局要会同县财政局足额发放耕地地力保护补贴，50天内发放到户。',
            due: 50,
            shares: [
              { org: '县农业农村局', role: 'lead', outcome: { kind: 'completed', day: 8 }, returned: { day: 48, reason: '发放花名册缺少三个乡镇，请补齐后再申请办结。' } },
              { org: '县财政局', role: 'support', outcome: { kind: 'completed', day: 0 } },
            ],
            problem: '部分乡镇花名册核对进度偏慢。',
          },
        ],
      },
      {
        heading: '三、把基层治理做细',
        tasks: [
          {
            title: '开展移风易俗专题宣传',
            text: '县委宣传部要开展移风易俗专题宣传，两个月内覆盖全部行政村。',
            due: 60,
            shares: [{ org: '县委宣传部', role: 'lead', outcome: { kind: 'cancelled', day: 20, reason: '已并入全县文明实践活动统一部署，本事项撤销。' } }],
          },
          {
            title: '建设农业科技示范基地',
            text: '县农技推广中心要建设三个农业科技示范基地，一百天内建成，每月报送一次建设进度。',
            due: 100,
            cadence: 'monthly',
            shares: [{ org: '县农技推广中心', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 60 }, reportsStop: 40 }],
            problem: '第三个基地土地流转尚未完成。',
          },
        ],
      },
    ],
    closing: '同志们，民生实事件件连着群众的心，要一项一项抓落实、见成效。',
  },
  {
    title: '在全县优化营商环境工作会议上的讲话',
    publishedDaysAgo: 75,
    speaker: '李明远',
    post: '青川县人民政府县长',
    meeting: '全县优化营商环境工作会议',
    opening: '今天这个会，是专题研究优化营商环境的会。企业反映的问题，就是我们要抓的工作。我讲三点。',
    sections: [
      {
        heading: '一、提升政务服务效能',
        tasks: [
          {
            title: '清理拖欠中小企业账款',
            text: '县财政局要全面清理拖欠中小企业账款，40天内清偿到位。',
            due: 40,
            shares: [{ org: '县财政局', role: 'lead', outcome: { kind: 'completed', day: 15 } }],
            problem: '个别项目审计结论未出，无法结算。',
          },
          {
            title: '开展干部作风专项整治',
            text: '县委组织部要开展干部作风专项整治，两个月内查处一批不作为、慢作为问题。',
            due: 60,
            shares: [{ org: '县委组织部', role: 'lead', outcome: { kind: 'completed', day: -1 } }],
          },
        ],
      },
      {
        heading: '二、强化要素保障',
        tasks: [
          {
            title: '盘活农村闲置建设用地',
            text: '县农业农村局要牵头盘活农村闲置建设用地，县农技推广中心配合做好产业项目对接，55天内拿出第一批地块，每周报送一次进展。',
            due: 55,
            cadence: 'weekly',
            shares: [
              { org: '县农业农村局', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 50 } },
              { org: '县农技推广中心', role: 'support', outcome: { kind: 'completed', day: -4 } },
            ],
            problem: '地块权属核实涉及多个部门，进度滞后。',
          },
          {
            title: '建立企业职工诉求快速响应机制',
            text: '县总工会要建立企业职工诉求快速响应机制，45天内运行起来。',
            due: 45,
            shares: [{ org: '县总工会', role: 'lead', outcome: { kind: 'completed', day: -8 }, returned: { day: 30, reason: '响应时限未写明，请补充后再报。' } }],
          },
        ],
      },
      {
        heading: '三、营造亲商安商氛围',
        tasks: [
          {
            title: '开设营商环境曝光台',
            text: '县委宣传部要牵头开设营商环境曝光台，团县委配合发动青年志愿者收集线索，70天内上线。',
            due: 70,
            shares: [
              { org: '县委宣传部', role: 'lead', outcome: { kind: 'requested' } },
              { org: '团县委', role: 'support', outcome: { kind: 'open', state: 'in_progress', percent: 80 } },
            ],
          },
          {
            title: '组建青年企业家服务队',
            text: '团县委要组建青年企业家服务队，三个月内完成组建，每周报送一次服务情况。',
            due: 90,
            cadence: 'weekly',
            shares: [{ org: '团县委', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 60 } }],
          },
        ],
      },
    ],
    closing: '营商环境没有最好、只有更好，各单位要拿出真招实招。',
  },
  {
    title: '在全县安全生产和森林防火工作会议上的讲话',
    publishedDaysAgo: 35,
    speaker: '王建国',
    post: '青川县人民政府副县长',
    meeting: '全县安全生产和森林防火工作会议',
    opening: '入冬以来，安全生产和森林防火形势严峻复杂。刚才，县农业农村局、县总工会作了发言。下面，我讲两点意见。',
    sections: [
      {
        heading: '一、守牢安全生产底线',
        tasks: [
          {
            title: '排查农机安全隐患',
            text: '县农业农村局要开展农机安全隐患大排查，20天内完成全覆盖。',
            due: 20,
            shares: [{ org: '县农业农村局', role: 'lead', outcome: { kind: 'completed', day: -2 } }],
          },
          {
            title: '安排安全生产专项资金',
            text: '县财政局要安排安全生产专项资金，30天内下达到位。',
            due: 30,
            shares: [{ org: '县财政局', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 80 } }],
            problem: '追加预算尚待县政府常务会审议。',
          },
          {
            title: '开展“安康杯”安全知识竞赛',
            text: '县总工会要牵头开展“安康杯”安全知识竞赛，县妇联配合组织女职工参赛，两个月内完成。',
            due: 60,
            shares: [
              { org: '县总工会', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 30 } },
              { org: '县妇联', role: 'support', outcome: { kind: 'open', state: 'signed', percent: 0 } },
            ],
          },
        ],
      },
      {
        heading: '二、打好森林防火主动仗',
        tasks: [
          {
            title: '开展林区防火巡护',
            text: '县农技推广中心要组织林区防火巡护，40天内完成重点林区巡护，每周报送一次巡护情况。',
            due: 40,
            cadence: 'weekly',
            shares: [{ org: '县农技推广中心', role: 'lead', outcome: { kind: 'open', state: 'signed', percent: 0 }, reportsStop: 35 }],
          },
          {
            title: '组建青年防火志愿队',
            text: '团县委要组建青年防火志愿队，25天内完成组建。',
            due: 25,
            shares: [{ org: '团县委', role: 'lead', outcome: { kind: 'completed', day: 3 } }],
          },
          {
            title: '开展森林防火宣传进村入户',
            text: '县委宣传部要开展森林防火宣传进村入户，33天内完成。',
            due: 33,
            shares: [{ org: '县委宣传部', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 90 } }],
          },
          {
            title: '走访慰问护林员家庭',
            text: '县妇联要走访慰问护林员家庭，30天内完成。',
            due: 30,
            shares: [{ org: '县妇联', role: 'lead', outcome: { kind: 'open', state: 'in_progress', percent: 70 }, extended: { day: 25, by: 20, reason: '部分护林员家庭居住分散，需延期二十天。' } }],
          },
        ],
      },
    ],
    closing: '安全责任重于泰山，各单位要守土有责、守土尽责。',
  },
];

/** 领导批示: tasks outside any speech, published this many days before today. */
export const HISTORY_INSTRUCTIONS: Array<DemoTask & { publishedDaysAgo: number }> = [
  {
    publishedDaysAgo: 14,
    title: '核查秋冬种进度',
    text: '周立新同志批示：请县农业农村局核查全县秋冬种进度，三周内报县委。',
    due: 21,
    shares: [{ org: '县农业农村局', role: 'lead', outcome: { kind: 'open', state: 'assigned', percent: 0 } }],
  },
  {
    publishedDaysAgo: 10,
    title: '做好冬季送温暖慰问',
    text: '李明远同志批示：请县总工会做好冬季送温暖慰问困难职工工作，一个月内完成。',
    due: 30,
    shares: [{ org: '县总工会', role: 'lead', outcome: { kind: 'open', state: 'signed', percent: 0 } }],
  },
];

/** The speech's text, one line per heading and per task, so that each task's span is its line. */
export function historySpeechText(speech: DemoHistorySpeech, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const lines = [speech.title, `（${y}年${m}月${d}日）`, `${speech.post}  ${speech.speaker}`, '', '同志们：', speech.opening, ''];
  for (const section of speech.sections) {
    lines.push(section.heading);
    section.tasks.forEach((task, i) => lines.push(`（${'一二三四五六七八九'[i]}）${task.text}`));
    lines.push('');
  }
  lines.push(speech.closing, '');
  return lines.join('\n');
}
