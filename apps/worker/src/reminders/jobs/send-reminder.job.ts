import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  DEFAULT_JOB_OPTIONS,
  JobName,
  OPEN_ASSIGNMENT_STATES,
  planReminders,
  QueueName,
  reminderOccurrenceKey,
  type DeliverNotificationJobData,
  type ReminderOccurrence,
  type SendReminderJobData,
} from '@luoshi/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { ReminderContextService, type AssignmentForPlanning } from '../reminder-context.service';
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
 * Fires one reminder occurrence. It re-checks the database first (still open, the occurrence
 * still in today's plan: an extension, a completion or a rule change may have moved it), then
 * stores ONE in-app notification under the unique dedupe key, and hands it to delivery. Run twice
 * — a retry after kill -9, a second worker, a job re-added by the reconciler — it stores nothing
 * new and only hands the same notification on again (delivery is idempotent too).
 */
@Injectable()
export class SendReminderJob implements JobHandler<SendReminderJobData> {
  readonly jobName = JobName.SendReminder;

  constructor(
    private readonly dataSource: DataSource,
    private readonly context: ReminderContextService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue<DeliverNotificationJobData>,
  ) {}

  async handle(data: SendReminderJobData): Promise<JobStatus> {
    const [row] = await this.context.assignments(`a.id = $1 AND a.state = ANY($2::varchar[])`, [data.assignmentId, OPEN_ASSIGNMENT_STATES]);
    if (!row) return 'skipped';
    const snapshot = await this.context.load();
    // Whether it is due is asked of the plan without a cut-off: the job was queued while it was ahead.
    const occurrence = planReminders({
      assignment: row.assignment,
      rule: this.context.ruleFor(snapshot, row),
      calendar: snapshot.calendar,
      recipients: this.context.recipientsFor(snapshot, row),
      timeZone: this.context.timeZone,
      plannedAt: new Date(0),
      from: data.date,
      until: data.date,
    }).find((o) => o.kind === data.kind && o.recipientId === data.recipientId);
    if (!occurrence) return 'skipped';

    const { title, body } = text(occurrence, row);
    const dedupeKey = `reminder/${reminderOccurrenceKey(occurrence)}/in_app`;
    const inserted: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO notifications (recipient_id, assignment_id, kind, channel, title, body, dedupe_key, scheduled_for)
       VALUES ($1, $2, $3, 'in_app', $4, $5, $6, $7)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [occurrence.recipientId, row.assignment.id, occurrence.kind, title.slice(0, TITLE_MAX), body, dedupeKey, occurrence.fireAt],
    );
    let id = inserted[0]?.id;
    if (!id) {
      // Stored by an earlier run: hand it on again unless it was delivered already.
      const [existing] = (await this.dataSource.query(`SELECT id, delivered_at FROM notifications WHERE dedupe_key = $1`, [dedupeKey])) as Array<{
        id: string;
        delivered_at: Date | null;
      }>;
      if (!existing || existing.delivered_at) return 'skipped';
      id = existing.id;
    }
    await this.queue.add(JobName.DeliverNotification, { notificationId: id }, { ...DEFAULT_JOB_OPTIONS, jobId: `deliver/${id}` });
    return inserted.length ? 'success' : 'skipped';
  }
}
