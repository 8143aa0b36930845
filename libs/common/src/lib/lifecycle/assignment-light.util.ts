import type { Cadence } from '../enums/item.enum';
import { isOpenAssignmentState, type AssignmentState } from './assignment-state.machine';

export const LIGHTS = ['green', 'yellow', 'red'] as const;
export type Light = (typeof LIGHTS)[number];

export const DEFAULT_WARNING_DAYS = 7;

/** How long a cadence may pass without a report before the light turns yellow (the API's SQL filter uses it too). */
export const CADENCE_DAYS: Record<Cadence, number> = {
  weekly: 7,
  semimonthly: 15,
  monthly: 31,
  quarterly: 92,
  semiannual: 183,
  yearly: 366,
};

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
  if (input.cadence) {
    const since = input.lastReportDate ?? input.assignedDate ?? null;
    if (since && daysBetween(since, input.today) > CADENCE_DAYS[input.cadence]) {
      return { overdue, daysLeft, light: 'yellow' };
    }
  }
  return { overdue, daysLeft, light: 'green' };
}
