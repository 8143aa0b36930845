import { describe, expect, it } from 'vitest';
import { dashboardPeriod, referenceDay, reportingPeriodsEndingWithin, weeksOverlapping } from '../dashboard-period';
import { organizationScore } from '../organization-score';
import { DEFAULT_SCORING_RULES } from '../dashboard.types';

describe('dashboard periods', () => {
  it('are the week (from Monday), month, quarter and year containing a date', () => {
    expect(dashboardPeriod('week', '2026-11-01')).toEqual({ start: '2026-10-26', end: '2026-11-02' });
    expect(dashboardPeriod('month', '2026-02-15')).toEqual({ start: '2026-02-01', end: '2026-03-01' });
    expect(dashboardPeriod('quarter', '2026-12-31')).toEqual({ start: '2026-10-01', end: '2027-01-01' });
    expect(dashboardPeriod('year', '2026-06-30')).toEqual({ start: '2026-01-01', end: '2027-01-01' });
  });

  it('measure 超期 at the last day, or today while the period runs', () => {
    expect(referenceDay({ start: '2026-10-01', end: '2026-11-01' }, '2026-11-20')).toBe('2026-10-31');
    expect(referenceDay({ start: '2026-11-01', end: '2026-12-01' }, '2026-11-20')).toBe('2026-11-20');
  });

  it('list the weeks overlapping a period and the reporting periods that ended within it', () => {
    expect(weeksOverlapping({ start: '2026-11-01', end: '2026-11-10' }).map((w) => w.start)).toEqual(['2026-10-26', '2026-11-02', '2026-11-09']);
    expect(reportingPeriodsEndingWithin('weekly', { start: '2026-11-01', end: '2026-12-01' }, '2026-11-20')).toEqual([
      { start: '2026-10-26', end: '2026-11-02' },
      { start: '2026-11-02', end: '2026-11-09' },
      { start: '2026-11-09', end: '2026-11-16' },
    ]);
    expect(reportingPeriodsEndingWithin('monthly', { start: '2026-11-01', end: '2026-12-01' }, '2026-11-20')).toEqual([]);
    expect(reportingPeriodsEndingWithin('monthly', { start: '2026-10-01', end: '2026-11-01' }, '2026-11-20')).toEqual([{ start: '2026-10-01', end: '2026-11-01' }]);
  });
});

describe('the 考评 score', () => {
  it('is the issue’s example line and sums its components', () => {
    const score = organizationScore({ overdue: 2, overdueDays: 2, overdueDayPoints: 1, missedReports: 0, returns: 0, completedEarly: 0 }, DEFAULT_SCORING_RULES, 's');
    expect(score.components.map((c) => c.text)).toEqual(['基础分 100.0', '−5.0：2 项超期，合计超期 2 天']);
    expect(score.value).toBe(95);
  });

  it('caps the early bonus and never goes below the floor', () => {
    const early = organizationScore({ overdue: 0, overdueDays: 0, overdueDayPoints: 0, missedReports: 0, returns: 0, completedEarly: 9 }, DEFAULT_SCORING_RULES, 's');
    expect(early.value).toBe(105);
    // 100 − (2 × 30 + 300) − 5 − 5 = −270: raised by 270 to the floor.
    const low = organizationScore({ overdue: 30, overdueDays: 900, overdueDayPoints: 300, missedReports: 5, returns: 5, completedEarly: 0 }, DEFAULT_SCORING_RULES, 's');
    expect(low.value).toBe(0);
    expect(low.components.at(-1)?.text).toBe('+270.0：最低 0.0 分');
    expect(low.components.reduce((s, c) => s + c.points, 0)).toBeCloseTo(0, 6);
  });
});
