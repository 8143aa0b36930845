import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonthDay } from '../format-date';

describe('formatDate', () => {
  it('writes calendar dates as 2026年3月5日 in Chinese and 2026-03-05 in English', () => {
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDate('2026-03-05', 'en')).toBe('2026-03-05');
  });

  it('reads an instant on the office calendar (Asia/Shanghai)', () => {
    expect(formatDate('2026-12-31T17:30:00.000Z', 'zh-CN')).toBe('2027年1月1日');
    expect(formatDate('2026-12-31T15:30:00.000Z', 'en')).toBe('2026-12-31');
  });

  it('writes a chart axis day without its year: 11月30日 / 11-30', () => {
    expect(formatMonthDay('2026-11-30', 'zh-CN')).toBe('11月30日');
    expect(formatMonthDay('2026-03-05', 'en')).toBe('03-05');
    expect(formatMonthDay(null, 'en')).toBe('');
  });

  it('gives nothing for nothing', () => {
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDate('soon', 'en')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('writes an instant with its time in Asia/Shanghai, the same way in every screen', () => {
    // 2026-12-01T02:34Z is 10:34 in Beijing; 17:30Z on New Year's Eve is already 01:30 on 1 January there.
    expect(formatDateTime('2026-12-01T02:34:00.000Z', 'zh-CN')).toBe('2026年12月1日 10:34');
    expect(formatDateTime('2026-12-01T02:34:00.000Z', 'en')).toBe('2026-12-01 10:34');
    expect(formatDateTime('2026-12-31T17:30:00.000Z', 'en')).toBe('2027-01-01 01:30');
    expect(formatDateTime('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDateTime(null, 'en')).toBe('');
  });
});
