import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { QueueName, REMINDER_QUEUE_JOBS } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import type { Job } from 'bullmq';
import { DeliverNotificationJob } from './jobs/deliver-notification.job';
import type { JobHandler, JobStatus } from './jobs/job-handler';
import { ReconcileRemindersJob } from './jobs/reconcile-reminders.job';
import { ReplanRemindersJob } from './jobs/replan-reminders.job';
import { ScheduleRemindersJob } from './jobs/schedule-reminders.job';
import { SendRemindersJob } from './jobs/send-reminders.job';

/** Routes each job of the reminders queue to the one handler named like it; REMINDER_CONCURRENCY jobs at once. */
@Processor(QueueName.Reminders)
export class RemindersProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(RemindersProcessor.name);
  private readonly handlers = new Map<string, JobHandler<unknown>>();

  constructor(
    private readonly env: Environment,
    deliverNotification: DeliverNotificationJob,
    scheduleReminders: ScheduleRemindersJob,
    reconcileReminders: ReconcileRemindersJob,
    sendReminders: SendRemindersJob,
    replanReminders: ReplanRemindersJob,
  ) {
    super();
    const handlers = [deliverNotification, scheduleReminders, reconcileReminders, sendReminders, replanReminders] as Array<JobHandler<unknown>>;
    for (const handler of handlers) {
      if (this.handlers.has(handler.jobName)) throw new Error(`Two handlers for ${handler.jobName}`);
      this.handlers.set(handler.jobName, handler);
    }
  }

  onModuleInit(): void {
    // Every job name must have exactly one handler, checked at start-up rather than at 3 a.m.
    const missing = REMINDER_QUEUE_JOBS.filter((name) => !this.handlers.has(name));
    if (missing.length) throw new Error(`No handler for jobs: ${missing.join(', ')}`);
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.REMINDER_CONCURRENCY;
  }

  async process(job: Job): Promise<JobStatus> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`Unknown job ${job.name}`);
    const status = await handler.handle(job.data);
    this.logger.debug(`${job.name} ${job.id}: ${status}`);
    return status;
  }
}
