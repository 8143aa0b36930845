import { OPEN_ASSIGNMENT_STATES, WorkingCalendar } from '@luoshi/common';
import type { EntityManager } from 'typeorm';
import { CalendarDayRecord } from '../entities/calendar-day.entity';

/** The product's working-day calendar as the admins keep it in `calendar_days`. */
export async function loadWorkingCalendar(m: EntityManager): Promise<WorkingCalendar> {
  const rows = await m.find(CalendarDayRecord, { select: { date: true, working: true, name: true } });
  return new WorkingCalendar(rows.map((r) => ({ date: r.date, working: r.working, name: r.name })));
}

/** Which open assignments a change touches: some by id, an organization's, a speech's, or all. */
export type ReplanScope = { assignmentIds: readonly string[] } | { organizationId: string } | { speechId: string } | { all: true };

/**
 * Marks open assignments for re-planning, in the caller's transaction: the scheduler looks at
 * them on its next scan, and whatever instant is already past now is never sent late. Because
 * the mark is a database row written with the change itself, a lost queue loses no re-plan.
 * Returns the ids it marked.
 */
export async function markRemindersForReplan(m: EntityManager, scope: ReplanScope, now: Date): Promise<string[]> {
  const params: unknown[] = [now, [...OPEN_ASSIGNMENT_STATES]];
  let where = '';
  if ('assignmentIds' in scope) {
    if (!scope.assignmentIds.length) return [];
    params.push([...scope.assignmentIds]);
    where = 'AND a.id = ANY($3::uuid[])';
  } else if ('organizationId' in scope) {
    params.push(scope.organizationId);
    where = 'AND a.organization_id = $3';
  } else if ('speechId' in scope) {
    params.push(scope.speechId);
    where = 'AND a.item_id IN (SELECT i.id FROM items i WHERE i.speech_id = $3)';
  }
  const rows: Array<{ id: string }> = await m.query(
    `UPDATE assignments a SET next_reminder_at = $1, reminders_planned_at = $1
      WHERE a.state = ANY($2::varchar[]) ${where} RETURNING a.id`,
    params,
  );
  // pg returns [rows, count] for UPDATE … RETURNING through TypeORM's query().
  const list = Array.isArray(rows[0]) ? (rows[0] as Array<{ id: string }>) : rows;
  return list.map((r) => r.id);
}
