import { describe, expect, it } from 'vitest';
import { addDays, addMonths, compareYmd, daysInMonth, formatYmd, monthEnd, parseYmd } from '../calendar.util';

describe('daysInMonth', () => {
  it.each([
    [2026, 1, 31],
    [2026, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2100, 2, 28],
    [2026, 3, 31],
    [2026, 4, 30],
    [2026, 5, 31],
    [2026, 6, 30],
    [2026, 7, 31],
    [2026, 8, 31],
    [2026, 9, 30],
    [2026, 10, 31],
    [2026, 11, 30],
    [2026, 12, 31],
  ])('%d-%d has %d days', (y, m, n) => {
    expect(daysInMonth(y, m)).toBe(n);
  });
});

describe('parseYmd and formatYmd', () => {
  it('reads a valid date and writes it back', () => {
    expect(parseYmd('2026-04-08')).toEqual({ y: 2026, m: 4, d: 8 });
    expect(parseYmd('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseYmd('1900-01-01')).toEqual({ y: 1900, m: 1, d: 1 });
    expect(parseYmd('2200-12-31')).toEqual({ y: 2200, m: 12, d: 31 });
    expect(formatYmd({ y: 2026, m: 4, d: 8 })).toBe('2026-04-08');
    expect(formatYmd({ y: 987, m: 11, d: 30 })).toBe('0987-11-30');
  });

  it.each([null, undefined, '', '2026-4-8', '2026-04-8', '2026-04-081', '2026/04/08', '2026-04/08', '2026x04-08', '20260408xx', '2026-1a-08', 'abcd-04-08', '2026-04-0x', '1899-12-31', '2201-01-01', '2026-00-10', '2026-13-01', '2026-04-00', '2026-04-31', '2026-02-29',
    // Number() reads these as numbers: only digits make a date
    '2026-04-8 ', '2026-04- 8', '2026-+4-08', ' 026-04-08', '2026-4.-08', '2026-04-1e', 'x2026-04-08', '2026-04-08\n', '２０２６-04-08'])(
    '%j is no date',
    (s) => {
      expect(parseYmd(s)).toBeNull();
    },
  );
});

describe('arithmetic', () => {
  const ymd = (s: string) => parseYmd(s) as NonNullable<ReturnType<typeof parseYmd>>;

  it('compareYmd orders by year, then month, then day', () => {
    expect(compareYmd(ymd('2026-04-08'), ymd('2026-04-08'))).toBe(0);
    expect(compareYmd(ymd('2027-01-01'), ymd('2026-12-31'))).toBe(1);
    expect(compareYmd(ymd('2026-05-01'), ymd('2026-04-30'))).toBe(1);
    expect(compareYmd(ymd('2026-04-08'), ymd('2026-04-10'))).toBe(-2);
    expect(compareYmd(ymd('2025-06-30'), ymd('2026-01-01'))).toBe(-1);
    expect(compareYmd(ymd('2026-03-31'), ymd('2026-05-01'))).toBe(-2);
  });

  it('monthEnd is the last day of that month', () => {
    expect(monthEnd(2026, 2)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(monthEnd(2026, 4)).toEqual({ y: 2026, m: 4, d: 30 });
  });

  it('addDays carries across months and years, both ways', () => {
    expect(addDays(ymd('2026-04-08'), 30)).toEqual({ y: 2026, m: 5, d: 8 });
    expect(addDays(ymd('2026-12-31'), 1)).toEqual({ y: 2027, m: 1, d: 1 });
    expect(addDays(ymd('2026-03-01'), -1)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(addDays(ymd('2026-04-08'), 0)).toEqual({ y: 2026, m: 4, d: 8 });
  });

  it('addMonths keeps the day when it can, else takes the month end', () => {
    expect(addMonths(ymd('2026-04-08'), 2)).toEqual({ y: 2026, m: 6, d: 8 });
    expect(addMonths(ymd('2026-11-15'), 3)).toEqual({ y: 2027, m: 2, d: 15 });
    expect(addMonths(ymd('2026-01-31'), 1)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(addMonths(ymd('2026-03-31'), -1)).toEqual({ y: 2026, m: 2, d: 28 });
    expect(addMonths(ymd('2026-12-31'), 12)).toEqual({ y: 2027, m: 12, d: 31 });
    expect(addMonths(ymd('2026-01-10'), -1)).toEqual({ y: 2025, m: 12, d: 10 });
  });
});
