import {
  CADENCES,
  DEFAULT_WARNING_DAYS,
  OPEN_ASSIGNMENT_STATES,
  periodContaining,
  previousPeriod,
} from '@luoshi/common';

/**
 * `deriveAssignmentStatus`'s light as one SQL expression over the assignment alias `a`, so the list
 * can filter by light in the database and agree with the light each row shows. Parameters come
 * from `lightParams`: today, the zone, and each cadence's current and last ended reporting period
 * as computed by the one period function in libs/common (SQL never re-derives periods itself).
 */
export function lightSql(alias = 'a'): string {
  const open = OPEN_ASSIGNMENT_STATES.map((s) => `'${s}'`).join(', ');
  const currentStart = CADENCES.map((c) => `WHEN '${c}' THEN CAST(:lightCurrent_${c} AS date)`).join(' ');
  const lastStart = CADENCES.map((c) => `WHEN '${c}' THEN CAST(:lightLast_${c} AS date)`).join(' ');
  const lastReport = `(SELECT (MAX(r.created_at) AT TIME ZONE :lightZone)::date FROM progress_reports r WHERE r.assignment_id = ${alias}.id)`;
  const published = `(${alias}.created_at AT TIME ZONE :lightZone)::date`;
  return `(CASE
    WHEN ${alias}.state NOT IN (${open}) THEN NULL
    WHEN ${alias}.due_date < CAST(:lightToday AS date) THEN 'red'
    WHEN ${alias}.due_date - CAST(:lightToday AS date) <= ${DEFAULT_WARNING_DAYS} THEN 'yellow'
    WHEN ${alias}.cadence IS NOT NULL
      AND ${published} < (CASE ${alias}.cadence ${currentStart} END)
      AND COALESCE(${lastReport} >= (CASE ${alias}.cadence ${lastStart} END), false) = false THEN 'yellow'
    ELSE 'green' END)`;
}

/** The parameters `lightSql` reads, for the calendar date `today` in `zone`. */
export function lightParams(today: string, zone: string): Record<string, string> {
  const params: Record<string, string> = { lightToday: today, lightZone: zone };
  for (const cadence of CADENCES) {
    const current = periodContaining(cadence, today);
    params[`lightCurrent_${cadence}`] = current.start;
    params[`lightLast_${cadence}`] = previousPeriod(cadence, current).start;
  }
  return params;
}
