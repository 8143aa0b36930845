import { OPEN_ASSIGNMENT_STATES } from '@luoshi/common';

export interface DashboardCardSpec {
  key: string;
  title: string;
  hint: string;
  /** The assignments filter both for the count and for the list the card links to. */
  filter: Record<string, unknown>;
  tone: 'primary' | 'info' | 'error' | 'warning' | 'success';
}

export const DASHBOARD_CARDS: DashboardCardSpec[] = [
  { key: 'open', title: 'luoshi.dashboard.open', hint: 'luoshi.dashboard.openHint', filter: { state: [...OPEN_ASSIGNMENT_STATES] }, tone: 'primary' },
  { key: 'awaitingSignature', title: 'luoshi.dashboard.awaitingSignature', hint: 'luoshi.dashboard.awaitingSignatureHint', filter: { state: ['assigned'] }, tone: 'info' },
  { key: 'overdue', title: 'luoshi.dashboard.overdue', hint: 'luoshi.dashboard.overdueHint', filter: { overdue: true }, tone: 'error' },
  {
    key: 'completionRequested',
    title: 'luoshi.dashboard.completionRequested',
    hint: 'luoshi.dashboard.completionRequestedHint',
    filter: { state: ['completion_requested'] },
    tone: 'warning',
  },
  { key: 'completed', title: 'luoshi.dashboard.completed', hint: 'luoshi.dashboard.completedHint', filter: { state: ['completed'] }, tone: 'success' },
];

/**
 * The URL of the assignments list with a filter applied. Filters that are not always on must
 * also be listed as displayed, or the list would apply them without showing them.
 */
export function assignmentListPath(filter: Record<string, unknown>): string {
  const displayed = Object.fromEntries(Object.keys(filter).map((k) => [k, true]));
  const params = new URLSearchParams({ filter: JSON.stringify(filter), displayedFilters: JSON.stringify(displayed) });
  return `/assignments?${params.toString()}`;
}
