import type { Cadence } from '../enums/item.enum';
import { addDays, isoDay } from '../date.util';

/**
 * One reporting period: calendar dates in the deployment's zone, half-open — `start` is its first
 * day, `end` the first day of the next period (so `end` is never part of it).
 */
export interface ReportingPeriod {
  start: string;
  end: string;
}

function parts(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)), d: Number(date.slice(8, 10)) };
}

function ymd(y: number, m: number, d: number): string {
  // Month arithmetic may run past December; setUTCFullYear normalizes it (and, unlike Date.UTC,
  // does not read the years 0–99 as 1900–1999).
  const date = new Date(0);
  return isoDay(date.setUTCFullYear(y, m - 1, d));
}

/** Months per period for the cadences that are whole months. */
const MONTHS: Partial<Record<Cadence, number>> = { monthly: 1, quarterly: 3, semiannual: 6, yearly: 12 };

/**
 * The reporting period of `cadence` that contains `date`: weekly = ISO week (Monday to Sunday);
 * semimonthly = the 1st–15th and the 16th–end of the month; monthly, quarterly, semiannual and
 * yearly = calendar months, quarters, halves and years. The one definition the light, the list
 * filters, the reminders and the leaders' view all use.
 */
export function periodContaining(cadence: Cadence, date: string): ReportingPeriod {
  const { y, m, d } = parts(date);
  if (cadence === 'weekly') {
    const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
    const start = addDays(date, -weekday);
    return { start, end: addDays(start, 7) };
  }
  if (cadence === 'semimonthly') {
    return d <= 15 ? { start: ymd(y, m, 1), end: ymd(y, m, 16) } : { start: ymd(y, m, 16), end: ymd(y, m + 1, 1) };
  }
  const months = MONTHS[cadence] ?? 1;
  const first = Math.floor((m - 1) / months) * months + 1;
  return { start: ymd(y, first, 1), end: ymd(y, first + months, 1) };
}

/** The period right after `period`. */
export function nextPeriod(cadence: Cadence, period: ReportingPeriod): ReportingPeriod {
  return periodContaining(cadence, period.end);
}

/** The period right before `period`. */
export function previousPeriod(cadence: Cadence, period: ReportingPeriod): ReportingPeriod {
  return periodContaining(cadence, addDays(period.start, -1));
}

/**
 * The period that `today` shows as missed, or null. Counting starts with the period in which the
 * assignment was published; a period is missed when it ended with no report filed in it. The light
 * stays yellow until a report is filed after the missed period, so only the last ended period
 * matters: it is missed when the last report (if any) came before it began.
 */
export function missedPeriod(input: {
  cadence: Cadence;
  today: string;
  publishedDate: string;
  lastReportDate: string | null;
}): ReportingPeriod | null {
  const current = periodContaining(input.cadence, input.today);
  if (input.publishedDate >= current.start) return null;
  const last = previousPeriod(input.cadence, current);
  if (input.lastReportDate !== null && input.lastReportDate >= last.start) return null;
  return last;
}
