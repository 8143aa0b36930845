import { isAsciiAlnum, isAsciiDigit, isBlank, isBlankCode, isCjk, LINE_FINAL } from './char.util';
import { isNumeralAt } from './chinese-number.util';
import { startsWithHeadingMarker } from '../outline/heading-marker.util';
import { SIMPLIFIED } from './traditional.util';

/**
 * The speech in a canonical form (full-width punctuation, no stray spaces, one '\n' per paragraph)
 * plus, for every normalized character, its offset in the original text so that spans can be
 * reported against what the user uploaded.
 */
export interface NormalizedText {
  /** The original text with a leading BOM removed; spans index this string. */
  original: string;
  text: string;
  /** map[i] is the original offset of text[i]; map[text.length] === original.length. */
  map: Int32Array;
}

interface Line {
  start: number;
  end: number;
  /** offset of the line terminator (== end when the text ends without one) */
  terminator: number;
  trimmedLength: number;
  lastChar: string | undefined;
  headingLike: boolean;
}

const FULL_WIDTH_KEEP = new Set(['，', '。', '：', '；', '！', '？', '（', '）', '、', '“', '”', '‘', '’']);

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function splitLines(s: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = s.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? s.charCodeAt(i) : -1;
    // one comparison for the common case: every line terminator is \n, \r, U+0085 or U+2028/9
    if (c > 13 && c !== 0x85 && c !== 0x2028 && c !== 0x2029) continue;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === -1) {
      let first = start;
      while (first < i && isBlankCode(s.charCodeAt(first))) first++;
      let last = i - 1;
      while (last >= first && isBlankCode(s.charCodeAt(last))) last--;
      lines.push({
        start,
        end: i,
        terminator: i,
        trimmedLength: last - first + 1,
        lastChar: last >= first ? s[last] : undefined,
        headingLike: last >= first && startsWithHeadingMarker(s, first),
      });
      if (c === 13 && s.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** Width of hard-wrapped transcripts: the 80th percentile of non-empty line lengths. */
function typicalLineLength(lines: Line[]): number {
  // a histogram instead of a sort: lines longer than the cap are never hard-wrapped anyway
  const CAP = 512;
  const counts = new Int32Array(CAP + 1);
  let total = 0;
  for (const l of lines) {
    if (l.trimmedLength === 0) continue;
    counts[Math.min(l.trimmedLength, CAP)]++;
    total++;
  }
  if (total < 4) return Infinity;
  const rank = Math.floor(total * 0.8);
  let seen = 0;
  for (let len = 0; len <= CAP; len++) {
    seen += counts[len] as number;
    if (seen > rank) return len === CAP ? Infinity : len;
  }
  return Infinity;
}

/**
 * Output as runs of the original text plus replaced characters, and one offset per character:
 * a 1 MB speech must not allocate a string per character.
 */
class Emitter {
  readonly parts: string[] = [];
  readonly offsets: Int32Array;
  length = 0;
  private runStart = -1;
  private runEnd = -1;
  private lastCode = -1;
  constructor(
    private readonly source: string,
    capacity: number,
  ) {
    this.offsets = new Int32Array(capacity);
  }
  /** Emits source[from, to) unchanged. */
  keepRun(from: number, to: number): void {
    if (this.runEnd !== from) {
      this.flush();
      this.runStart = from;
    }
    this.runEnd = to;
    for (let i = from; i < to; i++) this.offsets[this.length++] = i;
    this.lastCode = this.source.charCodeAt(to - 1);
  }
  /** Emits source[i] unchanged. */
  keep(i: number): void {
    if (this.runEnd !== i) {
      this.flush();
      this.runStart = i;
    }
    this.runEnd = i + 1;
    this.offsets[this.length++] = i;
    this.lastCode = this.source.charCodeAt(i);
  }
  push(ch: string, offset: number): void {
    this.flush();
    this.parts.push(ch);
    this.offsets[this.length++] = offset;
    this.lastCode = ch.charCodeAt(0);
  }
  last(): string | undefined {
    return this.lastCode < 0 ? undefined : String.fromCharCode(this.lastCode);
  }
  text(): string {
    this.flush();
    return this.parts.join('');
  }
  private flush(): void {
    if (this.runStart >= 0) this.parts.push(this.source.slice(this.runStart, this.runEnd));
    this.runStart = -1;
    this.runEnd = -1;
  }
}

/**
 * Code units that need more than copying: blanks, half-width punctuation, full-width letters and
 * digits (1), and Traditional characters, replaced one for one by their simplified forms (2).
 */
const TRADITIONAL = 2;
const SPECIAL = (() => {
  const t = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) if (SIMPLIFIED[c] !== 0) t[c] = TRADITIONAL;
  for (const c of [0x20, 0x09, 0x0b, 0x0c, 0xa0, 0x3000, 0xfeff, 0x202f, 0x205f, 0x2060]) t[c] = 1;
  for (let c = 0x2000; c <= 0x200d; c++) t[c] = 1;
  for (const ch of ',:;!?().') t[ch.charCodeAt(0)] = 1;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = 1;
  for (const ch of FULL_WIDTH_KEEP) t[ch.charCodeAt(0)] = 0;
  return t;
})();

/** A full-width letter, digit or dot as the ASCII character it becomes (Ｂ → B); any other character as it is. */
function asEmitted(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 0xff01 || code > 0xff5e) return ch;
  const ascii = String.fromCharCode(code - 0xfee0);
  return isAsciiAlnum(ascii) || ascii === '.' ? ascii : ch;
}

// the neighbours are read as they will be emitted: a blank between Ａ and Ｂ separates A and B
function nextNonBlank(s: string, from: number, end: number): string | undefined {
  for (let j = from; j < end; j++) if (!isBlank(s[j])) return asEmitted(s[j] as string);
  return undefined;
}

function previousNonBlank(s: string, from: number, start: number): string | undefined {
  for (let j = from; j >= start; j--) if (!isBlank(s[j])) return asEmitted(s[j] as string);
  return undefined;
}

function isPunctuationToMap(ch: string): boolean {
  return ch === ',' || ch === ':' || ch === ';' || ch === '!' || ch === '?' || ch === '(' || ch === ')' || ch === '.';
}

function emitLine(s: string, line: Line, out: Emitter): void {
  for (let i = line.start; i < line.end; i++) {
    const code = s.charCodeAt(i);
    if (SPECIAL[code] === 0) {
      // most of a speech needs no change: copy the whole run in one call
      let j = i + 1;
      while (j < line.end && SPECIAL[s.charCodeAt(j)] === 0) j++;
      out.keepRun(i, j);
      i = j - 1;
      continue;
    }
    if (SPECIAL[code] === TRADITIONAL) {
      out.push(String.fromCharCode(SIMPLIFIED[code] as number), i);
      continue;
    }
    const ch = s[i] as string;
    if (isBlank(ch)) {
      // keep one space only between two Latin words or numbers
      const prev = out.last();
      const next = nextNonBlank(s, i + 1, line.end);
      if (isAsciiAlnum(prev) && isAsciiAlnum(next) && prev !== ' ') out.push(' ', i);
      continue;
    }
    if (code >= 0xff01 && code <= 0xff5e && !FULL_WIDTH_KEEP.has(ch)) {
      const ascii = asEmitted(ch);
      if (ascii !== ch) {
        out.push(ascii, i);
        continue;
      }
    }
    if (!isPunctuationToMap(ch)) {
      out.keep(i);
      continue;
    }
    const prev = previousNonBlank(s, i - 1, line.start);
    const next = nextNonBlank(s, i + 1, line.end);
    switch (ch) {
      case ',':
        out.push(isAsciiDigit(prev) && isAsciiDigit(next) ? ',' : '，', i);
        break;
      case ':':
        out.push(isAsciiDigit(prev) && isAsciiDigit(next) ? ':' : '：', i);
        break;
      case ';':
        out.push('；', i);
        break;
      case '!':
        out.push('！', i);
        break;
      case '?':
        out.push('？', i);
        break;
      case '(':
        out.push('（', i);
        break;
      case ')':
        out.push('）', i);
        break;
      case '.': {
        const dotRun = s[i - 1] === '.' || s[i + 1] === '.';
        // after a digit (3.5, a "1." marker) it stays a dot: the sentence-end test below fails on a digit
        if (dotRun) out.push('…', i);
        // 二.强化保障: a Chinese numeral opening the line is a heading marker, not a sentence
        else if (opensWithNumeralMarker(s, line.start, i)) out.push('.', i);
        else if (isCjk(prev) || prev === '”' || prev === '）' || prev === '"' || prev === ')') out.push('。', i);
        else out.push('.', i);
        break;
      }
      default:
        out.push(ch, i);
    }
  }
}

/** Whether s[lineStart, dot) is one to three Chinese numerals after blanks (二. / 十一.): a heading marker. */
function opensWithNumeralMarker(s: string, lineStart: number, dot: number): boolean {
  let p = lineStart;
  while (p < dot && isBlank(s[p] as string)) p++;
  if (dot - p < 1 || dot - p > 3) return false;
  for (let k = p; k < dot; k++) if (!isNumeralAt(s, k)) return false;
  return true;
}

/**
 * Normalizes a speech in one linear pass. Lines are joined back into paragraphs when the text was
 * hard-wrapped (a long line that does not end a sentence and is not followed by a heading).
 */
export function normalizeText(input: string): NormalizedText {
  const original = stripBom(input);
  const lines = splitLines(original);
  const width = typicalLineLength(lines);
  // every emitted character stands for at least one original character, line breaks included
  const out = new Emitter(original, original.length + 1);
  let pendingBreak = -1;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (line.trimmedLength === 0) {
      if (out.length > 0 && pendingBreak < 0) pendingBreak = line.start;
      continue;
    }
    if (pendingBreak >= 0 && out.length > 0) out.push('\n', pendingBreak);
    pendingBreak = -1;
    emitLine(original, line, out);
    const next = lines[k + 1];
    const wrapped =
      next !== undefined &&
      next.trimmedLength > 0 &&
      !next.headingLike &&
      line.lastChar !== undefined &&
      !LINE_FINAL.has(line.lastChar) &&
      // a heading line is joined only when it fills the whole wrap width
      line.trimmedLength >= width * (line.headingLike ? 0.9 : 0.6);
    if (!wrapped) pendingBreak = line.terminator;
  }
  const full = out.text();
  const teaser = teaserLength(full);
  const text = teaser > 0 ? full.slice(teaser) : full;
  // the emitter's offsets are the map: a view, not a copy (its capacity leaves room for the end)
  const map = out.offsets.subarray(teaser, teaser + text.length + 1);
  map[text.length] = original.length;
  return { original, text, map };
}

/**
 * Scraped pages often start with a teaser line: the title and opening run together and cut off
 * with "...". It repeats the body, so it is dropped when its opening reappears later.
 */
function teaserLength(text: string): number {
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 12 || text[firstBreak - 1] !== '…') return 0;
  const probe = text.slice(0, 8);
  const rest = text.slice(firstBreak + 1, firstBreak + 1 + Math.max(4000, firstBreak * 3));
  return rest.includes(probe) ? firstBreak + 1 : 0;
}

/** Original span [start, end) of the normalized range [a, b). */
export function originalSpan(norm: NormalizedText, a: number, b: number): { start: number; end: number } {
  if (b <= a) {
    const p = norm.map[Math.min(a, norm.text.length)] as number;
    return { start: p, end: p };
  }
  return { start: norm.map[a] as number, end: (norm.map[b - 1] as number) + 1 };
}
