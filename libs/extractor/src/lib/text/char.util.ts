/** Character classes shared by every scanner; plain code-point tests keep them linear and regex-free. */

export function isCjk(ch: string | undefined): boolean {
  return ch ? isCjkCode(ch.charCodeAt(0)) : false;
}

/** isCjk by code unit (NaN, as charCodeAt gives past either end, is not CJK): no string per character. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007 || (c >= 0xf900 && c <= 0xfaff);
}

export function isAsciiDigit(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** Whether s[i] is an ASCII digit, without making a string of s[i]. */
export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiAlnum(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Horizontal white space, including the ideographic space, NBSP, zero-width characters and a stray BOM. */
export function isBlank(ch: string | undefined): boolean {
  return ch ? isBlankCode(ch.charCodeAt(0)) : false;
}

/** isBlank by code unit (NaN, past either end, is not blank). */
export function isBlankCode(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200d) || c === 0x202f || c === 0x205f || c === 0x2060
  );
}

/** Whether text[from, to) holds the code unit `code` (no slice is made). */
export function hasCode(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

export function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, at)) return true;
  return false;
}

/** Ends a sentence. */
export const SENTENCE_END = new Set(['。', '！', '？', '；', '…']);

/** Ends a clause (a sentence end or a pause). */
export const CLAUSE_END = new Set(['。', '！', '？', '；', '，', '：', '…', '、', '\n']);

export function isSentenceEnd(ch: string | undefined): boolean {
  return ch === '。' || ch === '\n' || ch === '！' || ch === '？' || ch === '；' || ch === '…';
}

export function isClauseBoundary(ch: string | undefined): boolean {
  return ch === undefined || CLAUSE_END.has(ch) || ch === '“' || ch === '”' || ch === '"' || ch === '（' || ch === '）';
}

/** A line that ends with one of these is a finished paragraph, not a hard wrap. */
export const LINE_FINAL = new Set(['。', '！', '？', '；', '：', '…', '”', '’', '」', '』', '.', '!', '?', ';', ':']);

/**
 * A 64 KiB lookup table of UTF-16 code units. Hot loops test `table[text.charCodeAt(i)]` instead of
 * `set.has(text[i])`: indexing a string allocates a new string for every Chinese character.
 */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
