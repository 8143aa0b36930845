import { describe, expect, it } from 'vitest';
import { isNumeralAt, NUMERAL_CODES, parseSmallNumber } from '../chinese-number.util';

describe('parseSmallNumber', () => {
  it.each([
    ['0', 0],
    ['7', 7],
    ['30', 30],
    ['2026', 2026],
    ['19', 19],
    ['〇', 0],
    ['零', 0],
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['四', 4],
    ['五', 5],
    ['六', 6],
    ['七', 7],
    ['八', 8],
    ['九', 9],
    ['二〇二六', 2026],
    ['二零二七', 2027],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['两百', 200],
    ['百', 100],
    ['一百零五', 105],
    ['三百二十一', 321],
  ])('%s = %d', (s, n) => {
    expect(parseSmallNumber(s)).toBe(n);
  });

  it.each(['', '十月', '二x', 'a', '1a', '3月', '/', ':', '第十', '-5', '+3', '1.5', ' 12'])('%j is not a number', (s) => {
    expect(parseSmallNumber(s)).toBeNaN();
  });
});

describe('isNumeralAt and NUMERAL_CODES', () => {
  it('marks exactly the Chinese numerals, 十 and 百 included', () => {
    const numerals = '〇零一二两三四五六七八九十百';
    for (let i = 0; i < numerals.length; i++) expect(isNumeralAt(numerals, i), numerals[i]).toBe(true);
    for (const [i, ch] of [...'千万第月日1a，'].entries()) expect(isNumeralAt('千万第月日1a，', i), ch).toBe(false);
    expect(NUMERAL_CODES.length).toBe(65536);
    expect(NUMERAL_CODES.reduce((sum, v) => sum + v, 0)).toBe(numerals.length);
  });

  it('is false past the end of the string', () => {
    expect(isNumeralAt('一', 1)).toBe(false);
  });
});
