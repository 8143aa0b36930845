import type { Cadence } from '../enums/item.enum';
import { missedPeriod } from '../periods/reporting-period';
import { isOpenAssignmentState, type AssignmentState } from './assignment-state.machine';

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

export const DEFAULT_WARNING_DAYS = 7;

/** Whole days from `today` to `due`, both calendar dates 'YYYY-MM-DD' (negative when past). */
export function daysBetween(today: string, due: string): number {
  const ms = Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

export interface AssignmentStatus {
  overdue: boolean;
  daysLeft: number | null;
  light: Light | null;
}

/**
 * Overdue, days left and the light are derived, never stored. Closed assignments have no light.
 * `today` is the calendar date in the deployment's zone.
 */
export function deriveAssignmentStatus(input: {
  state: AssignmentState;
  dueDate: string | null;
  today: string;
  cadence?: Cadence | null;
  lastReportDate?: string | null;
  assignedDate?: string | null;
  warningDays?: number;
}): AssignmentStatus {
  const open = isOpenAssignmentState(input.state);
  const daysLeft = input.dueDate ? daysBetween(input.today, input.dueDate) : null;
  if (!open) return { overdue: false, daysLeft, light: null };
  const overdue = daysLeft !== null && daysLeft < 0;
  if (overdue) return { overdue, daysLeft, light: 'red' };
  const warningDays = input.warningDays ?? DEFAULT_WARNING_DAYS;
  if (daysLeft !== null && daysLeft <= warningDays) return { overdue, daysLeft, light: 'yellow' };
  // Yellow while the last ended reporting period (counted from publication) went without a report.
  if (input.cadence && input.assignedDate) {
    const missed = missedPeriod({
      cadence: input.cadence,
      today: input.today,
      publishedDate: input.assignedDate,
      lastReportDate: input.lastReportDate ?? null,
    });
    if (missed) return { overdue, daysLeft, light: 'yellow' };
  }
  return { overdue, daysLeft, light: 'green' };
}
