import { Injectable } from '@nestjs/common';
import { JobName } from '@luoshi/common';
import { ReminderContextService } from '../reminder-context.service';
import { ReminderSchedulerService } from '../reminder-scheduler.service';
import type { JobHandler, JobStatus } from './job-handler';

/** At start-up and on a schedule: rebuild from the database what Redis should hold. */
@Injectable()
export class ReconcileRemindersJob implements JobHandler<Record<string, never>> {
  readonly jobName = JobName.ReconcileReminders;

  constructor(
    private readonly scheduler: ReminderSchedulerService,
    private readonly context: ReminderContextService,
  ) {}

  async handle(): Promise<JobStatus> {
    this.context.invalidate();
    await this.scheduler.reconcile();
    return 'success';
  }
}
