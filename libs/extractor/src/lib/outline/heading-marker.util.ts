import { isBlankCode, isDigitAt } from '../text/char.util';
import { isNumeralAt, parseSmallNumber } from '../text/chinese-number.util';

/**
 * Labels that number the items of a 交办单 or 督查通报 (督办事项一：…, 交办事项（一）…, 任务1.…): the
 * label, then a number, then a pause or the number's brackets.
 */
const ITEM_LABELS = ['督办事项', '交办事项', '督查事项', '整改事项', '重点事项', '重点任务', '工作任务', '督办件', '交办件', '任务', '事项'];
const ITEM_LABEL_FIRST = new Set(ITEM_LABELS.map((w) => w[0]));
const LABEL_PAUSES = '：:、.．，';

/** The marker of a labelled item (督办事项一：, 交办事项（一）, 任务1.) at `i`: its end and its number, or null. */
export function labelledMarkerAt(s: string, i: number): { end: number; ordinal: number } | null {
  if (!ITEM_LABEL_FIRST.has(s[i] as string)) return null;
  const label = ITEM_LABELS.find((w) => s.startsWith(w, i));
  if (!label) return null;
  let j = i + label.length;
  const bracket = s[j] === '（' || s[j] === '(';
  if (bracket) j++;
  const from = j;
  const chinese = isNumeralAt(s, j);
  while (j < s.length && j - from < 3 && (chinese ? isNumeralAt(s, j) : isDigitAt(s, j))) j++;
  if (j === from) return null;
  const ordinal = chinese ? parseSmallNumber(s.slice(from, j)) : Number(s.slice(from, j));
  if (bracket) {
    if (s[j] !== '）' && s[j] !== ')') return null;
    j++;
    if (s[j] === '：' || s[j] === ':') j++;
    return { end: j, ordinal };
  }
  if (!LABEL_PAUSES.includes(s[j] as string) || ((s[j] === '.' || s[j] === '．') && isDigitAt(s, j + 1))) return null;
  return { end: j + 1, ordinal };
}

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

/**
 * Cheap test on raw text (before normalization) used to decide where hard-wrapped lines may
 * be joined: does position `i` open an outline heading?
 */
export function startsWithHeadingMarker(s: string, i: number): boolean {
  // by code unit: this runs for every line of the upload
  while (i < s.length && isBlankCode(s.charCodeAt(i))) i++;
  if (i >= s.length) return false;
  const code = s.charCodeAt(i);
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) return true;
  if (code === 0xff08 || code === 0x28) {
    let j = i + 1;
    while (j < s.length && j - i < 4 && (isNumeralAt(s, j) || isDigitAt(s, j))) j++;
    return j > i + 1 && (s[j] === '）' || s[j] === ')');
  }
  if (isNumeralAt(s, i)) {
    let j = i;
    while (j < s.length && j - i < 3 && isNumeralAt(s, j)) j++;
    return s[j] === '、' || ((s[j] === '.' || s[j] === '．') && !isDigitAt(s, j + 1));
  }
  if (isDigitAt(s, i) || (code >= 0xff10 && code <= 0xff19)) {
    let j = i;
    while (j < s.length && j - i < 3 && (isDigitAt(s, j) || (s.charCodeAt(j) >= 0xff10 && s.charCodeAt(j) <= 0xff19))) j++;
    const m = s[j];
    return (m === '.' || m === '．' || m === '、') && !isDigitAt(s, j + 1);
  }
  if (labelledMarkerAt(s, i)) return true;
  return s.startsWith('首先', i) || s.startsWith('其次', i) || s.startsWith('再次', i) || s.startsWith('最后', i) || s.startsWith('关于', i) || (code === 0x7b2c && isNumeralAt(s, i + 1));
}
