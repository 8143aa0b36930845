import { Injectable } from '@nestjs/common';
import { JobName, type ReplanRemindersJobData } from '@luoshi/common';
import { ReminderContextService } from '../reminder-context.service';
import { ReminderSchedulerService } from '../reminder-scheduler.service';
import type { JobHandler, JobStatus } from './job-handler';

/**
 * After an extension, a completion or a cancellation: drop the assignment's queued reminders
 * and queue what its new plan has within the window (nothing once it is closed). The API marked
 * the rows for re-planning in its own transaction, so losing this job only delays the move to
 * the next scan; a stale job left behind re-checks the database when it fires and does nothing.
 */
@Injectable()
export class ReplanRemindersJob implements JobHandler<ReplanRemindersJobData> {
  readonly jobName = JobName.ReplanReminders;

  constructor(
    private readonly scheduler: ReminderSchedulerService,
    private readonly context: ReminderContextService,
  ) {}

  async handle({ assignmentIds }: ReplanRemindersJobData): Promise<JobStatus> {
    if (!assignmentIds.length) return 'skipped';
    await this.scheduler.removeQueued(assignmentIds);
    this.context.invalidate();
    const rows = await this.context.openById(assignmentIds);
    if (rows.length) await this.scheduler.schedule(rows, this.context.now());
    return 'success';
  }
}
