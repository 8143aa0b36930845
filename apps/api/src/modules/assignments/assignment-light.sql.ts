import { CADENCE_DAYS, DEFAULT_WARNING_DAYS, OPEN_ASSIGNMENT_STATES, type Cadence } from '@luoshi/common';

/**
 * `deriveAssignmentStatus`'s light as one SQL expression over the assignment alias `a`, so the list
 * can filter by light in the database and agree with the light each row shows. Parameters:
 * `:lightToday` (the calendar date in the deployment's zone) and `:lightZone` (that zone).
 */
export function lightSql(alias = 'a'): string {
  const open = OPEN_ASSIGNMENT_STATES.map((s) => `'${s}'`).join(', ');
  const cadenceDays = (Object.entries(CADENCE_DAYS) as Array<[Cadence, number]>).map(([c, d]) => `WHEN '${c}' THEN ${d}`).join(' ');
  const since = `COALESCE(
      (SELECT (MAX(r.created_at) AT TIME ZONE :lightZone)::date FROM progress_reports r WHERE r.assignment_id = ${alias}.id),
      (${alias}.created_at AT TIME ZONE :lightZone)::date)`;
  return `(CASE
    WHEN ${alias}.state NOT IN (${open}) THEN NULL
    WHEN ${alias}.due_date < CAST(:lightToday AS date) THEN 'red'
    WHEN ${alias}.due_date - CAST(:lightToday AS date) <= ${DEFAULT_WARNING_DAYS} THEN 'yellow'
    WHEN ${alias}.cadence IS NOT NULL AND CAST(:lightToday AS date) - ${since} > (CASE ${alias}.cadence ${cadenceDays} END) THEN 'yellow'
    ELSE 'green' END)`;
}
