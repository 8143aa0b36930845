import { describe, expect, it } from 'vitest';
import { formatDate } from '../format-date';

describe('formatDate', () => {
  it('writes calendar dates as 2026年3月5日 in Chinese and 2026-03-05 in English', () => {
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatDate('2026-03-05', 'en')).toBe('2026-03-05');
  });

  it('reads an instant on the office calendar (Asia/Shanghai)', () => {
    expect(formatDate('2026-12-31T17:30:00.000Z', 'zh-CN')).toBe('2027年1月1日');
    expect(formatDate('2026-12-31T15:30:00.000Z', 'en')).toBe('2026-12-31');
  });

  it('gives nothing for nothing', () => {
    expect(formatDate(null, 'zh-CN')).toBe('');
    expect(formatDate('soon', 'en')).toBe('');
  });
});
