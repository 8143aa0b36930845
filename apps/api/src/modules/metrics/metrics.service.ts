import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { DELIVERIES_QUEUE, QueueName } from '@luoshi/common';
import type { Queue } from 'bullmq';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

const JOB_STATES = ['waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized', 'waiting-children'] as const;
/** How many of the latest reminder jobs the lateness figures are computed over. */
const LATENESS_SAMPLE = 1000;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/**
 * Prometheus figures, computed when scraped. The worker's side reaches the API through Redis:
 * queue depths from BullMQ's counters, and reminder lateness from the jobs the worker finished
 * (started − planned instant, as BullMQ recorded them); deliveries from the database.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  constructor(
    dataSource: DataSource,
    @InjectQueue(QueueName.Reminders) reminders: Queue,
    @InjectQueue(DELIVERIES_QUEUE) deliveries: Queue,
  ) {
    const queues = [reminders, deliveries];
    new Gauge({
      name: 'luoshi_queue_jobs',
      help: 'Jobs in each BullMQ queue by state',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const queue of queues) {
          const counts = await queue.getJobCounts(...JOB_STATES);
          for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
        }
      },
    });
    const db = dataSource;
    new Gauge({
      name: 'luoshi_deliveries',
      help: 'External deliveries by channel and state',
      labelNames: ['channel', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const rows: Array<{ channel: string; state: string; count: number }> = await db.query(
          `SELECT channel, state, count(*)::int AS count FROM deliveries GROUP BY channel, state`,
        );
        for (const r of rows) this.set({ channel: r.channel, state: r.state }, r.count);
      },
    });
    const reminderQueue = reminders;
    new Gauge({
      name: 'luoshi_reminder_lateness_seconds',
      help: `Seconds between a reminder job's planned instant and its start, over the latest ${LATENESS_SAMPLE} finished jobs`,
      labelNames: ['quantile'],
      registers: [this.registry],
      async collect() {
        this.reset();
        const jobs = await reminderQueue.getJobs(['completed', 'failed'], 0, LATENESS_SAMPLE - 1);
        const lateness = jobs
          .filter((j) => j.processedOn)
          .map((j) => Math.max(0, ((j.processedOn ?? 0) - j.timestamp - (j.opts.delay ?? 0)) / 1000))
          .sort((a, b) => a - b);
        this.set({ quantile: '0.5' }, quantile(lateness, 0.5));
        this.set({ quantile: '0.99' }, quantile(lateness, 0.99));
        this.set({ quantile: '1' }, lateness[lateness.length - 1] ?? 0);
      },
    });
  }
}
