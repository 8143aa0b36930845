import { describe, expect, it } from 'vitest';
import { lastDay, resolvePeriod } from '../period';

describe('the 看板 period', () => {
  it('is the Monday-to-Sunday week, the month, the quarter or the year containing today', () => {
    // 2026-12-01 is a Tuesday.
    expect(resolvePeriod({ kind: 'week', offset: 0 }, '2026-12-01')).toEqual({ start: '2026-11-30', end: '2026-12-07' });
    expect(resolvePeriod({ kind: 'month', offset: 0 }, '2026-12-01')).toEqual({ start: '2026-12-01', end: '2027-01-01' });
    expect(resolvePeriod({ kind: 'quarter', offset: 0 }, '2026-11-15')).toEqual({ start: '2026-10-01', end: '2027-01-01' });
    expect(resolvePeriod({ kind: 'year', offset: 0 }, '2026-06-30')).toEqual({ start: '2026-01-01', end: '2027-01-01' });
  });

  it('steps back whole periods, across year ends', () => {
    expect(resolvePeriod({ kind: 'week', offset: 1 }, '2026-12-01')).toEqual({ start: '2026-11-23', end: '2026-11-30' });
    expect(resolvePeriod({ kind: 'month', offset: 2 }, '2026-01-10')).toEqual({ start: '2025-11-01', end: '2025-12-01' });
    expect(resolvePeriod({ kind: 'quarter', offset: 1 }, '2026-02-01')).toEqual({ start: '2025-10-01', end: '2026-01-01' });
  });

  it('takes a custom range with both days included, in either order', () => {
    expect(resolvePeriod({ kind: 'custom', offset: 0, from: '2026-09-01', to: '2026-09-30' }, '2026-12-01')).toEqual({ start: '2026-09-01', end: '2026-10-01' });
    expect(resolvePeriod({ kind: 'custom', offset: 0, from: '2026-09-30', to: '2026-09-01' }, '2026-12-01')).toEqual({ start: '2026-09-01', end: '2026-10-01' });
    expect(lastDay({ start: '2026-09-01', end: '2026-10-01' })).toBe('2026-09-30');
  });
});
