import { describe, expect, it } from 'vitest';
import { missedPeriod, nextPeriod, periodContaining, previousPeriod } from '../reporting-period';

describe('periodContaining', () => {
  it.each([
    // cadence, date, start, end (half-open), all written by hand from a wall calendar
    ['weekly', '2026-10-01', '2026-09-28', '2026-10-05'], // Thursday → Monday 28 Sep
    ['weekly', '2026-10-04', '2026-09-28', '2026-10-05'], // Sunday still in that week
    ['weekly', '2026-10-05', '2026-10-05', '2026-10-12'], // Monday starts the next
    ['weekly', '2027-01-01', '2026-12-28', '2027-01-04'], // across the year end
    ['semimonthly', '2026-02-15', '2026-02-01', '2026-02-16'],
    ['semimonthly', '2026-02-16', '2026-02-16', '2026-03-01'],
    ['semimonthly', '2026-12-31', '2026-12-16', '2027-01-01'],
    ['monthly', '2026-02-28', '2026-02-01', '2026-03-01'],
    ['quarterly', '2026-09-30', '2026-07-01', '2026-10-01'],
    ['quarterly', '2026-10-01', '2026-10-01', '2027-01-01'],
    ['semiannual', '2026-06-30', '2026-01-01', '2026-07-01'],
    ['semiannual', '2026-07-01', '2026-07-01', '2027-01-01'],
    ['yearly', '2026-12-31', '2026-01-01', '2027-01-01'],
  ] as const)('%s %s is [%s, %s)', (cadence, date, start, end) => {
    expect(periodContaining(cadence, date)).toEqual({ start, end });
  });

  it('steps to the neighbouring periods', () => {
    expect(nextPeriod('semimonthly', { start: '2026-12-16', end: '2027-01-01' })).toEqual({ start: '2027-01-01', end: '2027-01-16' });
    expect(previousPeriod('quarterly', { start: '2026-01-01', end: '2026-04-01' })).toEqual({ start: '2025-10-01', end: '2026-01-01' });
    expect(previousPeriod('weekly', { start: '2026-03-02', end: '2026-03-09' })).toEqual({ start: '2026-02-23', end: '2026-03-02' });
  });

  it('keeps the years 0–99 as they are written', () => {
    expect(periodContaining('monthly', '0050-03-10')).toEqual({ start: '0050-03-01', end: '0050-04-01' });
    expect(periodContaining('yearly', '0001-05-01')).toEqual({ start: '0001-01-01', end: '0002-01-01' });
  });

  it('throws beyond the four-digit years instead of answering a date that sorts wrong', () => {
    // A week that ends in the year 10000 would be '+010000-01', which sorts before every date:
    // the loops that step from period to period would never end.
    expect(() => periodContaining('weekly', '9999-12-31')).toThrow(RangeError);
    expect(() => periodContaining('yearly', '9999-06-01')).toThrow(RangeError);
    expect(() => nextPeriod('monthly', { start: '9999-11-01', end: '9999-12-01' })).toThrow(RangeError);
    expect(periodContaining('monthly', '9999-11-15')).toEqual({ start: '9999-11-01', end: '9999-12-01' });
  });
});

describe('missedPeriod', () => {
  it('counts from publication: the period of publication is missed only once it ends without a report', () => {
    expect(missedPeriod({ cadence: 'monthly', today: '2026-10-20', publishedDate: '2026-10-03', lastReportDate: null })).toBeNull();
    expect(missedPeriod({ cadence: 'monthly', today: '2026-11-01', publishedDate: '2026-10-03', lastReportDate: null })).toEqual({
      start: '2026-10-01',
      end: '2026-11-01',
    });
  });

  it('a report in the last ended period, or after it, clears it', () => {
    expect(missedPeriod({ cadence: 'weekly', today: '2026-10-14', publishedDate: '2026-09-01', lastReportDate: '2026-10-05' })).toBeNull();
    expect(missedPeriod({ cadence: 'weekly', today: '2026-10-14', publishedDate: '2026-09-01', lastReportDate: '2026-10-12' })).toBeNull();
    expect(missedPeriod({ cadence: 'weekly', today: '2026-10-14', publishedDate: '2026-09-01', lastReportDate: '2026-10-04' })).toEqual({
      start: '2026-10-05',
      end: '2026-10-12',
    });
  });

  it('a semimonthly period ending on the 15th', () => {
    expect(missedPeriod({ cadence: 'semimonthly', today: '2026-11-16', publishedDate: '2026-10-20', lastReportDate: '2026-10-31' })).toEqual({
      start: '2026-11-01',
      end: '2026-11-16',
    });
    expect(missedPeriod({ cadence: 'semimonthly', today: '2026-11-15', publishedDate: '2026-10-20', lastReportDate: '2026-10-31' })).toBeNull();
  });
});
