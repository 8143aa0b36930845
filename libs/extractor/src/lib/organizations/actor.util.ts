import { codeTable, isCjkCode, startsWithAny } from '../text/char.util';
import { isNumeralAt } from '../text/chinese-number.util';
import { NARRATION_MARKERS, PAST_OPENERS, SHIFT_FIRST, SHIFT_WORDS, SUBJECT_COMMANDS } from '../sentences/cue.constant';
import { isRetrospective, ownDirectiveCue } from '../sentences/sentence.util';
import { ACTOR_OPENERS, SCOPE_PREFIXES } from './collective.constant';
import type { OrgMention } from './org-mention.util';

export type ActorRole = 'lead' | 'actor' | 'support';

/** Organizations named as the subject of a clause: they must act (unlike 向市委报告). */
export interface ActorClause {
  /** where the clause (or its opener such as 由/比如) begins */
  clauseStart: number;
  listEnd: number;
  mentions: OrgMention[];
  role: ActorRole;
  /** named after 会同/联合/协同: they support the actor of the clause before them */
  joint: boolean;
  /**
   * named after 会同/联合, which make the actor before them the lead; 协同 does not (the lead is
   * only the one named with 牵头 or the subject of 会同/联合)
   */
  jointLead: boolean;
  /** the list is followed by 负责 (由A负责，B配合: A leads) */
  responsible: boolean;
}

const SHI = 0x662f; // 是
const YOU = 0x7531; // 由
const YAO = 0x8981; // 要
const DI = 0x7b2c; // 第
const QI = 0x5176; // 其
const LIST_JOINERS = ['、', '和', '与', '及', '以及', '同'];
const CLAUSE_OPEN = codeTable('，。；：！？\n“”（）"');
const NOT_ACTING = ['的', '是', '之', '也是', '作为', '所', '这', '那'];
const LEAD_WORDS = ['牵头', '负总责', '总牵头'];
/**
 * Bodies with a share of the work under a lead (A牵头，B、C按职责分工负责) support it, like 配合; so do
 * those that carry it out under the one answerable for it (A负总责，B具体落实).
 */
const SUPPORT_WORDS = ['配合', '协助', '协同', '参与', '支持配合', '按职责分工负责', '按照职责分工负责', '按职责负责', '分工负责', '具体落实', '具体负责', '具体实施', '具体承办'];
/** Words after a list that make it answerable for the work (由A负责 / 由A统筹，B、C按职责分工负责: A leads). */
const RESPONSIBLE_WORDS = ['负责', '统筹', '总负责'];
/**
 * Labels of a task's table lines (责任单位：A；配合单位：B、C), as minutes and 交办单 write them: the
 * bodies after a lead label lead the task like 由A负责, those after a support label support it.
 */
export const LEAD_LABELS: readonly string[] = ['牵头单位', '责任单位', '主责单位', '牵头部门', '责任部门'];
export const SUPPORT_LABELS: readonly string[] = ['配合单位', '协办单位', '协助单位', '参与单位', '配合部门'];
const LABEL_COLONS = codeTable('：:');

/** The role a label right before `listStart` gives its list (责任单位：A → lead), or null. */
function labelRoleBefore(text: string, listStart: number): ActorRole | null {
  if (LABEL_COLONS[text.charCodeAt(listStart - 1)] !== 1) return null;
  const at = listStart - 1;
  if (LEAD_LABELS.some((w) => text.startsWith(w, at - w.length))) return 'lead';
  if (SUPPORT_LABELS.some((w) => text.startsWith(w, at - w.length))) return 'support';
  return null;
}

const FILLERS = ['要', '负责', '来', '也', '还', '都', '等', '等部门', '等单位', '主动', '积极', '全力', '要积极', '要主动', '要全力'];

const NOT_ACTING_FIRST = codeTable(NOT_ACTING.map((w) => w[0]).join(''));
const ROLE_FIRST = codeTable([...LEAD_WORDS, ...SUPPORT_WORDS, ...FILLERS].map((w) => w[0]).join(''));
const LEAD_FIRST = codeTable(LEAD_WORDS.map((w) => w[0]).join(''));
const SUPPORT_FIRST = codeTable(SUPPORT_WORDS.map((w) => w[0]).join(''));
/** Fillers by their first code unit, longest first: the first that matches is the longest. */
const FILLERS_BY_FIRST = new Map<number, string[]>();
const NO_FILLERS: readonly string[] = [];
for (const f of [...FILLERS].sort((a, b) => b.length - a.length)) {
  const list = FILLERS_BY_FIRST.get(f.charCodeAt(0)) ?? [];
  list.push(f);
  FILLERS_BY_FIRST.set(f.charCodeAt(0), list);
}

/** Characters that never occur inside an organization's name: a run reaching one is not a name. */
/** Characters no body's name holds: a run with one is not a name the registry does not know. */
export const NAME_BREAK = codeTable('的要将在是把对和与及为从向也都还就了，。；：！？、\n');
const ROLE_OR_FILLER = [...LEAD_WORDS, ...SUPPORT_WORDS, ...FILLERS];
const MAX_UNKNOWN_NAME = 12;
const MAX_UNKNOWN_RUN = 4;

function startsWithRoleWord(text: string, at: number): boolean {
  if (ROLE_FIRST[text.charCodeAt(at)] === 0) return false;
  for (const w of ROLE_OR_FILLER) if (text.startsWith(w, at)) return true;
  return false;
}

/**
 * End of a name the registry does not know, starting at `from` (县工商联 in A、县工商联协助): a short
 * run of Chinese characters up to a 、, a role word or `stop` (where a joiner such as 和 begins).
 * -1 when the run is not name-like.
 */
function unknownNameEnd(text: string, from: number, stop = -1): number {
  for (let j = from; j < text.length && j - from <= MAX_UNKNOWN_NAME; j++) {
    const c = text.charCodeAt(j);
    if (j - from >= 2 && (c === 0x3001 || j === stop || startsWithRoleWord(text, j))) return j;
    if (NAME_BREAK[c] === 1 || !isCjkCode(c)) return -1;
  }
  return -1;
}

/** Past 、 + unknown names after a list (A、县工商联、县侨联配合): where the list really ends (at most `limit`). */
function skipUnknownNames(text: string, p: number, limit = text.length): number {
  // a few names at most: a list is never long enough to make this walk the whole speech
  for (let names = 0; names < MAX_UNKNOWN_RUN && p < limit && text.charCodeAt(p) === 0x3001; names++) {
    const e = unknownNameEnd(text, p + 1, limit);
    if (e < 0) break;
    p = e;
  }
  return p;
}

/** Length of the list joiner (、, 和, 与, 及, 以及) that ends right before `at`, or 0. */
function joinerBefore(text: string, at: number): number {
  for (const w of LIST_JOINERS) if (at >= w.length && text.startsWith(w, at - w.length)) return w.length;
  return 0;
}

function joinerLength(text: string, from: number, to: number): number {
  if (to - from < 1) return -1;
  if (to - from <= 2) for (const w of LIST_JOINERS) if (w.length === to - from && text.startsWith(w, from)) return w.length;
  // an unknown name between two known ones never breaks the list (A、县工商联、B; A、各村和B)
  if (text.charCodeAt(from) !== 0x3001) return -1;
  const last = joinerBefore(text, to);
  return last > 0 && skipUnknownNames(text, from, to - last) === to - last ? to - from : -1;
}

/** Bodies named after these work with the actor of the clause: 教育局要会同卫健委… */
const JOINT_WORDS = ['会同', '联合', '协同'];
/** Of JOINT_WORDS, the one that makes no lead of the actor (A要协同B: B supports, A acts). */
const JOINT_WITHOUT_LEAD = '协同';

/** The joint word right before a list (会同, 联合, 协同), or null. */
function jointWordBefore(text: string, listStart: number): string | null {
  for (const w of JOINT_WORDS) if (text.startsWith(w, listStart - w.length)) return w;
  return null;
}

function endsWithRoleWord(text: string, at: number): boolean {
  for (const w of [...LEAD_WORDS, ...SUPPORT_WORDS, '负责']) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * Where a list that follows a 、 (or 和/与/及) opens its clause: right there after a role (A牵头、B配合),
 * or at the first of the unknown names before it (A牵头，县工商联、B配合; 各乡镇和县住建局要…). -1 when
 * the joiner joins something else.
 */
function opensAfterJoiner(text: string, listStart: number, joiner: number, rangeStart: number): number {
  const comma = listStart - joiner;
  if (endsWithRoleWord(text, comma)) return listStart;
  let k = comma;
  while (k > rangeStart && CLAUSE_OPEN[text.charCodeAt(k - 1)] === 0 && comma - k <= 3 * MAX_UNKNOWN_NAME) k--;
  if (k !== rangeStart && CLAUSE_OPEN[text.charCodeAt(k - 1)] !== 1) return -1;
  // every piece from there to the 、 is a name the registry does not know
  for (let p = k; p < comma; ) {
    const e = unknownNameEnd(text, p, comma);
    if (e === comma) return k;
    if (e < 0 || text.charCodeAt(e) !== 0x3001) return -1;
    p = e + 1;
  }
  return -1;
}

/** Characters before 由 that make it part of a word (自由, 理由, 缘由, 事由), not "by". */
const NOT_BEFORE_YOU = codeTable('自理缘事');

function opensClause(text: string, listStart: number, rangeStart: number): number {
  if (listStart <= rangeStart || CLAUSE_OPEN[text.charCodeAt(listStart - 1)] === 1) return listStart;
  // a topic before 由 hands it to the body (改造资金由A负责筹措, 此项工作交由A牵头): 由 opens the clause
  const you = listStart - 1;
  if (you > rangeStart && text.charCodeAt(you) === YOU && NOT_BEFORE_YOU[text.charCodeAt(you - 1)] !== 1) return you;
  const joiner = joinerBefore(text, listStart);
  if (joiner > 0) {
    const at = opensAfterJoiner(text, listStart, joiner, rangeStart);
    if (at >= 0) return at;
  }
  for (const w of ACTOR_OPENERS) {
    const at = listStart - w.length;
    if (at >= rangeStart && text.startsWith(w, at)) {
      if (at === rangeStart || CLAUSE_OPEN[text.charCodeAt(at - 1)] === 1) return at;
      // 二是由A牵头…: the opener follows a series member's marker
      if (markerOpensClause(text, at, rangeStart) >= 0) return at;
    }
  }
  // 一是A要… / 二要A… / 第三是A…: a series member's marker opens its clause, also when a heading
  // precedes it in the same paragraph (then the marker is not cut off before the sentence)
  return markerOpensClause(text, listStart, rangeStart);
}

/**
 * Start of an inline series marker without a pause (一是, 二要, 第三是, 其一是) that ends at `end`
 * and opens a clause, or -1.
 */
function markerOpensClause(text: string, end: number, rangeStart: number): number {
  const suffix = text.charCodeAt(end - 1);
  if (suffix !== SHI && suffix !== YAO) return -1;
  // a member's passage may start at its 要 or 是 (一要A牵头…, 第二是A…: the marker is cut off before
  // it); the numerals are then read before the range, and the clause opens at the range start
  const floor = end - 1 === rangeStart ? 0 : rangeStart;
  let marker = end - 1;
  while (marker > floor && end - 1 - marker < 2 && isNumeralAt(text, marker - 1)) marker--;
  if (marker === end - 1) return -1;
  if (marker > floor && (text.charCodeAt(marker - 1) === DI || text.charCodeAt(marker - 1) === QI)) marker--;
  if (marker !== floor && CLAUSE_OPEN[text.charCodeAt(marker - 1)] !== 1) return -1;
  return Math.max(marker, rangeStart);
}

/** Length of the longest filler (要, 也, 主动, 等部门…) at `p`, or 0. */
function fillerAt(text: string, p: number): number {
  for (const f of FILLERS_BY_FIRST.get(text.charCodeAt(p)) ?? NO_FILLERS) if (text.startsWith(f, p)) return f.length;
  return 0;
}

/** What makes a body answerable for the work rather than describe it (A主要负责同志是第一责任人，要…). */
const ANSWERABLE = ['是第一责任人', '是直接责任人', '是主要责任人', '是责任主体', '为第一责任人'];

function roleAfter(text: string, listEnd: number): ActorRole | null {
  let p = skipUnknownNames(text, listEnd);
  if (NOT_ACTING_FIRST[text.charCodeAt(p)] === 1) {
    if (startsWithAny(text, p, ANSWERABLE)) return 'actor';
    for (const w of NOT_ACTING) if (text.startsWith(w, p)) return null;
  }
  for (let guard = 0; guard < 3; guard++) {
    // one table lookup rules out most words before any startsWith
    const c = text.charCodeAt(p);
    if (ROLE_FIRST[c] === 0) break;
    if (LEAD_FIRST[c] === 1) for (const w of LEAD_WORDS) if (text.startsWith(w, p)) return 'lead';
    if (SUPPORT_FIRST[c] === 1) for (const w of SUPPORT_WORDS) if (text.startsWith(w, p)) return 'support';
    const filler = fillerAt(text, p);
    if (filler === 0) break;
    p += filler;
  }
  const next = text.charCodeAt(p);
  // past the end (NaN), ，。、；
  if (!(next >= 0) || next === 0xff0c || next === 0x3002 || next === 0x3001 || next === 0xff1b) return null;
  return 'actor';
}

const ROLE_WORDS = ['牵头', '负责', '统筹'];
const ROLE_WORD_FIRST = codeTable(ROLE_WORDS.map((w) => w[0]).join(''));
/** Words that may stand between a list and its 牵头 (要, 负责, unknown names: see roleAfter). */
const LEAD_WORD_GAP = 8;
const DE = 0x7684; // 的
const LE = 0x4e86; // 了
const XIA = 0x4e0b; // 下
const PAUSE = codeTable('，。；：！？、\n');

/** 的/了 at `p`, or after a verb of one or two characters there (举办的, 开展了); not after a scope (全县的). */
function qualifiesOrTells(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c === DE || c === LE) return true;
  if (startsWithAny(text, p, SCOPE_PREFIXES)) return false;
  for (let k = p + 1; k <= p + 2; k++) {
    const prev = text.charCodeAt(k - 1);
    if (!isCjkCode(prev) || PAUSE[prev] === 1 || prev === YAO) return false;
    if (text.charCodeAt(k) === DE || text.charCodeAt(k) === LE) return true;
  }
  return false;
}

/**
 * A role right after a list that is described, not given: it qualifies a noun or tells past work
 * (A牵头的, A牵头举办的培训班, A负责组织了…), or, with `under`, sets the scene (在A牵头下).
 */
export function describesRole(text: string, listEnd: number, under = false): boolean {
  // a bounded window: an unbounded search would walk the rest of the speech for every list
  const end = Math.min(text.length, listEnd + LEAD_WORD_GAP + 2);
  for (let at = listEnd; at < end; at++) {
    if (ROLE_WORD_FIRST[text.charCodeAt(at)] === 0) continue;
    for (const w of ROLE_WORDS) {
      if (!text.startsWith(w, at)) continue;
      const p = at + w.length;
      if ((under && text.charCodeAt(p) === XIA) || qualifiesOrTells(text, p)) return true;
    }
  }
  return false;
}

/** Words that make the names before them the lead (由A牵头 / A负责). */
const UNKNOWN_LEAD_WORDS = [...LEAD_WORDS, '负责'];

/**
 * Whether the clause before `clauseStart` (a support list: …，B配合) gives the lead to names the
 * registry does not know (由县侨联牵头，B配合 / 县侨联、县工商联负责，B协助): the sentence hands out
 * work although its lead is no mention. Not a role described (在县侨联牵头下, 县侨联牵头的…).
 */
export function unknownLeadBefore(text: string, clauseStart: number, rangeStart: number): boolean {
  const pause = clauseStart - 1;
  const c = text.charCodeAt(pause);
  if (pause <= rangeStart || (c !== 0xff0c && c !== 0x3001)) return false;
  let k = pause;
  while (k > rangeStart && CLAUSE_OPEN[text.charCodeAt(k - 1)] === 0 && pause - k <= 3 * MAX_UNKNOWN_NAME) k--;
  if (k !== rangeStart && CLAUSE_OPEN[text.charCodeAt(k - 1)] !== 1) return false;
  let p = text.charCodeAt(k) === YOU ? k + 1 : k;
  for (let names = 0; names < MAX_UNKNOWN_RUN; names++) {
    const e = unknownNameEnd(text, p);
    if (e < 0 || e >= pause) return false;
    if (text.charCodeAt(e) === 0x3001) {
      p = e + 1;
      continue;
    }
    const at = text.charCodeAt(e) === YAO ? e + 1 : e;
    return UNKNOWN_LEAD_WORDS.some((w) => text.startsWith(w, at)) && !describesRole(text, e, true);
  }
  return false;
}

/** Modals before a role word (A要负责，… / A也要负责): past them, or `p`. */
function pastModal(text: string, p: number): number {
  for (let guard = 0; guard < 2 && MODAL_FILLERS[text.charCodeAt(p)] === 1; guard++) p++;
  return p;
}
const MODAL_FILLERS = codeTable('要也还都');

const DE_LE = codeTable('的了');
/** What closes a clause: a pause or a sentence stop. */
export const CLAUSE_CLOSE = codeTable('，。；！？\n');
const SENTENCE_CLOSE = codeTable('。；！？\n');
/** How far a narration test reads either side of a list: a sentence without stops may be a megabyte long. */
const MAX_NARRATION = 80;

/**
 * Whether the clause after a list tells what the body does or did (由A拨付的资金, 由A组织了……): a 的 or
 * 了 before the clause closes. One that closes without them (由A按程序拨付，…) hands A the action.
 */
export function tellsBy(text: string, listEnd: number): boolean {
  for (let i = listEnd; i < text.length && i - listEnd < MAX_NARRATION; i++) {
    const code = text.charCodeAt(i);
    if (CLAUSE_CLOSE[code] === 1) return false;
    if (DE_LE[code] === 1) return true;
  }
  return false;
}

/** Words with 了 that tell no completed work (为了, 除了, 了解, 不了). */
const NOT_DONE_LE = ['为了', '除了', '不了', '少不了', '免不了'];
const LIAO_AFTER = codeTable('解如');
const LE_CODE = 0x4e86; // 了

/** A 了 in text[from, to) after a verb (建成了, 做好了): the clause tells work done. */
function tellsDone(text: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    if (text.charCodeAt(i) !== LE_CODE || LIAO_AFTER[text.charCodeAt(i + 1)] === 1) continue;
    if (!NOT_DONE_LE.some((w) => text.startsWith(w, i + 1 - w.length))) return true;
  }
  return false;
}

/**
 * Whether the sentence of a list that acts narrates instead of directing (县商务局去年建了市场。近年来，A先后
 * 建成……): it has no directive cue, and it tells past work, a time or a marker of work done right
 * after the list (去年, 已经, 先后) or a 了 in the list's clause.
 */
function narrates(text: string, clauseStart: number, listEnd: number, nextList: number): boolean {
  let s = clauseStart;
  while (s > 0 && clauseStart - s < MAX_NARRATION && SENTENCE_CLOSE[text.charCodeAt(s - 1)] !== 1) s--;
  // up to the next body named: its 要 is its own (A已建成……，B要……)
  const limit = Math.min(text.length, listEnd + MAX_NARRATION, nextList);
  let e = listEnd;
  while (e < limit && SENTENCE_CLOSE[text.charCodeAt(e)] !== 1) e++;
  if (ownDirectiveCue(text, s, e) >= 0) return false;
  // a next step after the past work (A已建成……，今后加快……) is work to do
  for (let i = listEnd; i < e; i++) if (SHIFT_FIRST[text.charCodeAt(i)] === 1 && startsWithAny(text, i, SHIFT_WORDS)) return false;
  let clauseEnd = listEnd;
  while (clauseEnd < e && CLAUSE_CLOSE[text.charCodeAt(clauseEnd)] !== 1) clauseEnd++;
  return startsWithAny(text, listEnd, NARRATION_MARKERS) || tellsDone(text, listEnd, clauseEnd) || isRetrospective(text, s, e);
}

/**
 * Where the action of a list that acts begins: past the unknown names beside it and the fillers
 * after it (A也要全力做好… → 做好…).
 */
function actionStart(text: string, listEnd: number): number {
  let p = skipUnknownNames(text, listEnd);
  for (let guard = 0; guard < 3; guard++) {
    const filler = fillerAt(text, p);
    if (filler === 0) break;
    p += filler;
  }
  return p;
}

/**
 * Whether a clause that acts is given its work without a modal (县妇联做好宣传。县应急局立即组织排查。): its
 * action opens with a word of command (做好, 抓好, 确保, 立即…). A narration is no actor clause at all.
 */
export function commandsActor(text: string, c: ActorClause): boolean {
  if (c.role !== 'actor' || c.joint || !startsWithAny(text, actionStart(text, c.listEnd), SUBJECT_COMMANDS)) return false;
  return !inReview(text, c.clauseStart) && !reportsFigures(text, c.listEnd);
}

const MAX_PARAGRAPH_LOOKBACK = 400;

/** Whether the paragraph of `at` opens with a time of past work (过去一年，……。县财政局认真落实……): a review. */
function inReview(text: string, at: number): boolean {
  let p = at;
  while (p > 0 && at - p < MAX_PARAGRAPH_LOOKBACK && text.charCodeAt(p - 1) !== 10) p--;
  return (p === 0 || text.charCodeAt(p - 1) === 10) && startsWithAny(text, p, PAST_OPENERS);
}

/** Words that make a figure a target (不少于200人, 6月底前), not a result. */
const TARGET_WORDS = ['不少于', '不低于', '至少', '力争', '达到', '以上', '前', '内', '每'];

/** Whether the sentence after `from` reports a figure as a result (为企业减负2.3亿元, 新增就业4000人). */
function reportsFigures(text: string, from: number): boolean {
  let digit = false;
  let i = from;
  for (; i < text.length && i - from < MAX_NARRATION && SENTENCE_CLOSE[text.charCodeAt(i)] !== 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digit = true;
  }
  if (!digit) return false;
  for (let k = from; k < i; k++) if (startsWithAny(text, k, TARGET_WORDS)) return false;
  return true;
}

/** Groups mentions into lists (A、B和C) and keeps the lists that open a clause and are followed by an action. */
export function findActorClauses(text: string, mentions: readonly OrgMention[], rangeStart: number): ActorClause[] {
  const clauses: ActorClause[] = [];
  let k = 0;
  while (k < mentions.length) {
    const list: OrgMention[] = [mentions[k] as OrgMention];
    let j = k + 1;
    while (j < mentions.length) {
      const prev = list[list.length - 1] as OrgMention;
      const cur = mentions[j] as OrgMention;
      if (joinerLength(text, prev.end, cur.start) < 0) break;
      list.push(cur);
      j++;
    }
    k = j;
    const first = list[0] as OrgMention;
    const last = list[list.length - 1] as OrgMention;
    let selves = 0;
    for (const m of list) if (m.kind === 'self') selves++;
    if (selves === list.length) continue;
    // the list without the speaker's own words (我们, 我): most lists have none, and are kept as they are
    const named = selves === 0 ? list : list.filter((m) => m.kind !== 'self');
    const joint = jointWordBefore(text, first.start);
    if (joint !== null) {
      clauses.push({ clauseStart: first.start, listEnd: last.end, mentions: named, role: 'support', joint: true, jointLead: joint !== JOINT_WITHOUT_LEAD, responsible: false });
      continue;
    }
    const clauseStart = opensClause(text, first.start, rangeStart);
    if (clauseStart < 0) continue;
    const labelled = labelRoleBefore(text, first.start);
    if (labelled !== null) {
      clauses.push({ clauseStart, listEnd: last.end, mentions: named, role: labelled, joint: false, jointLead: false, responsible: labelled === 'lead' });
      continue;
    }
    const nextList = mentions[j];
    const responsible = startsWithAny(text, pastModal(text, skipUnknownNames(text, last.end)), RESPONSIBLE_WORDS);
    // 由A负责，B配合: 负责 closes its own clause
    let role = roleAfter(text, last.end) ?? (responsible ? 'actor' : null);
    if (role === null) continue;
    // A要协同B…: 协同 with a body after it works with that body, so A acts (A协同 alone supports)
    if (role === 'support' && nextList && nextList.start - last.end <= LEAD_WORD_GAP && jointWordBefore(text, nextList.start) === JOINT_WITHOUT_LEAD) role = 'actor';
    // 由A牵头 / 由A负责 mark A as lead even when the verb follows a comma
    if (responsible && text[clauseStart] === '由') role = 'lead';
    // A牵头举办的培训班很成功: A is named in a description of the work, not given it
    if ((role === 'lead' || responsible) && describesRole(text, last.end)) continue;
    // 由A拨付的资金, A去年建成了…: who did or does the work, told, not handed to them
    if (role === 'actor' && !responsible && ((text.charCodeAt(clauseStart) === YOU && tellsBy(text, last.end)) || narrates(text, clauseStart, last.end, nextList?.start ?? text.length))) continue;
    clauses.push({ clauseStart, listEnd: last.end, mentions: named, role, joint: false, jointLead: false, responsible });
  }
  return clauses;
}
