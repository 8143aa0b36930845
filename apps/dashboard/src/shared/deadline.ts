import { DEFAULT_WARNING_DAYS, isOpenAssignmentState, type AssignmentState } from '@luoshi/common';

export interface DeadlineInput {
  state?: AssignmentState;
  overdue?: boolean;
  daysLeft?: number | null;
}

export type Deadline = { kind: 'overdue'; days: number } | { kind: 'dueToday' } | { kind: 'dueSoon'; days: number } | { kind: 'later'; days: number };

/**
 * 超期 N 天 / 今日到期 / N 天后到期 (within the warning window) / 剩 N 天 for open assignments, from
 * what the API derives; nothing for closed ones or without a due date.
 */
export function deadlineOf({ state, overdue, daysLeft }: DeadlineInput, warningDays = DEFAULT_WARNING_DAYS): Deadline | null {
  if (state && !isOpenAssignmentState(state)) return null;
  if (daysLeft === null || daysLeft === undefined) return null;
  if (overdue || daysLeft < 0) return { kind: 'overdue', days: Math.abs(daysLeft) };
  if (daysLeft === 0) return { kind: 'dueToday' };
  if (daysLeft <= warningDays) return { kind: 'dueSoon', days: daysLeft };
  return { kind: 'later', days: daysLeft };
}
