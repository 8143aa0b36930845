import { codeTable, hasCode } from '../text/char.util';
import { opensTable } from './attribute-label.util';
import { deadlineOpening, type DeadlineContext } from '../deadlines/deadline.util';
import { CLAUSE_ADVERBS, CLAUSE_YEARS, EXAMPLE_OPENERS, PERSON_TITLES, SCOPE_PREFIXES } from '../organizations/collective.constant';
import { NAME_BREAK } from '../organizations/actor.util';
import type { MentionIndex } from '../organizations/org-mention.util';
import { MINUTES_OPENERS } from '../sentences/cue.constant';
import { isRhetoricalSentence } from '../sentences/rhetoric.util';
import { ownDirectiveCue } from '../sentences/sentence.util';

const MAX_TITLE = 40;
/**
 * How a head takes on the work, with nothing to do in it (局长要亲自抓，年底前制定…; 负责人要靠前指挥，…): a
 * clause of only these (joined by 、) is not the task, the clause after it is.
 */
const MANNER_ONLY = ['亲自抓', '具体抓', '亲自管', '亲自过问', '亲自部署', '亲自推动', '亲自督办', '亲自挂帅', '靠前指挥', '一线指挥', '带头抓', '抓总', '负总责'];
const TITLE_LEAD = codeTable('，：、 ');
/** What may close a manner-only clause before the task's own (亲自抓，… / 亲自抓、负总责。…). */
const MANNER_STOPS = codeTable('，。；');
const POST_FIRST = codeTable(PERSON_TITLES.map((w) => w[0]).join(''));
/** A title is one clause: it stops at the first pause. */
const TITLE_STOP = codeTable('，。；！？：\n');
const JOINERS = codeTable('、和与及');
/** Modal openers and role words that are not the task itself (要牵头建立… → 建立…). */
const MODALS = ['还将', '也将', '将', '一定要', '必须要', '还要', '也要', '都要', '更要', '要', '必须', '务必', '切实', '亟须', '应当'];
const ROLES = ['牵头', '负责', '负总责'];
const JOINT = ['会同', '联合', '协同'];
/** Adverbs of manner before a joint word (主动协同B开展… → 开展…): they go with it; before any other verb they are the task's. */
const JOINT_ADVERBS = ['主动', '积极', '切实', '认真', '全力'];
/** A clause that only says who leads or helps: 由A牵头，B、C配合，… */
const ROLE_CLAUSE_ENDS = ['牵头', '负责', '配合', '协助', '参与', '负总责', '统筹', '具体落实', '具体实施', '具体承办'];
/** What closes an open list of bodies (县教育局、县财政局等部门要…): part of the list, not of the task. */
const LIST_CLOSERS = ['等部门', '等单位', '等'];
/** An inline ordinal at the start of a heading (1.一要……, （二）二是……): not part of the task. */
const ORDINAL_PREFIX = /^(?:[一二三四五六七八九十]{1,2}(?=要)|[一二三四五六七八九十]{1,2}[是则来]|第[一二三四五六七八九十]{1,2}(?:[，、：是]|(?=要))|其[一二三四五六七八九十]{1,2}[，、：是]?|(?:首先|其次|再次|最后)[，、：])/u;

/** Discourse connectors that open a clause without being part of the task. */
// 即日起 opens the period a deadline closes (即日起至明年3月底，开展… → 开展…): the 至 after it introduces that deadline
const CONNECTORS = [...new Set([...CLAUSE_ADVERBS, ...EXAMPLE_OPENERS, '最近', '近期', '下一步', '下步', '今后', '同时', '另外', '此外', '特别是', '尤其是', '其中', '自即日起', '从即日起', '即日起', ...MINUTES_OPENERS])];
/**
 * Words that open a clause naming what the work follows (按照“管行业必须管安全”的要求，加强… / 根据省里统一部署，…):
 * the clause before the comma is its basis, the task is the clause after it.
 */
const BASIS_OPENERS = ['按照', '根据', '依照', '依据', '对照', '遵照'];
const BASIS_FIRST = codeTable(BASIS_OPENERS.map((w) => w[0]).join(''));
const MAX_BASIS = 30;
const SENTENCE_STOP = codeTable('。；！？\n');
const CLAUSE_STOP = codeTable('，：');
const JIANG = 0x5c06; // 将
const DENG = 0x7b49; // 等
const MAX_LOOKAHEAD = 120;

/**
 * Start of the clause of the first sentence that carries the task (its 要 or 将), so that a leading
 * topic or connector clause (对于大家的意见，… / 而从我个人角度来讲，…) is not the title. A clause that
 * only exhorts (要清醒看到差距) carries no task: the next one may (要清醒看到差距，抓紧整改 → 抓紧整改),
 * else the sentence's first clause is the task (抓好培训，要清醒看到差距 → 抓好培训).
 */
function taskClauseStart(text: string, start: number, end: number): number {
  // a title is read from the first few clauses only: a sentence without stops may be a megabyte long
  const limit = Math.min(end, start + MAX_LOOKAHEAD);
  let sentenceEnd = start;
  while (sentenceEnd < limit && SENTENCE_STOP[text.charCodeAt(sentenceEnd)] === 0) sentenceEnd++;
  let clause = start;
  for (let i = start; i <= sentenceEnd; i++) {
    if (i < sentenceEnd && CLAUSE_STOP[text.charCodeAt(i)] === 0) continue;
    if (i > clause && (ownDirectiveCue(text, clause, i) >= 0 || hasCode(text, clause, i, JIANG)) && !isRhetoricalSentence(text, clause, i)) return clause;
    clause = i + 1;
  }
  return start;
}

const ORDINAL_FIRST = codeTable('一二三四五六七八九十第其首再最');
const WORD_FIRST = codeTable([...MODALS, ...ROLES, ...JOINT, ...JOINT_ADVERBS, ...CONNECTORS].map((w) => w[0]).join(''));

/** Verbs a heading opens with when it states a task; any other short heading only names a topic. */
// a verb is matched as a prefix of the heading, so 抓 covers 抓好/抓实, 做 covers 做好/做强, 建 covers 建立
const TASK_VERBS = [
  '加强', '推进', '强化', '提升', '开展', '落实', '深化', '完善', '健全', '实施', '推动', '促进', '保障', '维护', '压实', '严格', '壮大', '打造',
  '营造', '优化', '巩固', '加大', '拓展', '扩大', '打响', '明确', '聚焦', '关心', '关爱', '提高', '增强', '筑牢', '守住', '坚持', '坚决', '全面', '持续',
  '着力', '大力', '积极', '统筹', '规范', '创新', '培育', '发展', '改善', '防范', '化解', '夯实', '突出', '注重', '加快', '用好', '管好', '守好',
  '办好', '搞好', '转变', '构建', '织密', '树立', '弘扬', '激发', '凝聚', '引导', '服务', '抓', '做', '建', '把', '让', '以', '围绕', '紧扣', '立足',
  '深入', '扎实', '不断', '进一步', '全力', '主动', '带动', '组织', '发挥',
];

const TASK_VERB_SET = new Set(TASK_VERBS);
const TASK_VERB_MAX = Math.max(...TASK_VERBS.map((v) => v.length));

/** Nouns that open with a one-character verb of TASK_VERBS (建筑施工安全 names a topic; 建强队伍 is a task). */
const NOT_VERB_OPENINGS = ['建筑', '做法', '抓手', '以上', '以下', '以来', '以往'];

/** Whether a title opens with a verb of the task (加强制度建设, 抓好培训). */
export function opensWithTaskVerb(title: string): boolean {
  for (const w of NOT_VERB_OPENINGS) if (title.startsWith(w)) return false;
  // the title's first one, two or three characters against the set, not a walk over every verb
  for (let n = 1; n <= TASK_VERB_MAX && n <= title.length; n++) if (TASK_VERB_SET.has(title.slice(0, n))) return true;
  return false;
}

/** A heading without the meeting's voice that opens it in minutes (会议要求，加快停车场建设 → 加快停车场建设). */
export function headingText(title: string): string {
  for (const w of MINUTES_OPENERS) {
    if (title.startsWith(w) && TITLE_LEAD[title.charCodeAt(w.length)] === 1 && title.length > w.length + 1) return title.slice(w.length + 1).trim();
  }
  return title;
}

/**
 * A heading that names a topic (制度建设, 技能提升) rather than a task (加强制度建设), or only how the
 * heads take the work on (亲自抓、负总责): the task is in its passage.
 */
export function isTopicHeading(title: string): boolean {
  if (isMannerOnly(title, 0, title.length)) return true;
  if (title.length === 0 || title.length > 6) return false;
  return !opensWithTaskVerb(title);
}

function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at - w.length)) return true;
  return false;
}

/** Last characters of organization names (县文旅局, 县侨联, 县科协…). */
const ORG_LAST = codeTable('局委会办部联院室站所队厅处心');
const ROLE_WORDS = ['配合', '协助', '参与', '牵头', '负责'];
const ROLE_WORD_FIRST = codeTable(ROLE_WORDS.map((w) => w[0]).join(''));

/**
 * Past a body the registry does not know and its role (县文旅局配合策划… → 策划…): a short run
 * ending like an organization's name right before 配合/协助/参与/牵头/负责.
 */
function skipUnknownActor(text: string, p: number, end: number): number {
  for (let j = p + 2; j < end && j - p <= 10; j++) {
    const c = text.charCodeAt(j);
    if (TITLE_STOP[c] === 1 || c === 0x8981) return p;
    if (ORG_LAST[text.charCodeAt(j - 1)] === 1 && ROLE_WORD_FIRST[c] === 1) {
      for (const w of ROLE_WORDS) if (text.startsWith(w, j)) return j + w.length;
    }
  }
  return p;
}

function hasYao(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x8981) return true;
  return false;
}

function skipWords(text: string, p: number, words: readonly string[]): number {
  if (WORD_FIRST[text.charCodeAt(p)] === 0) return p;
  for (const w of words) if (text.startsWith(w, p)) return p + w.length;
  return p;
}

/** First characters of what follows a list that acts: 要, 将, 必须, 务必, 应当, 牵头, 负责, 统筹, 配合, 协助, 共同. */
const SUBJECT_NEXT = codeTable('要将必务应牵负统配协共');

/** Past a body the registry does not know joined to a known one (各乡镇和县住建局 → 县住建局), or `p`. */
function skipJoinedUnknown(text: string, p: number, mentions: MentionIndex, limit: number): number {
  const next = mentions.in(p, Math.min(limit, p + 14))[0];
  if (!next || next.start - p < 3 || JOINERS[text.charCodeAt(next.start - 1)] === 0) return p;
  // the list is the subject: its modal or role comes right after it (not 推进A和县住建局的沟通)
  if (SUBJECT_NEXT[text.charCodeAt(next.end)] === 0) return p;
  // names joined by 、 before the last joiner (各社区、各村和A), never another 和/与/及
  for (let i = p; i < next.start - 1; i++) {
    const c = text.charCodeAt(i);
    if (NAME_BREAK[c] === 1 && c !== 0x3001) return p;
  }
  return next.start;
}

/** Words that open a clause right before its list of bodies and are not the task (全县各乡镇…, 今年县水利局…). */
const LIST_OPENERS = [...SCOPE_PREFIXES, ...CLAUSE_YEARS];

/** Past an actor list at `p` (县财政局、县文旅局 / 由县人社局 / 请县人社局 / 乡镇负责同志), or `p` when none. */
function skipActors(text: string, p: number, mentions: MentionIndex, limit: number): number {
  // 由A牵头…, and a request in a 批示 or 交办单 (请A牵头…, 请各乡镇对…)
  let q = text[p] === '由' || text[p] === '请' ? p + 1 : p;
  // a scope or a year before the list (全县各乡镇、各部门要…, 今年县水利局要…) goes with it
  const scope = mentions.at(q) ? undefined : LIST_OPENERS.find((w) => text.startsWith(w, q) && mentions.at(q + w.length));
  if (scope) q += scope.length;
  if (!mentions.at(q)) q = skipJoinedUnknown(text, q, mentions, limit);
  let any = false;
  for (let guard = 0; guard < 12; guard++) {
    const m = mentions.at(q);
    if (!m || m.end > limit) break;
    any = true;
    q = m.end;
    // joined by 、/和…, or side by side (县委县政府将…)
    if (JOINERS[text.charCodeAt(q)] === 1) q++;
    else if (!mentions.at(q)) break;
  }
  if (any && text.charCodeAt(q) === DENG) q += (LIST_CLOSERS.find((w) => text.startsWith(w, q)) as string).length;
  // a post after a collective or on its own (各单位主要负责同志要…, 主要负责同志要…) stands for the bodies
  const post = POST_FIRST[text.charCodeAt(q)] === 1 ? PERSON_TITLES.find((w) => text.startsWith(w, q)) : undefined;
  if (post) return q + post.length;
  return any ? q : p;
}

/** Past a basis clause at `p` (按照……的要求，) to the clause after its comma, or `p` when none opens there or nothing follows it in the sentence. */
function skipBasis(text: string, p: number, end: number): number {
  if (BASIS_FIRST[text.charCodeAt(p)] !== 1 || !BASIS_OPENERS.some((w) => text.startsWith(w, p))) return p;
  for (let j = p + 2; j < end && j - p <= MAX_BASIS; j++) {
    const c = text.charCodeAt(j);
    if (c === 0xff0c) return j + 1 < end && TITLE_STOP[text.charCodeAt(j + 1)] === 0 ? j + 1 : p;
    if (TITLE_STOP[c] === 1) return p;
  }
  return p;
}

function isMannerOnly(text: string, start: number, end: number): boolean {
  let p = start;
  while (p < end) {
    const w = MANNER_ONLY.find((m) => text.startsWith(m, p));
    if (!w) return false;
    p += w.length;
    if (text.charCodeAt(p) === 0x3001) p++;
  }
  return p === end && end > start;
}

const HANDED_WORK = '的工作';

/**
 * The task of text[start, end) in a few words: its first clause without the actor, a leading time
 * phrase, 要/必须 and 牵头/会同B (县总工会要牵头建立职工诉求快速响应机制，… → 建立职工诉求快速响应机制).
 */
export function taskTitle(text: string, start: number, end: number, mentions: MentionIndex, deadlines: DeadlineContext, skips = 0): string {
  let p = start;
  while (p < end && TITLE_LEAD[text.charCodeAt(p)] === 1) p++;
  if (ORDINAL_FIRST[text.charCodeAt(p)] === 1) {
    const ordinal = ORDINAL_PREFIX.exec(text.slice(p, Math.min(end, p + 4)));
    if (ordinal) p += ordinal[0].length;
  }
  p = taskClauseStart(text, p, end);
  let modal = false;
  for (let guard = 0; guard < 6 && p < end; guard++) {
    const from = p;
    p = skipWords(text, p, CONNECTORS);
    while (p < end && TITLE_LEAD[text.charCodeAt(p)] === 1) p++;
    // a leading deadline, exactly the span the deadline reader finds (在6月底前, 截至6月30日止，)
    const time = deadlineOpening(text, p, end, deadlines);
    if (time > p) p = text.charCodeAt(time) === 0xff0c ? time + 1 : time;
    p = skipActors(text, p, mentions, end);
    // a clause that only assigns roles (县人社局牵头、 / 由A负责，B、C协助，)
    let q = p;
    while (q < end && TITLE_STOP[text.charCodeAt(q)] === 0 && text.charCodeAt(q) !== 0x3001 && q - p < 24) q++;
    // after the modal, a task that ends in a role word is the task (要加强协调配合，…)
    const roleOnly = q > p && q < end && q - p <= 16 && endsWithAny(text, q, ROLE_CLAUSE_ENDS) && !hasYao(text, p, q) && !(modal && opensWithTaskVerb(text.slice(p, q)));
    if (roleOnly) {
      p = q + 1;
      continue;
    }
    if (q === p && text.charCodeAt(q) === 0x3001) {
      p = q + 1;
      continue;
    }
    p = skipUnknownActor(text, p, end);
    // after 要 / 必须, 将 is 把 and opens the task (要将安全生产纳入… → 将安全生产纳入…)
    if (!(modal && text.charCodeAt(p) === JIANG)) {
      const q2 = skipWords(text, p, MODALS);
      modal ||= q2 !== p;
      p = q2;
    }
    p = skipBasis(text, p, end);
    const afterRole = skipWords(text, p, ROLES);
    if (afterRole !== p && TITLE_STOP[text.charCodeAt(afterRole)] === 0) p = afterRole;
    const adverb = skipWords(text, p, JOINT_ADVERBS);
    if (adverb !== p && skipWords(text, adverb, JOINT) !== adverb) p = adverb;
    const joint = skipWords(text, p, JOINT);
    if (joint !== p) p = skipActors(text, joint, mentions, end);
    if (p === from) break;
  }
  if (p >= end) p = start;
  let e = p;
  while (e < end && e - p < MAX_TITLE && TITLE_STOP[text.charCodeAt(e)] === 0 && !opensTable(text, e)) e++;
  // the clause after a manner-only one, within the sentence (亲自抓，年底前制定… → 制定…); a few at most
  // (and a sentence of only that: 要亲自抓、负总责。要把……纳入考核 → 把……纳入考核)
  if (skips < 3 && MANNER_STOPS[text.charCodeAt(e)] === 1 && e + 1 < end && isMannerOnly(text, p, e)) return taskTitle(text, e + 1, end, mentions, deadlines, skips + 1);
  // the work named before the body 由 hands it to (重大隐患整改的工作，由A牵头…): the work, not 的工作
  if (text.startsWith('，由', e) && e - p > HANDED_WORK.length + 1 && text.startsWith(HANDED_WORK, e - HANDED_WORK.length)) return text.slice(p, e - HANDED_WORK.length);
  return text.slice(p, e);
}
