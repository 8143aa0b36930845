import { Injectable, Logger } from '@nestjs/common';
import {
  JobName,
  planReminders,
  reminderOccurrenceKey,
  type ReminderOccurrence,
  type ReminderOccurrenceRef,
  type SendRemindersJobData,
} from '@luoshi/common';
import { DataSource } from 'typeorm';
import { NotificationDispatcher, type PendingNotification } from '../../notifications/notification-dispatcher.service';
import { ReminderContextService, type AssignmentForPlanning, type ReminderSnapshot } from '../reminder-context.service';
import type { JobHandler, JobStatus } from './job-handler';

const TITLE_MAX = 300;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The in-app text of one reminder, in Chinese (the product's language). */
function text(o: ReminderOccurrence, a: AssignmentForPlanning): { title: string; body: string } {
  const due = a.assignment.dueDate ?? '';
  switch (o.kind) {
    case 'due_soon':
      return { title: `临近到期：${a.title}`, body: `截止日期 ${due}，还有 ${daysFrom(o.date, due)} 天。` };
    case 'overdue':
      return { title: `已逾期：${a.title}`, body: `截止日期 ${due}，已逾期 ${daysFrom(due, o.date)} 天，请尽快办理。` };
    case 'escalation':
      return { title: `逾期升级：${a.organizationName}「${a.title}」`, body: `截止日期 ${due}，已逾期 ${daysFrom(due, o.date)} 天，请督促办理。` };
    case 'report_due':
      return { title: `请报送进展：${a.title}`, body: `本期（${o.detail} 起）尚未报送进展，今天是本期最后一个工作日。` };
    case 'report_missed':
      return { title: `进展漏报：${a.title}`, body: `上一期（${o.detail} 起）未报送进展，请尽快补报。` };
  }
}

/**
 * Fires the occurrences of one instant together. It re-checks the database first (still open,
 * each occurrence still in that day's plan: an extension, a completion or a rule change may have
 * moved it), then in ONE transaction stores their in-app notifications, delivered, under the
 * unique dedupe keys and plans their e-mail and robot deliveries: a handful of statements
 * whatever the batch size. Run twice — a retry after kill -9 (the transaction was rolled back or
 * committed, nothing in between), a second worker, the same occurrence in a batch the reconciler
 * re-added — it stores nothing new and delivers nothing twice.
 */
@Injectable()
export class SendRemindersJob implements JobHandler<SendRemindersJobData> {
  readonly jobName = JobName.SendReminders;
  private readonly logger = new Logger(SendRemindersJob.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ReminderContextService,
    private readonly dispatcher: NotificationDispatcher,
  ) {}

  async handle({ occurrences }: SendRemindersJobData): Promise<JobStatus> {
    const due = await this.stillDue(occurrences ?? []);
    if (!due.length) return 'skipped';
    // Key order: two workers storing overlapping batches wait for each other in one order.
    const rows = due
      .map(({ occurrence, row }) => ({ occurrence, row, key: `reminder/${reminderOccurrenceKey(occurrence)}/in_app`, ...text(occurrence, row) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const { inserted, ids } = await this.dataSource.transaction(async (m) => {
      // Stored delivered: the inbox shows it at commit, together with its planned external deliveries.
      const stored: PendingNotification[] = await m.query(
        `INSERT INTO notifications (recipient_id, assignment_id, kind, channel, title, body, dedupe_key, scheduled_for, delivered_at)
           SELECT v.recipient_id, v.assignment_id, v.kind, 'in_app', v.title, v.body, v.dedupe_key, v.scheduled_for, clock_timestamp()
             FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::text[], $6::varchar[], $7::timestamptz[])
                  AS v(recipient_id, assignment_id, kind, title, body, dedupe_key, scheduled_for)
            ORDER BY v.dedupe_key
           ON CONFLICT (dedupe_key) DO NOTHING RETURNING id, recipient_id, kind, dedupe_key, created_at`,
        [
          rows.map((r) => r.occurrence.recipientId),
          rows.map((r) => r.row.assignment.id),
          rows.map((r) => r.occurrence.kind),
          rows.map((r) => r.title.slice(0, TITLE_MAX)),
          rows.map((r) => r.body),
          rows.map((r) => r.key),
          rows.map((r) => r.occurrence.fireAt),
        ],
      );
      await this.dispatcher.planDeliveries(m, stored);
      let all = stored.map((r) => r.id);
      if (stored.length < rows.length) {
        // Some were stored by an earlier run: deliver those too, unless they were delivered already.
        const earlier: Array<{ id: string }> = await m.query(`SELECT id FROM notifications WHERE dedupe_key = ANY($1::varchar[])`, [rows.map((r) => r.key)]);
        all = earlier.map((r) => r.id);
        await this.dispatcher.deliverInTransaction(m, all);
      }
      return { inserted: stored.length, ids: all };
    });
    await this.dispatcher.enqueuePendingOf(ids);
    return inserted ? 'success' : 'skipped';
  }

  /** The occurrences whose assignment is still open and whose day's plan still holds them. */
  private async stillDue(refs: readonly ReminderOccurrenceRef[]): Promise<Array<{ occurrence: ReminderOccurrence; row: AssignmentForPlanning }>> {
    if (!refs.length) return [];
    const assignmentIds = [...new Set(refs.map((r) => r.assignmentId))];
    const open = await this.context.openById(assignmentIds);
    const byId = new Map(open.map((row) => [row.assignment.id, row]));
    const snapshot = await this.context.load();
    const plans = new Map<string, ReminderOccurrence[]>();
    const due: Array<{ occurrence: ReminderOccurrence; row: AssignmentForPlanning }> = [];
    const seen = new Set<string>();
    for (const ref of refs) {
      const row = byId.get(ref.assignmentId);
      if (!row || seen.has(reminderOccurrenceKey(ref))) continue;
      seen.add(reminderOccurrenceKey(ref));
      const day = `${ref.assignmentId}/${ref.date}`;
      let plan = plans.get(day);
      if (!plan) {
        plan = this.dayPlan(row, ref.date, snapshot);
        plans.set(day, plan);
      }
      const occurrence = plan.find((o) => o.kind === ref.kind && o.recipientId === ref.recipientId);
      if (occurrence) due.push({ occurrence, row });
    }
    return due;
  }

  /**
   * One assignment's plan for one day, asked without a cut-off (the job was queued while it was
   * ahead). An assignment the planner cannot plan is logged and left out, so it does not hold
   * back the rest of its batch.
   */
  private dayPlan(row: AssignmentForPlanning, date: string, snapshot: ReminderSnapshot): ReminderOccurrence[] {
    try {
      return planReminders({
        assignment: row.assignment,
        rule: this.context.ruleFor(snapshot, row),
        calendar: snapshot.calendar,
        recipients: this.context.recipientsFor(snapshot, row),
        timeZone: this.context.timeZone,
        plannedAt: new Date(0),
        from: date,
        until: date,
      });
    } catch (error) {
      this.logger.error(`Assignment ${row.assignment.id}: reminders of ${date} not planned: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  }
}
