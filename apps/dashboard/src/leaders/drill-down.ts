import type { AssignmentListFilter, ReportingPeriod } from '@luoshi/common';

/**
 * The URL of the assignments list with a filter applied. Filters that are not always on must
 * also be listed as displayed, or the list would apply them without showing them.
 */
export function assignmentListPath(filter: Record<string, unknown>): string {
  const displayed = Object.fromEntries(Object.keys(filter).map((k) => [k, true]));
  const params = new URLSearchParams({ filter: JSON.stringify(filter), displayedFilters: JSON.stringify(displayed) });
  return `/assignments?${params.toString()}`;
}

/** The filters the 看板 drills down with (the API's contract); the list names them in a banner. */
export const DRILL_DOWN_FILTERS = [
  'countedFrom',
  'countedTo',
  'openAt',
  'completed',
  'dueBy',
  'completedOnTime',
  'overdue',
  'dueSoon',
  'reportMissed',
  'light',
  'late',
  'completedIn',
  'publishedIn',
  'organizationSubtree',
  'sectionId',
] as const;
export type DrillDownFilter = (typeof DRILL_DOWN_FILTERS)[number];

const DRILL_DOWN = new Set<string>(DRILL_DOWN_FILTERS);

/** Whether a list filter came from the 看板 (it carries a filter no input of the list edits). */
export function isDrillDown(filter: Record<string, unknown>): boolean {
  return Object.keys(filter).some((k) => DRILL_DOWN.has(k));
}

/** The drill-down filter without its period and scope: what the banner names as conditions. */
export function drillDownConditions(filter: Record<string, unknown>): Array<{ key: DrillDownFilter; value: unknown }> {
  return DRILL_DOWN_FILTERS.filter((k) => k !== 'countedFrom' && k !== 'countedTo' && k !== 'organizationSubtree' && k !== 'sectionId' && k in filter).map((key) => ({
    key,
    value: filter[key],
  }));
}

/** The query string of /api/dashboard/* for a period and an optional speech / organization subtree. */
export function dashboardQuery(period: ReportingPeriod, scope: { speechId?: string | null; organizationId?: string | null }, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: period.start, to: period.end });
  if (scope.speechId) params.set('speechId', scope.speechId);
  if (scope.organizationId) params.set('organizationId', scope.organizationId);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

/** The .xlsx 台账 of the rows a list filter selects (`/api/exports/assignments`). */
export function ledgerExportPath(filter: AssignmentListFilter | Record<string, unknown>, sort?: { field: string; order: 'ASC' | 'DESC' }): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) params.set('sort', JSON.stringify([sort.field, sort.order]));
  return `/exports/assignments?${params.toString()}`;
}
