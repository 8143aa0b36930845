import { opensTable } from '../structure/attribute-label.util';
import { isAsciiDigit, isCjk, isDigitAt } from '../text/char.util';
import { isNumeralAt, parseSmallNumber } from '../text/chinese-number.util';
import { labelledMarkerAt } from './heading-marker.util';
import { RANK, type Heading, type OutlineNode } from './outline.type';

const CIRCLED_FIRST = 0x2460;
const CIRCLED_LAST = 0x2473;
const MAX_TITLE = 50;
const ORDINAL_OPENERS: ReadonlyArray<readonly [string, number]> = [
  ['首先', 1],
  ['其次', 2],
  ['再次', 3],
  ['最后', -1],
];

function readNumeral(text: string, i: number, chinese: boolean): number {
  let j = i;
  while (j < text.length && j - i < 3 && (chinese ? isNumeralAt(text, j) : isDigitAt(text, j))) j++;
  return j;
}

/** Marker end, rank and ordinal of an outline marker at a paragraph start, or null. */
function markerAt(text: string, i: number): { end: number; rank: number; ordinal: number } | null {
  const ch = text[i];
  if (ch === undefined) return null;
  const code = ch.charCodeAt(0);
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) return { end: i + 1, rank: RANK.circled, ordinal: code - CIRCLED_FIRST + 1 };
  if (ch === '（') {
    const chineseEnd = readNumeral(text, i + 1, true);
    if (chineseEnd > i + 1 && text[chineseEnd] === '）') {
      return { end: chineseEnd + 1, rank: RANK.chineseParen, ordinal: parseSmallNumber(text.slice(i + 1, chineseEnd)) };
    }
    const digitEnd = readNumeral(text, i + 1, false);
    if (digitEnd > i + 1 && text[digitEnd] === '）') {
      return { end: digitEnd + 1, rank: RANK.numberParen, ordinal: Number(text.slice(i + 1, digitEnd)) };
    }
    return null;
  }
  if (isNumeralAt(text, i)) {
    const e = readNumeral(text, i, true);
    // 一、 and, as some drafts write it, 一. / 一．
    const m = text[e];
    if (m === '、' || ((m === '.' || m === '．') && !isDigitAt(text, e + 1))) return { end: e + 1, rank: RANK.chineseComma, ordinal: parseSmallNumber(text.slice(i, e)) };
    return null;
  }
  if (ch === '第' && isNumeralAt(text, i + 1)) {
    const e = readNumeral(text, i + 1, true);
    if (text.startsWith('部分', e)) {
      let end = e + 2;
      if (text[end] === '、' || text[end] === '：' || text[end] === '，') end++;
      return { end, rank: RANK.part, ordinal: parseSmallNumber(text.slice(i + 1, e)) };
    }
    return null;
  }
  if (isAsciiDigit(ch)) {
    const e = readNumeral(text, i, false);
    const m = text[e];
    if ((m === '.' || m === '、') && !isDigitAt(text, e + 1)) return { end: e + 1, rank: RANK.numberDot, ordinal: Number(text.slice(i, e)) };
    if (m === '）') return { end: e + 1, rank: RANK.numberParen, ordinal: Number(text.slice(i, e)) };
    return null;
  }
  const labelled = labelledMarkerAt(text, i);
  if (labelled) return { ...labelled, rank: RANK.labelled };
  if (ch === '关' && text[i + 1] === '于') {
    // a short topic line such as 关于安全生产 (no full stop inside)
    const nl = text.indexOf('\n', i);
    const lineEnd = nl < 0 ? text.length : nl;
    if (lineEnd - i > 30) return null;
    for (let j = i; j < lineEnd - 1; j++) if (text[j] === '。' || text[j] === '，') return null;
    return { end: i, rank: RANK.about, ordinal: 0 };
  }
  return null;
}

function ordinalOpenerAt(text: string, i: number): { end: number; ordinal: number } | null {
  for (const [w, ordinal] of ORDINAL_OPENERS) {
    if (text.startsWith(w, i) && (text[i + 2] === '，' || text[i + 2] === '、' || text[i + 2] === '：')) return { end: i + 3, ordinal };
  }
  if (text[i] === '第' && isNumeralAt(text, i + 1)) {
    const e = readNumeral(text, i + 1, true);
    if (text[e] === '，' || text[e] === '、' || text[e] === '：') return { end: e + 1, ordinal: parseSmallNumber(text.slice(i + 1, e)) };
  }
  return null;
}

function finishHeading(text: string, start: number, markerEnd: number, paragraphEnd: number, rank: number, ordinal: number): Heading | null {
  let titleStart = markerEnd;
  while (titleStart < paragraphEnd && (text[titleStart] === ' ' || text[titleStart] === '：')) titleStart++;
  const first = text[titleStart];
  if (first === undefined || titleStart >= paragraphEnd) return null;
  if (!isCjk(first) && first !== '“' && first !== '《' && first !== '"') return null;
  let titleEnd = titleStart;
  // a table after the task (1.抓好……（牵头单位：A；…）) is the point's passage, not its title
  while (titleEnd < paragraphEnd && text[titleEnd] !== '。' && text[titleEnd] !== '！' && text[titleEnd] !== '？' && text[titleEnd] !== '；' && !opensTable(text, titleEnd)) titleEnd++;
  if (titleEnd - titleStart > MAX_TITLE) {
    const comma = text.indexOf('，', titleStart);
    titleEnd = comma > titleStart && comma - titleStart <= MAX_TITLE ? comma : titleStart + MAX_TITLE;
  }
  let bodyStart = titleEnd;
  if (bodyStart < paragraphEnd && text[bodyStart] !== '，') bodyStart++;
  return { start, markerEnd, titleEnd, bodyStart: Math.min(bodyStart, paragraphEnd), rank, ordinal };
}

export interface Paragraph {
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  while (start <= text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) out.push({ start, end });
    start = end + 1;
  }
  return out;
}

/** Headings that open paragraphs; 首先/其次 openers count only when no explicit marker exists. */
export function findHeadings(text: string, paragraphs: readonly Paragraph[]): Heading[] {
  const headings: Heading[] = [];
  for (const p of paragraphs) {
    const m = markerAt(text, p.start);
    if (!m || !Number.isFinite(m.ordinal)) continue;
    const h = finishHeading(text, p.start, m.end, p.end, m.rank, m.ordinal);
    if (h) headings.push(h);
  }
  if (headings.length > 0) return headings;
  const openers: Heading[] = [];
  for (const p of paragraphs) {
    const m = ordinalOpenerAt(text, p.start);
    if (!m) continue;
    const h = finishHeading(text, p.start, m.end, p.end, RANK.ordinalParagraph, m.ordinal);
    if (h) openers.push(h);
  }
  return openers.length >= 2 ? openers : [];
}

/** Words that open a paragraph addressing the audience or summing up (同志们， 总之，). */
const ADDRESS_OPENERS = ['同志们', '总之', '总而言之'];
/** 各位 + who (同志, 领导, 代表…) is an address only as a vocative: a pause right after it. */
const VOCATIVE_MAX = 4;
const VOCATIVE_PAUSES = '，！：、';

/** Whether a paragraph opens with an address to the audience or a summing-up word. */
export function isAddressParagraph(text: string, p: Paragraph): boolean {
  const ch = text[p.start];
  if (ch === '各') {
    // 各位同志，/各位领导、各位代表： — not 各位局长要……, which gives them work
    if (text[p.start + 1] !== '位') return false;
    for (let j = p.start + 2; j < p.end && j - p.start - 2 <= VOCATIVE_MAX; j++) {
      if (VOCATIVE_PAUSES.includes(text[j] as string)) return j > p.start + 2;
      if (!isCjk(text[j] as string)) return false;
    }
    return false;
  }
  if (ch !== '同' && ch !== '总') return false;
  return ADDRESS_OPENERS.some((w) => text.startsWith(w, p.start));
}

/**
 * Whether heading `h` carries on the open outline: the next number of a level that is open
 * (（三） after （二）, 四、 after 三、), or the first number of a level below the innermost open
 * heading (（一） under 三、). A heading that starts its numbering again does not.
 */
function continuesOutline(stack: readonly OutlineNode[], h: Heading): boolean {
  const innermost = stack[stack.length - 1];
  if (!innermost) return false;
  if (h.ordinal === 1 && h.rank > innermost.heading.rank) return true;
  for (const node of stack) {
    if (node.heading.rank !== h.rank) continue;
    const o = node.heading.ordinal;
    // 最后 and 关于 lines carry no number: any of them continues its level
    return h.ordinal <= 0 || o <= 0 ? true : h.ordinal === o + 1;
  }
  return false;
}

/**
 * Nests headings by rank with a stack. A node ends where the next heading of the same or a higher
 * level starts, or at a closing passage. An address paragraph (同志们，… 各位同志，… 总之，…) is a
 * closing passage only where the outline ends: when no heading after it carries on the open
 * outline and the innermost heading already has a passage of its own (other than addresses).
 * Anywhere else (before the last part, inside a part, right under a bare heading) it is part of
 * the passage it stands in.
 * Headings after a closing passage start an outline of their own, nested by their numbering.
 */
export function buildOutline(text: string, paragraphs: readonly Paragraph[], headings: readonly Heading[]): { roots: OutlineNode[]; closings: number[] } {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const closings: number[] = [];
  const closeTo = (pos: number, rank: number): void => {
    while (stack.length > 0 && (stack[stack.length - 1] as OutlineNode).heading.rank >= rank) {
      (stack.pop() as OutlineNode).end = pos;
    }
  };
  let h = 0;
  // whether the innermost open heading has text after its title yet, addresses left aside
  let innermostHasBody = false;
  for (const p of paragraphs) {
    const heading = headings[h];
    if (heading && heading.start === p.start) {
      h++;
      closeTo(p.start, heading.rank);
      const node: OutlineNode = { heading, end: text.length, children: [] };
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(node);
      else roots.push(node);
      if (stack.length < 16) stack.push(node);
      else node.end = p.end;
      innermostHasBody = heading.bodyStart < p.end;
      continue;
    }
    if (stack.length > 0 && isAddressParagraph(text, p)) {
      // an address gives the heading no passage of its own: the heading's passage may follow it
      const next = headings[h];
      if (innermostHasBody && (!next || !continuesOutline(stack, next))) {
        closeTo(p.start, -Infinity);
        closings.push(p.start);
      }
      continue;
    }
    innermostHasBody = true;
  }
  closeTo(text.length, -Infinity);
  return { roots, closings };
}
