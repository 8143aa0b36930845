import { isBlankCode, isDigitAt } from '../text/char.util';
import { isNumeralAt } from '../text/chinese-number.util';

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
  return s.startsWith('首先', i) || s.startsWith('其次', i) || s.startsWith('再次', i) || s.startsWith('最后', i) || s.startsWith('关于', i) || (code === 0x7b2c && isNumeralAt(s, i + 1));
}
