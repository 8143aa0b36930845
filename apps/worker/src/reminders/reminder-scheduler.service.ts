import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  addDays,
  calendarDate,
  JobName,
  OPEN_ASSIGNMENT_STATES,
  planReminders,
  QueueName,
  REMINDER_JOB_OPTIONS,
  reminderOccurrenceKey,
  zonedInstant,
  type ReminderOccurrence,
  type SendReminderJobData,
} from '@luoshi/common';
import { Environment } from '@luoshi/config';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ReminderContextService, type AssignmentForPlanning } from './reminder-context.service';
import { WORKER_REDIS } from './reminder-redis';

/** How far ahead one scan plans, to find when to look at an assignment again. */
const HORIZON_DAYS = 62;
const BATCH = 2_000;

export interface ScheduleResult {
  assignments: number;
  jobs: number;
}

/**
 * Puts into Redis the reminder jobs that fire within the near window, nothing further: what Redis
 * holds is bounded by the window, however far ahead reminders are planned. Each assignment then
 * records in `next_reminder_at` when it must be looked at again. Job ids are the occurrence keys,
 * so scanning twice, or two workers scanning at once, adds each job once.
 */
@Injectable()
export class ReminderSchedulerService {
  private readonly logger = new Logger(ReminderSchedulerService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly context: ReminderContextService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    @Inject(WORKER_REDIS) private readonly redis: Redis,
  ) {}

  private get windowMs(): number {
    return this.env.REMINDER_WINDOW_MINUTES * 60_000;
  }

  private get catchUpMs(): number {
    return this.env.REMINDER_CATCH_UP_MINUTES * 60_000;
  }

  /** The periodic scan: assignments whose next reminder falls within the window. */
  async scanDue(): Promise<ScheduleResult> {
    const total: ScheduleResult = { assignments: 0, jobs: 0 };
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const now = this.context.now();
      const rows = await this.context.assignments(
        `a.next_reminder_at <= $1 AND a.state = ANY($3::varchar[]) AND a.id > $2 ORDER BY a.id`,
        [new Date(now.getTime() + this.windowMs), lastId, OPEN_ASSIGNMENT_STATES],
        BATCH,
      );
      if (!rows.length) return total;
      const jobs = await this.schedule(rows, now);
      total.assignments += rows.length;
      total.jobs += jobs;
      lastId = rows[rows.length - 1]?.assignment.id ?? lastId;
    }
  }

  /**
   * The reconciler: every open assignment, rebuilding what Redis should hold from the database,
   * including reminders that fell due during an outage of at most REMINDER_CATCH_UP_MINUTES.
   */
  async reconcile(): Promise<ScheduleResult> {
    const total: ScheduleResult = { assignments: 0, jobs: 0 };
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const now = this.context.now();
      const rows = await this.context.assignments(
        `a.state = ANY($2::varchar[]) AND a.id > $1 ORDER BY a.id`,
        [lastId, OPEN_ASSIGNMENT_STATES],
        BATCH,
      );
      if (!rows.length) break;
      total.assignments += rows.length;
      total.jobs += await this.schedule(rows, now, new Date(now.getTime() - this.catchUpMs));
      lastId = rows[rows.length - 1]?.assignment.id ?? lastId;
    }
    await this.requeueUndelivered();
    this.logger.log(`Reconciled ${total.assignments} open assignments, ${total.jobs} reminder jobs`);
    return total;
  }

  /** Plans these assignments now and queues what fires within the window. */
  async schedule(rows: AssignmentForPlanning[], now: Date, notBefore?: Date): Promise<number> {
    const snapshot = await this.context.load();
    const windowEnd = new Date(now.getTime() + this.windowMs);
    const lower = notBefore ?? new Date(now.getTime() - this.catchUpMs);
    const zone = this.context.timeZone;
    const until = addDays(calendarDate(now, zone), HORIZON_DAYS);
    const jobs: Array<{ name: string; data: SendReminderJobData; opts: Record<string, unknown> }> = [];
    const next: Array<{ id: string; at: Date | null; token: string | null }> = [];
    for (const row of rows) {
      const plannedAt = row.plannedAt ?? row.assignment.publishedAt;
      const cutoff = plannedAt > lower ? plannedAt : lower;
      const occurrences = planReminders({
        assignment: row.assignment,
        rule: this.context.ruleFor(snapshot, row),
        calendar: snapshot.calendar,
        recipients: this.context.recipientsFor(snapshot, row),
        timeZone: zone,
        plannedAt: cutoff,
        from: calendarDate(cutoff, zone),
        until,
      });
      let after: ReminderOccurrence | undefined;
      for (const o of occurrences) {
        if (o.fireAt > windowEnd) {
          after = o;
          break;
        }
        jobs.push({
          name: JobName.SendReminder,
          data: { assignmentId: o.assignmentId, kind: o.kind, date: o.date, recipientId: o.recipientId },
          opts: { ...REMINDER_JOB_OPTIONS, jobId: reminderOccurrenceKey(o), delay: Math.max(0, o.fireAt.getTime() - now.getTime()) },
        });
      }
      const nothingAhead = !row.assignment.dueDate && !row.assignment.cadence;
      // Nothing within the horizon: look again when the horizon has moved on.
      const at = after ? after.fireAt : nothingAhead ? null : zonedInstant(until, '00:00', zone);
      next.push({ id: row.assignment.id, at, token: row.plannedToken });
    }
    for (let i = 0; i < jobs.length; i += 1_000) await this.queue.addBulk(jobs.slice(i, i + 1_000));
    // Guarded by the plan token: a re-plan that raced this scan keeps its mark and is scanned again.
    if (next.length) {
      await this.dataSource.query(
        `UPDATE assignments a SET next_reminder_at = v.at
           FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS v(id, at, token)
          WHERE a.id = v.id AND a.reminders_planned_at::text IS NOT DISTINCT FROM v.token`,
        [next.map((n) => n.id), next.map((n) => n.at), next.map((n) => n.token)],
      );
    }
    return jobs.length;
  }

  /** In-app notifications stored but not yet handed on (a crash between the two): hand them on again. */
  private async requeueUndelivered(): Promise<void> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM notifications WHERE channel = 'in_app' AND delivered_at IS NULL AND created_at < now() - interval '1 minute'`,
    );
    for (let i = 0; i < rows.length; i += 1_000) {
      await this.queue.addBulk(
        rows.slice(i, i + 1_000).map((r) => ({
          name: JobName.DeliverNotification,
          data: { notificationId: r.id },
          opts: { ...REMINDER_JOB_OPTIONS, jobId: `deliver/${r.id}` },
        })),
      );
    }
  }

  /**
   * Removes the queued (not yet running) reminder jobs of these assignments, found by their job
   * id prefix: what Redis holds is only the near window, so the scan is small.
   */
  async removeQueued(assignmentIds: readonly string[]): Promise<number> {
    const client = this.redis;
    const prefix = `${this.env.QUEUE_PREFIX}:${this.queue.name}:`;
    let removed = 0;
    for (const id of assignmentIds) {
      let cursor = '0';
      do {
        const [nextCursor, keys] = await client.scan(cursor, 'MATCH', `${prefix}${id}/*`, 'COUNT', 1000);
        cursor = nextCursor;
        for (const key of keys) {
          const jobId = key.slice(prefix.length);
          if (jobId.includes(':')) continue; // a job's :logs or :lock key, not the job
          const job = await this.queue.getJob(jobId);
          const state = job ? await job.getState() : 'unknown';
          if (job && (state === 'delayed' || state === 'waiting' || state === 'prioritized')) {
            await job.remove().then(
              () => removed++,
              () => undefined, // taken by a worker meanwhile: it re-checks the database itself
            );
          }
        }
      } while (cursor !== '0');
    }
    return removed;
  }
}
