import { addDays } from '../date.util';
import type { Cadence } from '../enums/item.enum';
import { nextPeriod, periodContaining, type ReportingPeriod } from '../periods/reporting-period';
import type { DashboardPeriodKind } from './dashboard.types';

/** The longest period the leaders' view computes over (a year, leap years included). */
export const MAX_DASHBOARD_PERIOD_DAYS = 366;

/** How many of the most recent speeches the progress chart and the heatmap show by default (`limit`), and at most. */
export const DEFAULT_DASHBOARD_SPEECHES = 12;
export const MAX_DASHBOARD_SPEECHES = 100;

const KIND_CADENCE: Record<DashboardPeriodKind, Cadence> = {
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'yearly',
};

/** week / month / quarter / year containing `date`: the reporting periods of libs/common (weeks start on Monday). */
export function dashboardPeriod(kind: DashboardPeriodKind, date: string): ReportingPeriod {
  return periodContaining(KIND_CADENCE[kind], date);
}

/**
 * The day 超期 and the lights are measured against for the period [start, end): its last day, or
 * `today` while the period has not ended.
 */
export function referenceDay(period: ReportingPeriod, today: string): string {
  const last = addDays(period.end, -1);
  return today < last ? today : last;
}

/** The weeks (Monday to Monday) that overlap [start, end). */
export function weeksOverlapping(period: ReportingPeriod): ReportingPeriod[] {
  const weeks: ReportingPeriod[] = [];
  for (let week = periodContaining('weekly', period.start); week.start < period.end; week = nextPeriod('weekly', week)) weeks.push(week);
  return weeks;
}

/**
 * The reporting periods of `cadence` that end within [start, end) and have ended by `today` (their
 * last day is before today): what 报送及时率 counts.
 */
export function reportingPeriodsEndingWithin(cadence: Cadence, period: ReportingPeriod, today: string): ReportingPeriod[] {
  const limit = period.end < today ? period.end : today;
  const periods: ReportingPeriod[] = [];
  for (let p = periodContaining(cadence, period.start); p.end <= limit; p = nextPeriod(cadence, p)) if (p.end > period.start) periods.push(p);
  return periods;
}
