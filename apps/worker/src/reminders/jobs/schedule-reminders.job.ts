import { Injectable } from '@nestjs/common';
import { JobName } from '@luoshi/common';
import { ReminderSchedulerService } from '../reminder-scheduler.service';
import type { JobHandler, JobStatus } from './job-handler';

/** The repeating scan: queue the reminders of assignments whose next one fires within the window. */
@Injectable()
export class ScheduleRemindersJob implements JobHandler<Record<string, never>> {
  readonly jobName = JobName.ScheduleReminders;

  constructor(private readonly scheduler: ReminderSchedulerService) {}

  async handle(): Promise<JobStatus> {
    const { assignments } = await this.scheduler.scanDue();
    return assignments ? 'success' : 'skipped';
  }
}
