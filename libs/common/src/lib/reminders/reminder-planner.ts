import type { WorkingCalendar } from '../calendar/working-calendar';
import { addDays, calendarDate, DEFAULT_TIME_ZONE, zonedInstant } from '../date.util';
import type { Cadence } from '../enums/item.enum';
import { isOpenAssignmentState, type AssignmentState } from '../lifecycle/assignment-state.machine';
import { nextPeriod, periodContaining, type ReportingPeriod } from '../periods/reporting-period';

/** The reminders the planner produces (events such as publish or 催办 are sent by the API at once). */
export const REMINDER_KINDS = ['due_soon', 'overdue', 'escalation', 'report_due', 'report_missed'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** What a reminder rule says, whichever level (default, speech, organization) it came from. */
export interface ReminderRuleSettings {
  /** Calendar days before the due date (7 and 1 by default). */
  dueSoonDays: number[];
  /** Overdue reminders at k = 1, 1 + n, 1 + 2n, … calendar days after the due date. */
  overdueEveryDays: number;
  /** Escalation at k = n, 2n, 3n, … calendar days after the due date while open. */
  escalateAfterDays: number;
  /** Local wall time 'HH:MM' in TIME_ZONE. */
  sendTime: string;
  /** Report due / report missed reminders for items with a cadence. */
  periodicReports: boolean;
}

/** PRODUCT.md's defaults. */
export const DEFAULT_REMINDER_RULE: ReminderRuleSettings = {
  dueSoonDays: [7, 1],
  overdueEveryDays: 3,
  escalateAfterDays: 7,
  sendTime: '09:00',
  periodicReports: true,
};

export interface PlannedAssignment {
  id: string;
  state: AssignmentState;
  dueDate: string | null;
  cadence: Cadence | null;
  /** When it was published: counting of reporting periods starts here. */
  publishedAt: Date;
  /** Local calendar dates of its progress reports. */
  reportDates: readonly string[];
}

export interface ReminderRecipients {
  /** due soon, overdue and report reminders: the handler and the org admins, or the whole organization. */
  reminders: readonly string[];
  /** escalations: the supervisors and the org admins of the organization's parent. */
  escalations: readonly string[];
}

export interface ReminderOccurrence {
  assignmentId: string;
  kind: ReminderKind;
  recipientId: string;
  /** Local date in TIME_ZONE. */
  date: string;
  /** Local time 'HH:MM' in TIME_ZONE. */
  time: string;
  fireAt: Date;
  /** due_soon: days before the due date; overdue / escalation: k; report_*: the period's first day. */
  detail: string;
}

export interface PlanInput {
  assignment: PlannedAssignment;
  rule: ReminderRuleSettings;
  calendar: WorkingCalendar;
  recipients: ReminderRecipients;
  timeZone?: string;
  /** Instants at or before this are never sent late (the publication or the last re-plan). */
  plannedAt: Date;
  /** Only occurrences on local dates in [from, until] (inclusive). */
  from: string;
  until: string;
}

/** A reminder of one assignment for one day, before recipients are attached. */
interface DayReminder {
  kind: ReminderKind;
  date: string;
  detail: string;
  urgency: number;
}

/** escalation > overdue > 1 day > 7 days: a smaller number of days before is more urgent. */
function urgency(kind: ReminderKind, daysBefore = 0): number {
  if (kind === 'escalation') return 3000;
  if (kind === 'overdue') return 2000;
  return 1000 - daysBefore;
}

function deadlineReminders(dueDate: string, rule: ReminderRuleSettings, calendar: WorkingCalendar, until: string): DayReminder[] {
  const out: DayReminder[] = [];
  for (const days of rule.dueSoonDays) {
    if (days <= 0) continue;
    out.push({ kind: 'due_soon', date: calendar.onOrBefore(addDays(dueDate, -days)), detail: String(days), urgency: urgency('due_soon', days) });
  }
  // Each nominal day is shifted on its own; a shift past `until` ends the walk.
  const every = Math.max(1, rule.overdueEveryDays);
  for (let k = 1; addDays(dueDate, k) <= until; k += every) {
    out.push({ kind: 'overdue', date: calendar.onOrAfter(addDays(dueDate, k)), detail: String(k), urgency: urgency('overdue') });
  }
  const escalate = rule.escalateAfterDays;
  if (escalate > 0) {
    for (let k = escalate; addDays(dueDate, k) <= until; k += escalate) {
      out.push({ kind: 'escalation', date: calendar.onOrAfter(addDays(dueDate, k)), detail: String(k), urgency: urgency('escalation') });
    }
  }
  return out;
}

function reportReminders(a: PlannedAssignment, cadence: Cadence, calendar: WorkingCalendar, publishedDate: string, from: string, until: string): DayReminder[] {
  const out: DayReminder[] = [];
  const reported = (p: ReportingPeriod) => a.reportDates.some((d) => d >= p.start && d < p.end && d >= publishedDate);
  // A period's "missed" reminder falls in the next period, so start one period before `from`.
  let period = periodContaining(cadence, publishedDate);
  const firstNeeded = periodContaining(cadence, addDays(periodContaining(cadence, from).start, -1));
  if (firstNeeded.start > period.start) period = firstNeeded;
  for (; period.start <= until; period = nextPeriod(cadence, period)) {
    if (reported(period)) continue;
    const lastWorking = calendar.onOrBefore(addDays(period.end, -1));
    if (lastWorking >= period.start) out.push({ kind: 'report_due', date: lastWorking, detail: period.start, urgency: 0 });
    out.push({ kind: 'report_missed', date: calendar.onOrAfter(period.end), detail: period.start, urgency: 0 });
  }
  return out;
}

/**
 * Every reminder one assignment is owed on local dates in [from, until]: pure, so the worker, the
 * reconciler and the tests all get the same answer from the same database rows. Due-soon days move
 * to the working day before, overdue and escalation days to the working day after; when shifting
 * puts several deadline reminders on one day for one recipient, only the most urgent goes out.
 */
export function planReminders(input: PlanInput): ReminderOccurrence[] {
  const { assignment: a, rule, calendar, recipients, plannedAt, from, until } = input;
  if (!isOpenAssignmentState(a.state)) return [];
  const timeZone = input.timeZone ?? DEFAULT_TIME_ZONE;
  const publishedDate = calendarDate(a.publishedAt, timeZone);
  const deadline = a.dueDate ? deadlineReminders(a.dueDate, rule, calendar, until) : [];
  const periodic = a.cadence && rule.periodicReports ? reportReminders(a, a.cadence, calendar, publishedDate, from, until) : [];

  // Collisions of deadline reminders: per recipient and day, the most urgent one.
  const best = new Map<string, DayReminder & { recipientId: string }>();
  for (const r of deadline) {
    if (r.date < from || r.date > until) continue;
    for (const recipientId of r.kind === 'escalation' ? recipients.escalations : recipients.reminders) {
      const key = `${r.date}/${recipientId}`;
      const held = best.get(key);
      if (!held || r.urgency > held.urgency || (r.urgency === held.urgency && Number(r.detail) > Number(held.detail))) best.set(key, { ...r, recipientId });
    }
  }
  const chosen: Array<DayReminder & { recipientId: string }> = [...best.values()];
  const seen = new Set<string>();
  for (const r of periodic) {
    if (r.date < from || r.date > until) continue;
    for (const recipientId of recipients.reminders) {
      const key = `${r.kind}/${r.date}/${recipientId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      chosen.push({ ...r, recipientId });
    }
  }

  const out: ReminderOccurrence[] = [];
  for (const r of chosen) {
    const fireAt = zonedInstant(r.date, rule.sendTime, timeZone);
    // Not sent late: what was already past when it was planned is covered by the publish notice.
    if (fireAt.getTime() <= plannedAt.getTime()) continue;
    out.push({ assignmentId: a.id, kind: r.kind, recipientId: r.recipientId, date: r.date, time: rule.sendTime, fireAt, detail: r.detail });
  }
  return out.sort((x, y) => x.fireAt.getTime() - y.fireAt.getTime() || x.kind.localeCompare(y.kind) || x.recipientId.localeCompare(y.recipientId));
}

/** The deterministic BullMQ job id and notification dedupe key of one occurrence. */
export function reminderOccurrenceKey(o: Pick<ReminderOccurrence, 'assignmentId' | 'kind' | 'date' | 'recipientId'>): string {
  return `${o.assignmentId}/${o.kind}/${o.date}/${o.recipientId}`;
}
