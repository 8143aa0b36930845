import { codeTable } from '../text/char.util';

/** Characters before 要 that make it part of a word, not the modal "must" (重要, 需要, 只要, 纪要…). */
export const YAO_NOT_AFTER = new Set(['重', '主', '需', '只', '必', '纲', '摘', '提', '简', '想', '扼', '紧', '首', '显', '次', '将', '要', '机', '政', '权', '概', '纪', '险', '枢', '所', '若', '硬']);

/** Characters after 要 that make it part of a word (要求, 要素, 要点, 要是…). */
export const YAO_NOT_BEFORE = new Set(['求', '素', '点', '害', '闻', '领', '件', '务', '紧', '员', '职', '塞', '冲', '道', '地', '诀', '旨', '义', '略', '案', '犯', '事', '目', '么', '是', '知', '挟', '账']);

/** Modal words that make a sentence a directive. */
export const DIRECTIVE_WORDS: readonly string[] = ['必须', '务必', '务须', '应当', '应该', '希望', '一定要', '亟须', '亟需', '须知'];

/** Imperative openers that carry a directive without a modal (切实加强…). */
export const IMPERATIVE_OPENERS: readonly string[] = ['切实', '抓紧', '着力', '扎实', '务必', '坚决', '请'];

/** Verbs that introduce reported speech: a 要 after them is someone else's instruction. */
export const REPORTING_VERBS: readonly string[] = ['指出', '强调', '提出', '批示', '指示', '号召', '讲到', '说过', '要求'];

/** Subjects that make a reporting verb the speaker's own voice (会议要求，… in minutes; 我再强调，…): no quotation. */
export const OWN_VOICE_SUBJECTS: readonly string[] = ['会议', '我', '我再', '我还', '我也'];

/** How minutes (会议纪要) open a decision (会议要求，加快…): the meeting's voice, never part of the task or its heading. */
export const MINUTES_OPENERS: readonly string[] = ['会议要求', '会议强调', '会议明确', '会议指出', '会议决定', '会议议定', '会议同意', '会议提出'];

/** Words that describe past work (praise and review), never a task. */
export const RETROSPECTIVE_WORDS: readonly string[] = [
  '取得了', '做了大量', '做了许多', '做了很多', '作出了', '圆满完成了', '可圈可点', '获得了', '荣获', '受到了', '取了', '下了很多功夫', '成效明显', '成绩显著',
  '很成功', '圆满成功', '效果很好', '效果良好', '反响很好', '反响良好', '好评', '进展顺利',
];

/** Time words that open a sentence about past work (去年，A牵头…): at the start only (在去年基础上 is no review). */
export const PAST_OPENERS: readonly string[] = ['去年', '过去一年', '过去的一年', '前期', '此前', '今年以来', '近年来', '近期以来', '上一年'];

/** The speaker's body promising (我们也将…, 区委将…): words allowed between the subject and 将. */
export const COMMITMENT_MAX_GAP = 10;

/**
 * Words right after a body that tell its work as done or past (县商务局去年建了…, A已经完成…, A先后建成…):
 * without a directive cue the sentence narrates, it gives no task.
 */
export const NARRATION_MARKERS: readonly string[] = ['去年', '前年', '上年', '往年', '此前', '前期', '过去', '近年来', '近年', '今年以来', '已经', '已', '先后', '曾经', '曾', '累计', '共完成', '一直'];

/**
 * Words of command right after a body (县妇联做好宣传。县应急局立即组织排查。): the body is given the work
 * without a modal. Verbs with a result (做好, 抓实) and adverbs that only urge; plain verbs (推进, 加强)
 * also tell past work in a review, so they are no command without a modal.
 */
export const SUBJECT_COMMANDS: readonly string[] = [
  '做好', '抓好', '抓实', '抓细', '抓紧', '办好', '管好', '搞好', '用好', '守好', '建好', '落实好', '把好', '切实', '着力', '扎实', '务必',
  '坚决', '确保', '认真', '立即', '尽快', '加快',
];

/** Words that turn from the present to the next step (……，下一步要……; A已建成……，今后加快……): what follows is work to do. */
export const SHIFT_WORDS: readonly string[] = ['下一步', '下步', '今后', '接下来'];
/** The first characters of SHIFT_WORDS, for a one-lookup test before the words are compared. */
export const SHIFT_FIRST = codeTable(SHIFT_WORDS.map((w) => w[0]).join(''));
