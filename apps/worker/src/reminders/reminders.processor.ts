import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleInit } from '@nestjs/common';
import { JobName, QueueName } from '@luoshi/common';
import type { Job } from 'bullmq';
import { DeliverNotificationJob } from './jobs/deliver-notification.job';
import type { JobHandler, JobStatus } from './jobs/job-handler';

/** Routes each job of the reminders queue to the one handler named like it. */
@Processor(QueueName.Reminders, { concurrency: 5 })
export class RemindersProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(RemindersProcessor.name);
  private readonly handlers = new Map<string, JobHandler<unknown>>();

  constructor(deliverNotification: DeliverNotificationJob) {
    super();
    for (const handler of [deliverNotification] as Array<JobHandler<unknown>>) this.handlers.set(handler.jobName, handler);
  }

  onModuleInit(): void {
    // Every job name must have exactly one handler, checked at start-up rather than at 3 a.m.
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length) throw new Error(`No handler for jobs: ${missing.join(', ')}`);
  }

  async process(job: Job): Promise<JobStatus> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`Unknown job ${job.name}`);
    const status = await handler.handle(job.data);
    this.logger.debug(`${job.name} ${job.id}: ${status}`);
    return status;
  }
}
