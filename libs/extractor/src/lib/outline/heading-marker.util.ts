import { isAsciiDigit, isBlank, isDigitAt } from '../text/char.util';
import { isNumeralAt } from '../text/chinese-number.util';

const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳

/**
 * Cheap test on raw text (before normalization) used to decide where hard-wrapped lines may
 * be joined: does position `i` open an outline heading?
 */
export function startsWithHeadingMarker(s: string, i: number): boolean {
  while (i < s.length && isBlank(s[i])) i++;
  const ch = s[i];
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code >= CIRCLED_FIRST && code <= CIRCLED_LAST) return true;
  if (ch === '（' || ch === '(') {
    let j = i + 1;
    while (j < s.length && j - i < 4 && (isNumeralAt(s, j) || isDigitAt(s, j))) j++;
    return j > i + 1 && (s[j] === '）' || s[j] === ')');
  }
  if (isNumeralAt(s, i)) {
    let j = i;
    while (j < s.length && j - i < 3 && isNumeralAt(s, j)) j++;
    return s[j] === '、';
  }
  if (isAsciiDigit(ch) || (code >= 0xff10 && code <= 0xff19)) {
    let j = i;
    while (j < s.length && j - i < 3 && (isDigitAt(s, j) || (s.charCodeAt(j) >= 0xff10 && s.charCodeAt(j) <= 0xff19))) j++;
    const m = s[j];
    return (m === '.' || m === '．' || m === '、') && !isDigitAt(s, j + 1);
  }
  const two = s.slice(i, i + 2);
  return two === '首先' || two === '其次' || two === '再次' || two === '最后' || two === '关于' || (ch === '第' && isNumeralAt(s, i + 1));
}
