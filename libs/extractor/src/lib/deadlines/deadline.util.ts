import { codeTable, isCjkCode, isDigitAt } from '../text/char.util';
import { isNumeralAt, NUMERAL_CODES, parseSmallNumber } from '../text/chinese-number.util';
import { festivalDay, type WorkingCalendar } from '@luoshi/common';
import { addDays, addMonths, compareYmd, formatYmd, isoWeekday, monthEnd, parseYmd, type Ymd } from './calendar.util';

export interface Deadline {
  start: number;
  end: number;
  /** null: a phrase the calendar cannot date (a lunar festival in a year it does not know yet) */
  date: Ymd | null;
}

// 年底 and 年末 take their closing word (前, 之前, 前后) from closedEnd
const YEAR_END_WORDS = ['年底', '年末', '年内', '全年', '本年度', '年度内', '下半年', '四季度末'];
const HALF_YEAR_WORDS = ['上半年', '年中'];
type RelativeUnit = 'workday' | 'day' | 'week' | 'month' | 'year';
const RELATIVE_UNITS: ReadonlyArray<readonly [string, RelativeUnit]> = [
  ['个工作日内', 'workday'],
  ['个工作日', 'workday'],
  ['工作日内', 'workday'],
  ['天内', 'day'],
  ['日内', 'day'],
  ['个星期内', 'week'],
  ['星期内', 'week'],
  ['周内', 'week'],
  ['个月内', 'month'],
  // only after 两 (两月内 = 两个月内): after any other number 月 names the month (3月内: within March)
  ['月内', 'month'],
];
const LIANG = 0x4e24; // 两

/** Festivals as the text names them → the holiday's name in the working calendar. */
const FESTIVALS: ReadonlyArray<readonly [string, string]> = [
  ['元旦', '元旦'],
  ['春节', '春节'],
  ['清明节', '清明'],
  ['清明', '清明'],
  ['劳动节', '劳动节'],
  ['五一', '劳动节'],
  ['端午节', '端午'],
  ['端午', '端午'],
  ['中秋节', '中秋'],
  ['中秋', '中秋'],
  ['国庆节', '国庆节'],
  ['国庆', '国庆节'],
];
const FESTIVAL_FIRST = codeTable(FESTIVALS.map(([w]) => w[0]).join(''));

/**
 * Times of the year named by an event, as deadlines before it (汛前, 主汛期前, 秋季开学前): `autumn` is
 * the day before the autumn term (08-31), `term` the same while the next term to open is the autumn
 * one (a speech of March to August), `none` a phrase with no date the speech can fix (the flood
 * season opens on a date each region sets; the spring term on one each year sets). An undated
 * phrase is still a deadline phrase: a title leaves it out and a sentence it opens sets a task.
 */
type SeasonRule = 'autumn' | 'term' | 'none';
const SEASONS: ReadonlyArray<readonly [string, SeasonRule]> = [
  ['秋季学期开学', 'autumn'],
  ['秋季开学', 'autumn'],
  ['春季学期开学', 'none'],
  ['春季开学', 'none'],
  ['新学期开学', 'term'],
  ['开学', 'term'],
  ['主汛期', 'none'],
  ['汛期', 'none'],
  ['入汛', 'none'],
  ['汛', 'none'],
];
const SEASON_FIRST = codeTable(SEASONS.map(([w]) => w[0]).join(''));
/** Characters before 汛 that make it part of another word (防汛前线, 抗汛, 春汛, 秋汛 name no deadline of their own). */
const NOT_SEASON_AFTER = codeTable('防抗春秋桃伏凌');
const AUTUMN_TERM_EVE = { m: 8, d: 31 };

/** 汛期前 / 秋季开学前 / 开学之前 at `i`: the event, then its closing word; null without one (开学后, 汛期内). */
function seasonAt(text: string, i: number, ref: Ymd): Deadline | null {
  for (const [word, rule] of SEASONS) {
    if (!text.startsWith(word, i)) continue;
    if (word === '汛' && NOT_SEASON_AFTER[text.charCodeAt(i - 1)] === 1) return null;
    const p = i + word.length;
    const end = closedEnd(text, p);
    if (end === p || text[p] === '止') return null;
    const autumn = rule === 'autumn' || (rule === 'term' && ref.m >= 3 && ref.m <= 8);
    return { start: i, end, date: autumn ? rollForward({ y: ref.y, ...AUTUMN_TERM_EVE }, ref, false) : null };
  }
  return null;
}

const MONTH_WORDS = ['下个月', '下月', '次月', '本月', '当月'];
/** The parts of a month after 本月/下月 (本月中旬前): the day each ends on, 31 for the month's end. */
const TENTHS: ReadonlyArray<readonly [string, number]> = [
  ['上旬', 10],
  ['中下旬', 31],
  ['中旬', 20],
  ['下旬', 31],
];

/** This week or the next (weeks start on Monday): 本周内, 下周五前, 这周末前. */
const WEEK_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['本周', 0],
  ['这周', 0],
  ['下周', 1],
];
/** A weekday after 本周/下周 (下周五前), Monday 1 … Sunday 7; 末 is the week's last day. */
const WEEKDAYS = new Map<string, number>([['一', 1], ['二', 2], ['三', 3], ['四', 4], ['五', 5], ['六', 6], ['日', 7], ['天', 7], ['末', 7]]);

/** 本周内 / 下周五前 / 这周末前 at `i`, or null: a weekday needs its closing word (下周一开会 is a time, not a deadline). */
function weekAt(text: string, i: number, ref: Ymd): Deadline | null {
  for (const [word, ahead] of WEEK_WORDS) {
    if (!text.startsWith(word, i)) continue;
    const p = i + word.length;
    const monday = addDays(ref, 7 * ahead - (isoWeekday(ref) - 1));
    if (text[p] === '内') return { start: i, end: p + 1, date: addDays(monday, 6) };
    const day = WEEKDAYS.get(text[p] as string);
    const end = closedEnd(text, p + 1);
    if (day === undefined || end === p + 1) return null;
    return { start: i, end, date: addDays(monday, day - 1) };
  }
  return null;
}

/**
 * The current month or quarter named without 本 (月底前报送, 在月内完成, 季度末前): the speech's own, when a
 * closing word (前, 之前, 内…) or an introducer (在, 于…) bounds it; 每月底 / 上月底 / 3个月底 / 岁月 are no such phrase.
 */
const BARE_PERIODS: ReadonlyArray<readonly [string, 'month' | 'quarter']> = [
  ['月底', 'month'],
  ['月末', 'month'],
  ['月内', 'month'],
  ['季度末', 'quarter'],
  ['季度底', 'quarter'],
  ['季末', 'quarter'],
];
/** Characters before a bare 月/季 that make it part of another word or phrase (每月, 上月, 个月, 6月, 岁月, 本季…). */
const NOT_BARE_AFTER = codeTable('每上下本当次个半两年岁日正腊一二三四五六七八九十0123456789０１２３４５６７８９');
const MONTH_WORD_FIRST = codeTable('下次本当');
/** What may follow the number of a deadline (月, 个月, 天, 日, 周, 星期, 工作日): anything else is a count. */
const AFTER_NUMBER = codeTable('月个天日号周星工');

/**
 * End of a deadline phrase past the word that closes it (本月底前, 年底之前, 10月1日以前, 6月30日止,
 * 年底为止, 6月30日前后; with `inner`, also 三季度内, 3月内): a phrase's span is all of it.
 */
function closedEnd(text: string, p: number, inner = false): number {
  // 6月30日前后: about that day, the day all the same
  if (text.startsWith('前后', p) || text.startsWith('之前', p) || text.startsWith('以前', p) || text.startsWith('为止', p)) return p + 2;
  return text[p] === '前' || text[p] === '止' || (inner && text[p] === '内') ? p + 1 : p;
}

/** Characters after 月初 that make 初 open a word (6月初步完成, 6月初中毕业…), not the start of the month. */
const NOT_EARLY_AFTER = codeTable('步心衷级中稿审次始期见');

/** Characters after 月中 that make 中 open a word (6月中央…, 6月中小企业…), not the middle of the month. */
const NOT_MID_AFTER = codeTable('央心共小层期长国医学秋华部');

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function numeralEnd(text: string, i: number, max: number): number {
  let j = i;
  const n = Math.min(text.length, i + max);
  if (isDigitCode(text.charCodeAt(i))) while (j < n && isDigitCode(text.charCodeAt(j))) j++;
  else while (j < n && NUMERAL_CODES[text.charCodeAt(j)] === 1) j++;
  return j;
}

/**
 * A calendar, or what builds it on first use: most speeches state no working-day deadline, and
 * building the published calendar costs more than reading a short speech.
 */
export type CalendarSource = WorkingCalendar | (() => WorkingCalendar);

/** What a deadline is resolved against: the speech date and the working-day calendar. */
export interface DeadlineContext {
  ref: Ymd;
  source: CalendarSource;
  calendar?: WorkingCalendar;
}

function calendarOf(ctx: DeadlineContext): WorkingCalendar {
  ctx.calendar ??= typeof ctx.source === 'function' ? ctx.source() : ctx.source;
  return ctx.calendar;
}

/** 国庆节前 / 春节前 / “五一”前: the last working day before the holiday's first rest day. */
function festivalAt(text: string, i: number, ctx: DeadlineContext): Deadline | null {
  for (const [word, name] of FESTIVALS) {
    if (!text.startsWith(word, i)) continue;
    let p = i + word.length;
    // a quoted name (“五一”前): the span opens with its quote
    let open = i;
    if ((text[p] === '”' && text[i - 1] === '“') || (text[p] === '"' && text[i - 1] === '"')) {
      p++;
      open = i - 1;
    }
    if (text[p] === '假' && text[p + 1] === '期') p += 2;
    if (text[p] === '后') return afterHoliday(text, open, p + 1, [name], ctx);
    if (!(text[p] === '前' || text.startsWith('之前', p) || text.startsWith('以前', p))) return null;
    // still a deadline phrase, and its span is all of it, even when the calendar cannot date it
    return { start: open, end: closedEnd(text, p), date: beforeFestival(name, ctx) };
  }
  return null;
}

/** How far ahead a bare 节后 looks for its holiday: a speech says 节后 of a festival at hand. */
const BARE_HOLIDAY_DAYS = 31;
/** The holidays a bare 节后 may mean, each once. */
const HOLIDAY_NAMES = [...new Set(FESTIVALS.map(([, name]) => name))];
/**
 * What may stand before a bare 节后: a clause's start or a word that introduces its time (在节后…,
 * 要节后…). After any other character 节 ends a word (环节后, 调节后, 元宵节后).
 */
const BARE_HOLIDAY_AFTER = codeTable('在于到要并须');

/**
 * 春节后10个工作日内, 国庆节后一周内, 节后一周内 (`open` .. `p` the holiday and its 后): the duration
 * counted from the holiday's last rest day; null without a duration (节后上班 is a time, not a
 * deadline). A bare 节后 names the first holiday of the calendar within a month of the speech; a
 * holiday the calendar does not date leaves the phrase undated.
 */
function afterHoliday(text: string, open: number, p: number, names: readonly string[], ctx: DeadlineContext): Deadline | null {
  const span = relativeAt(text, p, ctx.ref, ctx);
  if (!span) return null;
  const calendar = calendarOf(ctx);
  const from = formatYmd(ctx.ref);
  let start: string | null = null;
  for (const name of names) {
    const s = calendar.holidayStart(name, from);
    if (s !== null && (start === null || s < start)) start = s;
  }
  if (start !== null && names.length > 1 && start > formatYmd(addDays(ctx.ref, BARE_HOLIDAY_DAYS))) start = null;
  if (start === null) return { start: open, end: span.end, date: null };
  let last = start;
  for (;;) {
    const next = formatYmd(addDays(parseYmd(last) as Ymd, 1));
    const entry = calendar.entry(next);
    if (!entry || entry.working || entry.name !== calendar.entry(start)?.name) break;
    last = next;
  }
  return { start: open, end: span.end, date: (relativeAt(text, p, parseYmd(last) as Ymd, ctx) as Deadline).date };
}

/** 节后一周内 at `i` (节 at `i`): the holiday at hand, as afterHoliday reads it. */
function bareHolidayAt(text: string, i: number, ctx: DeadlineContext): Deadline | null {
  if (text[i + 1] !== '后' || (isCjkCode(text.charCodeAt(i - 1)) && BARE_HOLIDAY_AFTER[text.charCodeAt(i - 1)] === 0)) return null;
  return afterHoliday(text, i, i + 2, HOLIDAY_NAMES, ctx);
}

/** The last working day before the next holiday `name` (its first rest day), or null when the calendar cannot date it. */
function beforeFestival(name: string, ctx: DeadlineContext): Ymd | null {
  const calendar = calendarOf(ctx);
  // a year whose holidays the calendar does not hold yet: the festival's own day (春节 from 除夕)
  const start = calendar.holidayStart(name, formatYmd(ctx.ref)) ?? festivalDay(name, formatYmd(addDays(ctx.ref, 1)));
  return start === null ? null : parseYmd(calendar.previousWorkingDay(start));
}

/**
 * Characters before 年前 that make it part of another phrase: a count of years (三年前, 2020年前,
 * 多年前), a named year (今年前三季度, 明年前), 新年 (元旦) or 同/往年.
 */
const NOT_BEFORE_NEW_YEAR = codeTable('今明去本上下前往多几数每当同该此整近新童少末0123456789０１２３４５６７８９〇零一二三四五六七八九十百两');
/** Characters after 年前 that make it a count (年前三季度, 年前10个月) or a span (年前后). */
const NOT_AFTER_NEW_YEAR = codeTable('后几半个一二三四五六七八九十两0123456789０１２３４５６７８９');

/**
 * 年前 as a deadline (年前召开一次推进会; 力争年前完成): before the Spring Festival, like 春节前; 过年前
 * too. Not a count of years (三年前) nor a named year's first months (今年前三季度).
 */
function beforeNewYearAt(text: string, i: number, ctx: DeadlineContext): Deadline | null {
  if (text.charCodeAt(i + 1) !== QIAN || NOT_AFTER_NEW_YEAR[text.charCodeAt(i + 2)] === 1) return null;
  const open = text.charCodeAt(i - 1) === GUO ? i - 1 : i;
  if (open === i && NOT_BEFORE_NEW_YEAR[text.charCodeAt(i - 1)] === 1) return null;
  return { start: open, end: i + 2, date: beforeFestival('春节', ctx) };
}
const QIAN = 0x524d; // 前
const GUO = 0x8fc7; // 过

function readNumber(text: string, i: number, max = 4): { value: number; end: number } | null {
  let j = i;
  if (isDigitAt(text, i)) {
    while (j < text.length && j - i < max && isDigitAt(text, j)) j++;
  } else {
    while (j < text.length && j - i < max && isNumeralAt(text, j)) j++;
  }
  if (j === i) return null;
  const value = parseSmallNumber(text.slice(i, j));
  return Number.isFinite(value) ? { value, end: j } : null;
}

/**
 * A duration counted from `base` (两个月内, 30天内, 15个工作日内, 一周内) at `i`, or null. The speech date
 * is the base of a bare duration; 节后一周内 counts from the holiday's last day.
 */
function relativeAt(text: string, i: number, base: Ymd, dctx: DeadlineContext): Deadline | null {
  const num = readNumber(text, i, 3);
  if (!num || num.value <= 0 || num.value > 366) return null;
  for (const [word, unit] of RELATIVE_UNITS) {
    if (word === '月内' && text.charCodeAt(i) !== LIANG) continue;
    if (!text.startsWith(word, num.end)) continue;
    const date =
      unit === 'workday'
        ? (parseYmd(calendarOf(dctx).addWorkingDays(formatYmd(base), num.value)) as Ymd)
        : unit === 'day'
          ? addDays(base, num.value)
          : unit === 'week'
            ? addDays(base, num.value * 7)
            : addMonths(base, num.value);
    return { start: i, end: num.end + word.length, date };
  }
  return null;
}

/** The digits of a year written in Chinese numerals, by value (〇 and 零 are both 0). */
const YEAR_DIGITS = '〇一二三四五六七八九零';

interface WrittenYear {
  y: number;
  /** where the year's words start: they are part of the deadline's span */
  start: number;
}

/** Year the expression at `i` refers to: an explicit 2027年/明年/今年 just before it, else null. */
function yearBefore(text: string, i: number, ref: Ymd): WrittenYear | null {
  if (text.startsWith('明年', i - 2)) return { y: ref.y + 1, start: i - 2 };
  if (text.startsWith('下一年', i - 3)) return { y: ref.y + 1, start: i - 3 };
  if (text.startsWith('今年', i - 2) || text.startsWith('本年', i - 2)) return { y: ref.y, start: i - 2 };
  if (text[i - 1] === '年') {
    let j = i - 1;
    while (j > 0 && i - 1 - j < 4 && isDigitAt(text, j - 1)) j--;
    if (i - 1 - j === 4) return { y: Number(text.slice(j, i - 1)), start: j };
    // 二〇二七年: a year written digit by digit in Chinese numerals
    let y = 0;
    for (let k = i - 5; k >= 0 && k < i - 1; k++) {
      const digit = YEAR_DIGITS.indexOf(text[k] as string);
      if (digit < 0) return null;
      y = y * 10 + (digit % 10);
    }
    if (i - 5 >= 0 && y >= 1000 && (i - 6 < 0 || !YEAR_DIGITS.includes(text[i - 6] as string))) return { y, start: i - 5 };
  }
  return null;
}

/**
 * Words that introduce a date (在6月, 截至10月1日, 赶在国庆前): they stand before a deadline's span,
 * outside it, like any preposition.
 */
export const DEADLINE_INTRODUCERS: readonly string[] = ['赶在', '截至', '截止', '在', '于', '到', '至'];

/** Labels of a task's time line (完成时限：2026年12月31日): a date after them is its deadline, like after 截至. */
export const TIME_LABELS: readonly string[] = ['完成时限', '完成时间', '办结时限', '时间节点'];
const LABELLED = TIME_LABELS.flatMap((w) => [`${w}：`, `${w}:`]);

/**
 * Verbs that say the work is done by the date before them (2027年6月完成, 6月30日建成, 2027年全面完工):
 * a month or a year right before one is a deadline without a closing word. A few adverbs may stand
 * between (全面, 基本…).
 */
const COMPLETION_VERBS: readonly string[] = ['完成', '结束', '建成', '完工', '竣工', '办结', '到位'];
const COMPLETION_ADVERBS: readonly string[] = ['全面', '全部', '基本', '如期', '按期', '顺利'];
const COMPLETION_FIRST = codeTable([...COMPLETION_VERBS, ...COMPLETION_ADVERBS].map((w) => w[0]).join(''));

/** Whether a completion verb (after at most one adverb) starts at `p`. */
function completesAt(text: string, p: number): boolean {
  if (COMPLETION_FIRST[text.charCodeAt(p)] !== 1) return false;
  for (const w of COMPLETION_ADVERBS) {
    if (!text.startsWith(w, p)) continue;
    p += w.length;
    break;
  }
  for (const w of COMPLETION_VERBS) if (text.startsWith(w, p)) return true;
  return false;
}

const NIAN = 0x5e74; // 年

/** A written year followed by a completion verb (2027年完成, 2027年全面建成) at `i`: that year's end. */
function completedYearAt(text: string, i: number): Deadline | null {
  if (text.charCodeAt(i + 4) !== NIAN || isDigitCode(text.charCodeAt(i - 1))) return null;
  for (let k = i; k < i + 4; k++) if (!isDigitCode(text.charCodeAt(k))) return null;
  if (!completesAt(text, i + 5)) return null;
  return { start: i, end: i + 5, date: { y: Number(text.slice(i, i + 4)), m: 12, d: 31 } };
}

function introducedAt(text: string, at: number): boolean {
  for (const w of DEADLINE_INTRODUCERS) if (text.startsWith(w, at - w.length)) return true;
  for (const w of LABELLED) if (text.startsWith(w, at - w.length)) return true;
  return false;
}

/**
 * A month-based date without an explicit year that falls before the speech means next year. The
 * day is capped at the month's end of the year it lands in (day 31 stands for "the month's end":
 * 2月底 is 02-29 in a leap year).
 */
function rollForward(date: Ymd, ref: Ymd, explicitYear: boolean): Ymd {
  const y = explicitYear || compareYmd(date, ref) >= 0 ? date.y : date.y + 1;
  return { y, m: date.m, d: Math.min(date.d, monthEnd(y, date.m).d) };
}

function quarterEnd(y: number, q: number): Ymd {
  return monthEnd(y, q * 3);
}

/** First characters of every deadline expression: everything else is skipped at once. */
const TRIGGERS = codeTable(`本下当上年全第一二三四五六七八九十两0123456789明半次元春清劳五端中国月季这节${SEASONS.map(([w]) => w[0]).join('')}`);
const HALF_YEAR_FIRST = codeTable(HALF_YEAR_WORDS.map((w) => w[0]).join(''));
const YEAR_END_FIRST = codeTable(YEAR_END_WORDS.map((w) => w[0]).join(''));

/** The first two code units of every worded expression deadlineAt reads (国庆, 明年底, 下月, 年底…). */
const WORD_STARTS = new Set<number>();
for (const w of [
  ...FESTIVALS.map(([word]) => word),
  // 汛 alone opens 汛前, 汛之前, 汛以前
  ...SEASONS.flatMap(([word]) => (word.length > 1 ? [word] : ['前', '之', '以'].map((c) => word + c))),
  ...['年前', '节后', '明年底', '明年年底', '明年末', '半个月内', '半月内', '半年内', '本月底', '本月末', '本月内', '当月底', '当月末', '当月内', '下月底', '下月末', '下个月底', '下个月末', '本季度'],
  ...BARE_PERIODS.map(([word]) => word),
  ...MONTH_WORDS,
  ...WEEK_WORDS.map(([word]) => word),
  ...HALF_YEAR_WORDS,
  ...YEAR_END_WORDS,
]) {
  WORD_STARTS.add(pairKey(w.charCodeAt(0), w.charCodeAt(1)));
}
/** Two code units as one small integer (no heap number to hash); NaN, past the end, becomes 0. */
function pairKey(first: number, second: number): number {
  return (first << 16) | second;
}
const DI = 0x7b2c; // 第
const JI = 0x5b63; // 季
const YUE = 0x6708; // 月
const RI = 0x65e5; // 日
const HAO = 0x53f7; // 号

/**
 * Whether a deadline may start at `i`: a worded expression, a quarter (三季度, 第三季度) or a number
 * followed by a unit. Most numerals in a speech are counts (一是, 三个方面): this keeps them away from
 * deadlineAt, which then stays a rarely called function.
 */
function mayStartDeadline(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (WORD_STARTS.has(pairKey(c, text.charCodeAt(i + 1)))) return true;
  if (text.charCodeAt((c === DI ? i + 1 : i) + 1) === JI) return true;
  if (text.charCodeAt(i + 4) === NIAN && completedYearAt(text, i)) return true;
  const runEnd = numeralEnd(text, i, 3);
  if (runEnd === i || AFTER_NUMBER[text.charCodeAt(runEnd)] === 0) return false;
  // a month (3月, 十二月) or a duration (5个工作日内, 两个月内, 30天内)
  if (text.charCodeAt(runEnd) === YUE) return true;
  for (const [word] of RELATIVE_UNITS) if (text.startsWith(word, runEnd)) return true;
  // a day of the month (25日前, 10号之前)
  return (text.charCodeAt(runEnd) === RI || text.charCodeAt(runEnd) === HAO) && closedEnd(text, runEnd + 1) > runEnd + 1;
}

/** Deadline expression starting at `i`, if any. */
function deadlineAt(text: string, i: number, dctx: DeadlineContext): Deadline | null {
  if (TRIGGERS[text.charCodeAt(i)] === 0) return null;
  const { ref } = dctx;
  const ch = text[i] as string;
  if (FESTIVAL_FIRST[text.charCodeAt(i)] === 1) {
    const festival = festivalAt(text, i, dctx);
    if (festival) return festival;
  }
  if (SEASON_FIRST[text.charCodeAt(i)] === 1) {
    const season = seasonAt(text, i, ref);
    if (season) return season;
  }
  if (ch === '节') return bareHolidayAt(text, i, dctx);
  if (ch === '明' && (text.startsWith('明年底', i) || text.startsWith('明年年底', i) || text.startsWith('明年末', i))) {
    const end = i + (text[i + 2] === '年' ? 4 : 3);
    return { start: i, end: closedEnd(text, end), date: { y: ref.y + 1, m: 12, d: 31 } };
  }
  if (ch === '半' && (text.startsWith('半个月内', i) || text.startsWith('半月内', i))) {
    return { start: i, end: i + (text[i + 1] === '个' ? 4 : 3), date: addDays(ref, 15) };
  }
  if (ch === '半' && text.startsWith('半年内', i)) return { start: i, end: i + 3, date: addMonths(ref, 6) };
  // 下月10日前, 下个月15号前, 本月20日前, 次月5日前
  const monthWord = MONTH_WORD_FIRST[text.charCodeAt(i)] === 1 ? MONTH_WORDS.find((w) => text.startsWith(w, i)) : undefined;
  if (monthWord) {
    const base = monthWord === '本月' || monthWord === '当月' ? { y: ref.y, m: ref.m, d: 1 } : addMonths({ y: ref.y, m: ref.m, d: 1 }, 1);
    const day = readNumber(text, i + monthWord.length, 3);
    if (day && (text[day.end] === '日' || text[day.end] === '号')) {
      if (day.value >= 1 && day.value <= monthEnd(base.y, base.m).d) {
        return { start: i, end: closedEnd(text, day.end + 1), date: { y: base.y, m: base.m, d: day.value } };
      }
    }
    // 本月中旬前, 下月上旬, 本月下旬: the tenth, the twentieth or the month's end
    const tenth = TENTHS.find(([w]) => text.startsWith(w, i + monthWord.length));
    if (tenth) {
      const d = tenth[1] === 31 ? monthEnd(base.y, base.m).d : tenth[1];
      return { start: i, end: closedEnd(text, i + monthWord.length + tenth[0].length), date: { y: base.y, m: base.m, d } };
    }
  }
  if (ch === '本' || ch === '下' || ch === '这') {
    const week = weekAt(text, i, ref);
    if (week) return week;
  }
  if (ch === '本' || ch === '下' || ch === '当') {
    // 本月底 / 本月末 / 当月底 / 当月末; 下月底 / 下个月末
    if ((ch === '本' || ch === '当') && text[i + 1] === '月' && (text[i + 2] === '底' || text[i + 2] === '末')) {
      return { start: i, end: closedEnd(text, i + 3), date: monthEnd(ref.y, ref.m) };
    }
    if ((ch === '本' || ch === '当') && text[i + 1] === '月' && text[i + 2] === '内') return { start: i, end: i + 3, date: monthEnd(ref.y, ref.m) };
    const month = ch === '下' ? i + (text[i + 1] === '个' ? 2 : 1) : -1;
    if (month > 0 && text[month] === '月' && (text[month + 1] === '底' || text[month + 1] === '末')) {
      const next = addMonths({ y: ref.y, m: ref.m, d: 1 }, 1);
      return { start: i, end: closedEnd(text, month + 2), date: monthEnd(next.y, next.m) };
    }
    if (text.startsWith('本季度', i)) {
      let end = i + 3;
      if (text[end] === '末' || text[end] === '底') end++;
      return { start: i, end: closedEnd(text, end, true), date: quarterEnd(ref.y, Math.ceil(ref.m / 3)) };
    }
  }
  if (ch === '月' || ch === '季') {
    if (NOT_BARE_AFTER[text.charCodeAt(i - 1)] === 1) return null;
    for (const [word, period] of BARE_PERIODS) {
      if (!text.startsWith(word, i)) continue;
      const end = closedEnd(text, i + word.length);
      if (end === i + word.length && !word.endsWith('内') && !introducedAt(text, i)) return null;
      const date = period === 'month' ? monthEnd(ref.y, ref.m) : quarterEnd(ref.y, Math.ceil(ref.m / 3));
      return { start: i, end: word.endsWith('内') ? i + word.length : end, date };
    }
    return null;
  }
  // the year before the expression is read only once something matched: most triggers are plain numerals
  if (HALF_YEAR_FIRST[text.charCodeAt(i)] === 1) {
    for (const w of HALF_YEAR_WORDS) {
      if (!text.startsWith(w, i)) continue;
      const year = yearBefore(text, i, ref);
      return { start: year?.start ?? i, end: closedEnd(text, i + w.length), date: rollForward({ y: year?.y ?? ref.y, m: 6, d: 30 }, ref, year !== null) };
    }
  }
  if (ch === '年') {
    const newYear = beforeNewYearAt(text, i, dctx);
    if (newYear) return newYear;
  }
  if (YEAR_END_FIRST[text.charCodeAt(i)] === 1) {
    for (const w of YEAR_END_WORDS) {
      if (text.startsWith(w, i) && text[i - 1] !== '每' && text[i - 1] !== '半') {
        // 2027年底, 明年内: the year's own 年 opens the word
        const year = (text[i] === '年' ? yearBefore(text, i + 1, ref) : null) ?? yearBefore(text, i, ref);
        return { start: year?.start ?? i, end: closedEnd(text, i + w.length), date: { y: year?.y ?? ref.y, m: 12, d: 31 } };
      }
    }
  }
  // 第三季度末前, 三季度, 明年一季度
  const qStart = ch === '第' ? i + 1 : i;
  // 前三季度 counts the quarters so far (今年前三季度，…), it sets no deadline
  if (text[qStart + 1] === '季' && text[qStart + 2] === '度' && text[i - 1] !== '每' && text[i - 1] !== '个' && text[i - 1] !== '前') {
    const q = parseSmallNumber(text[qStart] as string);
    if (q >= 1 && q <= 4) {
      let end = qStart + 3;
      if (text[end] === '末' || text[end] === '底') end++;
      const year = yearBefore(text, i, ref);
      return { start: year?.start ?? i, end: closedEnd(text, end, true), date: rollForward(quarterEnd(year?.y ?? ref.y, q), ref, year !== null) };
    }
  }
  const completedYear = completedYearAt(text, i);
  if (completedYear) return completedYear;
  // most numerals in a speech are counts (三个方面, 一是): look at what follows before parsing
  const runEnd = numeralEnd(text, i, 3);
  if (runEnd === i || AFTER_NUMBER[text.charCodeAt(runEnd)] === 0) return null;
  const num = readNumber(text, i, 3);
  if (!num) return null;
  if (isDigitAt(text, i - 1) || isNumeralAt(text, i - 1) || text.charCodeAt(i - 1) === 0x6bcf) return null;
  let p = num.end;
  // relative: 两个月内, 30天内, 15个工作日内
  const relative = relativeAt(text, i, ref, dctx);
  if (relative) return relative;
  // a day of the speech's month without the month (请于25日前报送): the next such day, closing word required
  if ((text[p] === '日' || text[p] === '号') && text.charCodeAt(i - 1) !== YUE && text.charCodeAt(i) !== LIANG && closedEnd(text, p + 1) > p + 1 && num.value >= 1 && num.value <= 31) {
    if (num.value > monthEnd(ref.y, ref.m).d) return null;
    const month = num.value >= ref.d ? { y: ref.y, m: ref.m } : addMonths({ y: ref.y, m: ref.m, d: 1 }, 1);
    if (num.value > monthEnd(month.y, month.m).d) return null;
    return { start: i, end: closedEnd(text, p + 1), date: { y: month.y, m: month.m, d: num.value } };
  }
  // 两 never names a month (February is 二月): 两月底前 / 两月末 count two months, like 两月内
  if (text.charCodeAt(i) === LIANG) {
    if (text[p] === '月' && (text[p + 1] === '底' || text[p + 1] === '末')) return { start: i, end: closedEnd(text, p + 2), date: addMonths(ref, num.value) };
    return null;
  }
  if (text[p] !== '月' || num.value < 1 || num.value > 12) return null;
  const written = yearBefore(text, i, ref);
  const explicitYear = written !== null;
  const year = written?.y ?? ref.y;
  const from = written?.start ?? i;
  const month = num.value;
  p++;
  if (text[p] === '份') p++;
  const day = readNumber(text, p, 3);
  if (day && (text[day.end] === '日' || text[day.end] === '号') && day.value >= 1 && day.value <= monthEnd(year, month).d) {
    const end = day.end + 1;
    if (closedEnd(text, end) === end && !completesAt(text, end) && !introducedAt(text, from)) return null;
    return { start: from, end: closedEnd(text, end), date: rollForward({ y: year, m: month, d: day.value }, ref, explicitYear) };
  }
  let d = 31; // the month's end, once rollForward knows the year
  let marked = false;
  if (text[p] === '底' || text[p] === '末' || text.startsWith('下旬', p)) {
    p += text[p] === '下' ? 2 : 1;
    marked = true;
  } else if (text.startsWith('上旬', p) || (text[p] === '初' && NOT_EARLY_AFTER[text.charCodeAt(p + 1)] !== 1)) {
    // 3月初 is the start of the month, like 3月上旬
    d = 10;
    p += text[p] === '初' ? 1 : 2;
    marked = true;
  } else if (text.startsWith('中下旬', p)) {
    p += 3;
    marked = true;
  } else if (text.startsWith('中旬', p) || (text[p] === '中' && NOT_MID_AFTER[text.charCodeAt(p + 1)] !== 1)) {
    // 6月中 is the middle of the month, like 6月中旬
    d = 20;
    p += text[p + 1] === '旬' ? 2 : 1;
    marked = true;
  }
  const tail = text.slice(p, p + 2);
  const closing = tail.startsWith('前') || tail.startsWith('之前') || tail.startsWith('以前') || tail.startsWith('内') || tail.startsWith('止') || tail.startsWith('为止');
  // a worded year names the month as a time (今年十月完成), unless it starts a period (今年3月以来); a
  // written one (2025年10月，…) is as often the background of the work
  const dated = explicitYear && !isDigitAt(text, from) && !text.startsWith('以来', p) && text[p] !== '起' && !text.startsWith('开始', p);
  if (!marked && !closing && !dated && !completesAt(text, p) && !introducedAt(text, from)) return null;
  return { start: from, end: closedEnd(text, p, true), date: rollForward({ y: year, m: month, d }, ref, explicitYear) };
}

/** All deadline expressions in text[start, end), in order. Linear: each probe reads a few characters. */
export function findDeadlines(text: string, start: number, end: number, ctx: DeadlineContext): Deadline[] {
  const found: Deadline[] = [];
  let i = start;
  // a span opens with its year or quote before `i`, never before the range or the deadline before it
  let floor = start;
  while (i < end) {
    if (TRIGGERS[text.charCodeAt(i)] === 0 || !mayStartDeadline(text, i)) {
      i++;
      continue;
    }
    const d = deadlineAt(text, i, ctx);
    if (d && d.end <= end) {
      if (d.start < floor) d.start = i;
      found.push(d);
      i = d.end;
      floor = i;
    } else i++;
  }
  return found;
}

/** Longest deadline phrase with its introducer (截至2027年12月31日之前): what deadlineOpening reads. */
const MAX_PHRASE = 20;

/**
 * End of the deadline phrase that opens text[p, end), after a word that introduces it (在6月底前,
 * 截至6月30日止, 2027年底前), or -1 when none opens there.
 */
export function deadlineOpening(text: string, p: number, end: number, ctx: DeadlineContext): number {
  let q = p;
  for (const w of DEADLINE_INTRODUCERS) {
    if (!text.startsWith(w, q)) continue;
    q += w.length;
    break;
  }
  const first = findDeadlines(text, q, Math.min(end, q + MAX_PHRASE), ctx)[0];
  return first !== undefined && first.start === q ? first.end : -1;
}

/** The item's due date: the last deadline it states that has a date. */
export function lastDeadline(text: string, start: number, end: number, ref: Ymd | null, calendar: CalendarSource): string | null {
  if (!ref) return null;
  const all = findDeadlines(text, start, end, { ref, source: calendar });
  for (let k = all.length - 1; k >= 0; k--) {
    const date = (all[k] as Deadline).date;
    if (date) return formatYmd(date);
  }
  return null;
}
