import { addDays, periodContaining, previousPeriod, type Cadence, type ReportingPeriod } from '@luoshi/common';

/** The periods the 看板 offers; weeks start on Monday (the reporting periods' own definition). */
export const BOARD_PERIOD_KINDS = ['week', 'month', 'quarter', 'year', 'custom'] as const;
export type BoardPeriodKind = (typeof BOARD_PERIOD_KINDS)[number];

const CADENCE: Record<Exclude<BoardPeriodKind, 'custom'>, Cadence> = { week: 'weekly', month: 'monthly', quarter: 'quarterly', year: 'yearly' };

/** What the picker holds: a kind, how many periods back (0 = the current one), or a custom range. */
export interface PeriodChoice {
  kind: BoardPeriodKind;
  offset: number;
  /** Custom range: the first and the last day, both included. */
  from?: string;
  to?: string;
}

/**
 * The half-open period [start, end) a choice stands for, `today` being the office's date. A custom
 * range is given by its first and last day; a reversed one is put in order.
 */
export function resolvePeriod(choice: PeriodChoice, today: string): ReportingPeriod {
  if (choice.kind === 'custom') {
    const from = choice.from ?? today;
    const to = choice.to ?? today;
    const [first, last] = from <= to ? [from, to] : [to, from];
    return { start: first, end: addDays(last, 1) };
  }
  const cadence = CADENCE[choice.kind];
  let period = periodContaining(cadence, today);
  for (let i = 0; i < choice.offset; i++) period = previousPeriod(cadence, period);
  return period;
}

/** The period's last day (the day before its end). */
export function lastDay(period: ReportingPeriod): string {
  return addDays(period.end, -1);
}
