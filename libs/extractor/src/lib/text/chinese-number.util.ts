const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

const NUMERALS = new Set(['〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百']);

/** NUMERAL_CODES[c] === 1 for the code units of Chinese numerals: for loops that must not index strings. */
export const NUMERAL_CODES: Uint8Array = (() => {
  const t = new Uint8Array(65536);
  for (const ch of NUMERALS) t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** Whether s[i] is a Chinese numeral, by code unit: indexing a string makes a string per character. */
export function isNumeralAt(s: string, i: number): boolean {
  return NUMERAL_CODES[s.charCodeAt(i)] === 1;
}

/**
 * Reads a small number written in Arabic digits or Chinese numerals (一, 十二, 二十三, 二〇二六).
 * Returns NaN when `s` is not a number.
 */
export function parseSmallNumber(s: string): number {
  if (s.length === 0) return NaN;
  let allAscii = true;
  for (const ch of s) if (ch < '0' || ch > '9') allAscii = false;
  if (allAscii) return Number(s);
  if (!s.includes('十') && !s.includes('百')) {
    // digit by digit, as in 二〇二六
    let v = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else {
      const d = DIGITS[ch];
      if (d === undefined) return NaN;
      current = d;
    }
  }
  return total + current;
}
