import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
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
  type ReminderOccurrenceRef,
  type SendRemindersJobData,
} from '@luoshi/common';
import { Environment } from '@luoshi/config';
import type { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ReminderContextService, type AssignmentForPlanning } from './reminder-context.service';

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
 * records in `next_reminder_at` when it must be looked at again. The occurrences of one instant
 * travel in batches (SendRemindersJob), so firing 100,000 of them costs a few hundred jobs and
 * transactions; a batch's job id is derived from its content, so scanning twice, or two workers
 * scanning at once, adds it once.
 */
@Injectable()
export class ReminderSchedulerService {
  private readonly logger = new Logger(ReminderSchedulerService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    private readonly context: ReminderContextService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
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
    const byInstant = new Map<number, ReminderOccurrenceRef[]>();
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
        const at = o.fireAt.getTime();
        const refs = byInstant.get(at) ?? [];
        refs.push({ assignmentId: o.assignmentId, kind: o.kind, date: o.date, recipientId: o.recipientId });
        byInstant.set(at, refs);
      }
      const nothingAhead = !row.assignment.dueDate && !row.assignment.cadence;
      // Nothing within the horizon: look again when the horizon has moved on.
      const at = after ? after.fireAt : nothingAhead ? null : zonedInstant(until, '00:00', zone);
      next.push({ id: row.assignment.id, at, token: row.plannedToken });
    }
    const batches = [...byInstant].flatMap(([at, refs]) => this.batches(at, refs, now));
    for (let i = 0; i < batches.length; i += 100) await this.queue.addBulk(batches.slice(i, i + 100));
    const jobs = batches.reduce((n, b) => n + b.data.occurrences.length, 0);
    // Guarded by the plan token: a re-plan that raced this scan keeps its mark and is scanned again.
    if (next.length) {
      await this.dataSource.query(
        `UPDATE assignments a SET next_reminder_at = v.at
           FROM unnest($1::uuid[], $2::timestamptz[], $3::text[]) AS v(id, at, token)
          WHERE a.id = v.id AND a.reminders_planned_at::text IS NOT DISTINCT FROM v.token`,
        [next.map((n) => n.id), next.map((n) => n.at), next.map((n) => n.token)],
      );
    }
    return jobs;
  }

  /**
   * One instant's occurrences as SendRemindersJobs of at most REMINDER_BATCH_SIZE, in key order.
   * The job id is the instant and a digest of the keys: planning the same assignments again (the
   * next scan, a second worker) adds nothing; a batch cut differently (the reconciler plans every
   * open assignment, the scan only those due) is a second job whose occurrences are stored once.
   */
  private batches(at: number, refs: ReminderOccurrenceRef[], now: Date): Array<{ name: string; data: SendRemindersJobData; opts: Record<string, unknown> }> {
    const keyed = refs.map((ref) => ({ ref, key: reminderOccurrenceKey(ref) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const size = this.env.REMINDER_BATCH_SIZE;
    const out: Array<{ name: string; data: SendRemindersJobData; opts: Record<string, unknown> }> = [];
    for (let i = 0; i < keyed.length; i += size) {
      const chunk = keyed.slice(i, i + size);
      const digest = createHash('sha1').update(chunk.map((c) => c.key).join('\n')).digest('hex').slice(0, 24);
      out.push({
        name: JobName.SendReminders,
        data: { occurrences: chunk.map((c) => c.ref) },
        opts: { ...REMINDER_JOB_OPTIONS, jobId: `reminders/${at}/${digest}`, delay: Math.max(0, at - now.getTime()) },
      });
    }
    return out;
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
   * Takes these assignments' occurrences out of the queued (not yet running) reminder jobs, and
   * removes a job left empty. What Redis holds is only the near window, so reading its jobs is
   * small; a job taken by a worker meanwhile re-checks the database itself.
   */
  async removeQueued(assignmentIds: readonly string[]): Promise<number> {
    const ids = new Set(assignmentIds);
    let removed = 0;
    const queued = await this.queue.getJobs(['delayed', 'waiting', 'prioritized'], 0, -1);
    for (const job of queued) {
      if (job.name !== JobName.SendReminders) continue;
      const { occurrences } = job.data as SendRemindersJobData;
      const kept = occurrences.filter((o) => !ids.has(o.assignmentId));
      if (kept.length === occurrences.length) continue;
      const change = kept.length ? job.updateData({ occurrences: kept }) : job.remove();
      await change.then(
        () => (removed += occurrences.length - kept.length),
        () => undefined, // taken by a worker or finished meanwhile
      );
    }
    return removed;
  }
}
