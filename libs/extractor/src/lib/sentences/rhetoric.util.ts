import { codeTable } from '../text/char.util';
import { ownDirectiveCue, splitSentences } from './sentence.util';

/**
 * Exhortation without a task: what the listeners should see, know or feel (但也要清醒看到……,
 * 要充分认识到……), the closing wish (希望大家……), and measuring sticks (要把抓落实作为……的标尺).
 * Nobody can report progress on these, so they are not items.
 */
// "必须深刻认识……的重要性" is read as a task (it opens the work of a section); seeing what is (看到,
// 认识到) after 要 is not
const AWARENESS = ['清醒看到', '清醒地看到', '认识到', '意识到', '看到', '认清', '牢记', '铭记', '明白'];
const YARDSTICKS = ['标尺', '试金石', '标杆', '检验标准', '根本标准'];
const WISH_OPENERS = ['希望大家', '希望同志们', '希望各位', '希望你们', '衷心希望', '真诚希望'];
/**
 * Attitudes the listeners should hold (要有紧迫感, 要增强责任感, 要树立危机意识): with nothing to do
 * beside them, nobody can report progress on one.
 */
const ATTITUDES = [
  '紧迫感', '责任感', '使命感', '荣誉感', '危机感', '危机意识', '忧患意识', '紧迫意识', '责任意识', '大局意识', '担当意识', '进取心', '事业心', '责任心',
  '清醒头脑', '清醒的头脑', '战略定力', '政治定力', '高度警惕',
];
/** Longest run of words (更加强烈的, 牢固树立) between the modal and the attitude. */
const ATTITUDE_GAP = 6;
/** Longest run before an attitude that a 的 closes (增强做好宣传工作的责任感: what the attitude is about). */
const QUALIFIED_ATTITUDE_GAP = 20;
const DE = 0x7684; // 的
/**
 * Tasks that name no work of their own (坚决贯彻落实, 抓好落实): after an exhortation they add nothing
 * anyone can report progress on.
 */
const GENERIC_TASKS = ['贯彻落实', '抓好落实', '落实到位', '落到实处', '贯彻执行', '抓好贯彻落实'];
const IDIOMS = ['只争朝夕', '真抓实干', '守土有责', '撸起袖子', '奋发有为', '饱满的热情', '昂扬的斗志', '担当作为'];

/** First characters of every rhetoric cue: a passage without any of them is never rhetoric. */
const CUE_FIRST = codeTable([...AWARENESS, ...YARDSTICKS, ...WISH_OPENERS, ...IDIOMS, ...ATTITUDES].map((w) => w[0]).join(''));
const ATTITUDE_FIRST = codeTable(ATTITUDES.map((w) => w[0]).join(''));
/** What may follow an attitude in an exhortation: the sentence ends, or another attitude is joined on. */
const ATTITUDE_AFTER = codeTable('。！；，、和与\n');
const AWARENESS_FIRST = codeTable(AWARENESS.map((w) => w[0]).join(''));
const YARDSTICK_FIRST = codeTable(YARDSTICKS.map((w) => w[0]).join(''));
const WISH_FIRST = codeTable(WISH_OPENERS.map((w) => w[0]).join(''));
const IDIOM_FIRST = codeTable(IDIOMS.map((w) => w[0]).join(''));

function hasCue(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (CUE_FIRST[text.charCodeAt(i)] === 1) return true;
  return false;
}

function awarenessRight(text: string, cue: number, end: number): boolean {
  // 要 + (a few adverbs) + a verb of awareness
  for (let p = cue + 1; p < end && p - cue <= 4; p++) {
    if (AWARENESS_FIRST[text.charCodeAt(p)] === 0) continue;
    for (const w of AWARENESS) if (text.startsWith(w, p)) return true;
  }
  return false;
}

/** The attitude that starts within ATTITUDE_GAP characters of `from`: where it ends, or -1. */
function attitudeEnd(text: string, from: number, end: number): number {
  for (let q = from; q < end && q - from <= QUALIFIED_ATTITUDE_GAP; q++) {
    if (ATTITUDE_FIRST[text.charCodeAt(q)] === 0 || (q - from > ATTITUDE_GAP && text.charCodeAt(q - 1) !== DE)) continue;
    for (const w of ATTITUDES) if (text.startsWith(w, q)) return q + w.length;
  }
  return -1;
}

/**
 * A modal + a few words + an attitude, and nothing after it but the sentence's end or more
 * attitudes (要有紧迫感, 一定要增强责任感和使命感); 要有紧迫感，6月底前完成 has a task beside it.
 */
function attitudeOnly(text: string, from: number, end: number): boolean {
  let p = attitudeEnd(text, from, end);
  if (p < 0) return false;
  for (;;) {
    if (p < end && ATTITUDE_AFTER[text.charCodeAt(p)] === 0) return false;
    while (p < end && ATTITUDE_AFTER[text.charCodeAt(p)] === 1) p++;
    if (p >= end) return true;
    // another attitude joined on (责任感、使命感和紧迫感), else a task follows
    p = attitudeEnd(text, p, end);
    if (p < 0) return false;
  }
}

/** Whether text[start, end) contains one of the words (their first characters in `first`), without a slice. */
function includesAny(text: string, start: number, end: number, words: readonly string[], first: Uint8Array): boolean {
  for (let i = start; i < end; i++) {
    if (first[text.charCodeAt(i)] === 0) continue;
    for (const w of words) if (i + w.length <= end && text.startsWith(w, i)) return true;
  }
  return false;
}

/** Whether the clause from its cue to `end` is a cue and a task that names no work (坚决贯彻落实). */
function isGenericTask(text: string, cue: number, end: number): boolean {
  let e = end;
  while (e > cue && ATTITUDE_AFTER[text.charCodeAt(e - 1)] === 1) e--;
  const rest = e - cue;
  // the cue is one to three characters (要, 坚决, 一定要): what follows is all of the task
  for (let n = 1; n <= 3 && n < rest; n++) if (GENERIC_TASKS.some((w) => w.length === rest - n && text.startsWith(w, cue + n))) return true;
  return false;
}

/** Longest clause read after an exhortation for a task of its own. */
const NEXT_CLAUSE_MAX = 60;

/**
 * Whether the clause after the one at `from` gives a task of its own (要清醒看到差距，抓紧整改到位):
 * a directive cue of the speaker's that leads to no awareness or attitude.
 */
function taskClauseAfter(text: string, from: number, end: number): boolean {
  let p = from;
  while (p < end && text.charCodeAt(p) !== 0xff0c) p++;
  const start = p + 1;
  let e = start;
  while (e < end && e - start < NEXT_CLAUSE_MAX && text.charCodeAt(e) !== 0xff0c) e++;
  if (start >= e) return false;
  const cue = ownDirectiveCue(text, start, e);
  if (cue < 0) return false;
  if (text[cue] === '要' && awarenessRight(text, cue, e)) return false;
  if (isGenericTask(text, cue, e)) return false;
  return !attitudeOnly(text, cue + (text[cue] === '要' ? 1 : 2), e);
}

/** One sentence that only exhorts. */
export function isRhetoricalSentence(text: string, start: number, end: number): boolean {
  let s = start;
  while (s < end && (text[s] === '，' || text[s] === '\n')) s++;
  if (text.startsWith('但', s) || text.startsWith('同时', s)) s += text[s] === '但' ? 1 : 2;
  if (text.startsWith('同志们，', s)) s += 4;
  if (WISH_OPENERS.some((w) => text.startsWith(w, s))) return true;
  const cue = ownDirectiveCue(text, s, end);
  if (cue >= 0 && text[cue] === '要' && awarenessRight(text, cue, end)) return !taskClauseAfter(text, cue, end);
  // past the modal: 要 alone, 一定要, or a two-character word (必须, 务必)
  if (cue >= 0 && attitudeOnly(text, cue + (text[cue] === '要' ? 1 : text.startsWith('一定要', cue) ? 3 : 2), end)) return true;
  if (includesAny(text, s, end, YARDSTICKS, YARDSTICK_FIRST) && text.slice(s, end).includes('作为')) return true;
  return includesAny(text, s, end, IDIOMS, IDIOM_FIRST) && !/\d|月|年底|每/u.test(text.slice(s, end));
}

/** True when every directive sentence of text[start, end) only exhorts. */
export function isRhetoric(text: string, start: number, end: number): boolean {
  if (!hasCue(text, start, end)) return false;
  let any = false;
  for (const s of splitSentences(text, start, end)) {
    if (ownDirectiveCue(text, s.start, s.end) < 0 && !includesAny(text, s.start, s.end, WISH_OPENERS, WISH_FIRST)) continue;
    if (!isRhetoricalSentence(text, s.start, s.end)) return false;
    any = true;
  }
  return any;
}
