import { codeTable } from '../text/char.util';
import { isNumeralAt, parseSmallNumber } from '../text/chinese-number.util';
import type { InlineFamily, InlineMarker, InlineMember, InlineSeries } from './outline.type';

const STRONG_OPEN = new Set(['。', '！', '？', '；', '\n', '：']);
const SEQUENCE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['首先', 1],
  ['其次', 2],
  ['再次', 3],
  ['再者', 3],
  ['最后', -1],
];
const NUMERAL_SUFFIX_STYLE: Record<string, string> = { 要: 'yao', 是: 'shi', 则: 'ze', 来: 'lai' };
const MAX_TOPIC = 14;
const STRONG_CODES = codeTable('。！？；\n：');
const COMMA = 0xff0c; // ，
/** First characters of every inline marker. */
const MARKER_FIRST = codeTable('另一二三四五六七八九十首其再最第对就（');
const MAX_DEPTH = 6;

function numeralRun(text: string, i: number): number {
  let j = i;
  while (j < text.length && j - i < 2 && isNumeralAt(text, j) && text[j] !== '百' && text[j] !== '两' && text[j] !== '〇' && text[j] !== '零') j++;
  return j;
}

/** `对X来说，` `就X而言，` `在X方面，`: X runs to the closing word without a pause. */
function topicAt(text: string, i: number, end: number): InlineMarker | null {
  const openers: ReadonlyArray<readonly [string, string]> = [
    ['对于', '来说'],
    ['对', '来说'],
    ['就', '而言'],
  ];
  for (const [open, close] of openers) {
    if (!text.startsWith(open, i)) continue;
    const from = i + open.length;
    for (let j = from + 1; j < end && j - from <= MAX_TOPIC; j++) {
      const ch = text[j] as string;
      if (STRONG_OPEN.has(ch) || ch === '，') break;
      if (text.startsWith(close, j) && (text[j + close.length] === '，' || text[j + close.length] === '：')) {
        return { start: i, end: j + close.length + 1, family: 'topic', style: 'topic', ordinal: 0, topicStart: from, topicEnd: j };
      }
    }
  }
  return null;
}

/** The inline enumeration marker opening a clause at `i`, if any. */
function markerAt(text: string, i: number, end: number, strong: boolean): InlineMarker | null {
  const ch = text[i];
  if (ch === undefined) return null;
  if (text.startsWith('另一方面', i)) return { start: i, end: i + 4 + (text[i + 4] === '，' ? 1 : 0), family: 'pair', style: 'pair', ordinal: 2 };
  if (text.startsWith('一方面', i)) return { start: i, end: i + 3 + (text[i + 3] === '，' ? 1 : 0), family: 'pair', style: 'pair', ordinal: 1 };
  if (strong) {
    for (const [w, ordinal] of SEQUENCE_WORDS) {
      if (text.startsWith(w, i) && (text[i + 2] === '，' || text[i + 2] === '、' || text[i + 2] === '：')) {
        return { start: i, end: i + 3, family: 'ordinal', style: 'seq', ordinal };
      }
    }
    if (ch === '第') {
      const e = numeralRun(text, i + 1);
      const next = text[e];
      if (e > i + 1 && (next === '，' || next === '、' || next === '：' || next === '是' || next === '要')) {
        return { start: i, end: next === '是' || next === '要' ? e : e + 1, family: 'ordinal', style: 'di', ordinal: parseSmallNumber(text.slice(i + 1, e)) };
      }
    }
    const topic = topicAt(text, i, end);
    if (topic) return topic;
  }
  if (ch === '其') {
    const e = numeralRun(text, i + 1);
    const next = text[e];
    if (e > i + 1 && (next === '，' || next === '、' || next === '：' || next === '是')) {
      return { start: i, end: next === '是' ? e : e + 1, family: 'ordinal', style: 'qi', ordinal: parseSmallNumber(text.slice(i + 1, e)) };
    }
  }
  if (ch === '（') {
    let e = i + 1;
    while (e < end && e - i < 3 && text.charCodeAt(e) >= 0x30 && text.charCodeAt(e) <= 0x39) e++;
    if (e > i + 1 && text[e] === '）') return { start: i, end: e + 1, family: 'paren', style: 'paren', ordinal: Number(text.slice(i + 1, e)) };
  }
  if (isNumeralAt(text, i)) {
    const e = numeralRun(text, i);
    const style = NUMERAL_SUFFIX_STYLE[text[e] as string];
    if (e > i && style) {
      // the character after 要/是 belongs to the member (一要加强…); 一是一 is an idiom, not a marker
      if (text[e + 1] === ch) return null;
      return { start: i, end: style === 'yao' ? e : e + 1, family: 'ordinal', style, ordinal: parseSmallNumber(text.slice(i, e)) };
    }
  }
  return null;
}

/** Markers that open a clause inside text[start, end). */
export function findInlineMarkers(text: string, start: number, end: number): InlineMarker[] {
  const out: InlineMarker[] = [];
  for (let i = start; i < end; i++) {
    // the rarer test first: few characters can open a marker
    if (MARKER_FIRST[text.charCodeAt(i)] === 0) continue;
    const prev = i === start ? 10 : text.charCodeAt(i - 1);
    const strong = STRONG_CODES[prev] === 1;
    if (!strong && prev !== COMMA) continue;
    const m = markerAt(text, i, end, strong);
    if (m && Number.isFinite(m.ordinal) && m.end <= end) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}

interface Level {
  family: InlineFamily;
  style: string;
  expected: number;
  series: InlineSeries;
  closed: boolean;
}

function continues(level: Level, m: InlineMarker): boolean {
  if (level.closed || level.family !== m.family) return false;
  if (m.family === 'topic') return true;
  if (m.ordinal === -1) return level.expected >= 2;
  return m.ordinal === level.expected;
}

function paragraphEnd(text: string, from: number, limit: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 || nl > limit ? limit : nl;
}

/**
 * Where the last member of a series ends, given the end of its paragraph (or of the passage the
 * series stands in): the caller decides where the text after the series' last member stops
 * belonging to it.
 */
export type LastMemberEnd = (member: InlineMember, limit: number) => number;

/**
 * Builds the enumeration tree of text[start, end) with a stack: a marker continues the innermost
 * open series that expects it (same style first, so 首先…其二…其三 is one series), a first member
 * opens a nested series. Series with a single member are dropped. A last member runs to the end
 * of its paragraph, or to where `lastEnd` says it stops.
 */
export function buildInlineSeries(text: string, start: number, end: number, lastEnd?: LastMemberEnd): InlineSeries[] {
  const markers = findInlineMarkers(text, start, end);
  const top: InlineSeries[] = [];
  const stack: Level[] = [];
  for (const m of markers) {
    let at = -1;
    for (let k = stack.length - 1; k >= 0 && at < 0; k--) if (continues(stack[k] as Level, m) && (stack[k] as Level).style === m.style) at = k;
    for (let k = stack.length - 1; k >= 0 && at < 0; k--) if (continues(stack[k] as Level, m)) at = k;
    if (at >= 0) {
      stack.length = at + 1;
      const level = stack[at] as Level;
      level.series.members.push({ marker: m, start: m.start, end, series: [] });
      level.expected = m.ordinal === -1 ? Infinity : level.expected + 1;
      level.style = m.style;
      if (m.family === 'pair' || m.ordinal === -1) level.closed = true;
      continue;
    }
    if (m.ordinal !== 1 && m.family !== 'topic') continue;
    if (stack.length >= MAX_DEPTH) continue;
    const series: InlineSeries = { family: m.family, members: [{ marker: m, start: m.start, end, series: [] }] };
    const parentLevel = stack[stack.length - 1];
    const parentMember = parentLevel ? (parentLevel.series.members[parentLevel.series.members.length - 1] as InlineMember) : null;
    if (parentMember) parentMember.series.push(series);
    else top.push(series);
    stack.push({ family: m.family, style: m.style, expected: 2, series, closed: false });
  }
  return finish(text, top, end, lastEnd);
}

/** Sets member ends and drops single-member series (their nested series are dropped with them). */
function finish(text: string, list: InlineSeries[], limit: number, lastEnd: LastMemberEnd | undefined): InlineSeries[] {
  const kept: InlineSeries[] = [];
  for (const s of list) {
    s.members = s.members.filter((m) => m.start < limit);
    if (s.members.length < 2) continue;
    // a series nested in a member ends where that member ends
    for (let k = 0; k < s.members.length; k++) {
      const member = s.members[k] as InlineMember;
      const next = s.members[k + 1];
      if (next) member.end = next.start;
      else {
        const own = paragraphEnd(text, member.start, limit);
        member.end = lastEnd ? Math.max(member.marker.end, Math.min(own, lastEnd(member, own))) : own;
      }
      member.series = finish(text, member.series, member.end, lastEnd);
    }
    kept.push(s);
  }
  return kept;
}
