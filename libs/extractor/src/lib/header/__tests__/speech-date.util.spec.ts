import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../outline/heading.util';
import { findSpeechDate } from '../speech-date.util';

const dateOf = (lines: string[]): string | null => {
  const text = lines.join('\n');
  return findSpeechDate(text, splitParagraphs(text));
};

describe('findSpeechDate', () => {
  it.each<[string, string[], string | null]>([
    ['a short dated line', ['在全县工作会议上的讲话', '（2026年4月8日）', '同志们：'], '2026-04-08'],
    ['Chinese numerals', ['在全县工作会议上的讲话', '二〇二六年四月八日', '同志们：'], '2026-04-08'],
    ['two-digit month and 号', ['2026年12月31号'], '2026-12-31'],
    ['numerals with 十', ['二〇二五年十二月二十一日'], '2025-12-21'],
    ['the first year accepted', ['1949年10月1日'], '1949-10-01'],
    ['too early a year', ['1948年10月1日'], null],
    ['the last year accepted', ['2200年1月1日'], '2200-01-01'],
    ['too late a year', ['2201年1月1日'], null],
    ['month 0', ['2026年0月1日'], null],
    ['month 13', ['2026年13月1日'], null],
    ['day 0', ['2026年4月0日'], null],
    ['April 31', ['2026年4月31日'], null],
    ['leap day', ['2024年2月29日'], '2024-02-29'],
    ['no leap day', ['2026年2月29日'], null],
    ['a two-digit year', ['26年4月8日'], null],
    ['a five-digit year', ['20260年4月8日'], null],
    ['no month', ['2026年8日'], null],
    ['no day', ['2026年4月'], null],
    ['no 日', ['2026年4月8'], null],
    ['year and month only, then text', ['2026年4月起施行'], null],
    ['three-digit month run', ['2026年104月8日'], null],
    ['a date inside a long paragraph is no signature', [`会议于2026年4月8日召开，${'甲'.repeat(40)}`], null],
    ['a bracketed date in a long title', [`在${'甲'.repeat(40)}会议上的讲话（2026年4月8日）`], '2026-04-08'],
    ['half-width bracket', [`在${'甲'.repeat(40)}会议上的讲话(2026年4月8日)`], '2026-04-08'],
    ['square bracket', [`【2026年4月8日】${'甲'.repeat(40)}`], '2026-04-08'],
    ['a date beyond the 60th character', [`${'甲'.repeat(60)}（2026年4月8日）`], null],
    ['a date at the 59th character', [`${'甲'.repeat(58)}（2026年4月8日）`], '2026-04-08'],
    ['a 40-character line is short', [`${'甲'.repeat(31)}2026年4月8日`], '2026-04-08'],
    ['a 41-character line is not', [`${'甲'.repeat(32)}2026年4月8日`], null],
    ['no date', ['在全县工作会议上的讲话', '同志们：'], null],
  ])('%s', (_name, lines, want) => {
    expect(dateOf(lines)).toBe(want);
  });

  it('looks at the first six and the last three paragraphs only', () => {
    const body = Array.from({ length: 12 }, (_, k) => `第${k}段。`);
    const at = (k: number): string[] => body.map((line, j) => (j === k ? '2026年4月8日' : line));
    expect(dateOf(at(5))).toBe('2026-04-08');
    expect(dateOf(at(6))).toBeNull();
    expect(dateOf(at(8))).toBeNull();
    expect(dateOf(at(9))).toBe('2026-04-08');
    expect(dateOf(at(11))).toBe('2026-04-08');
  });

  it('takes the first date it finds', () => {
    expect(dateOf(['2026年4月8日', '2025年1月2日'])).toBe('2026-04-08');
    expect(dateOf(['讲话', '2026年4月31日 2026年5月1日'])).toBe('2026-05-01');
  });
});
