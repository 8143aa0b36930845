import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { DELIVERIES_QUEUE, DeliveryJobName } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import type { Job } from 'bullmq';
import { SendDeliveryJob } from './jobs/send-delivery.job';

/** Consumes the deliveries queue: each job sends one stored delivery over its channel; DELIVERY_CONCURRENCY at once. */
@Processor(DELIVERIES_QUEUE)
export class DeliveriesProcessor extends WorkerHost implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(DeliveriesProcessor.name);

  constructor(
    private readonly env: Environment,
    private readonly sendDelivery: SendDeliveryJob,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.env.DELIVERY_CONCURRENCY;
  }

  onModuleInit(): void {
    // Every job name of this queue must have its handler, checked at start-up.
    const handled: string[] = [this.sendDelivery.jobName];
    const missing = Object.values(DeliveryJobName).filter((name) => !handled.includes(name));
    if (missing.length) throw new Error(`No handler for delivery jobs: ${missing.join(', ')}`);
  }

  async process(job: Job): Promise<'success' | 'skipped'> {
    if (job.name !== DeliveryJobName.SendDelivery) throw new Error(`Unknown job ${job.name}`);
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const status = await this.sendDelivery.handle(job.data, { final });
    this.logger.debug(`${job.name} ${job.id}: ${status}`);
    return status;
  }
}
