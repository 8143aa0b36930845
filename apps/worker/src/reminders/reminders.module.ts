import { BullModule, InjectQueue } from '@nestjs/bullmq';
import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobName, QueueName } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { Notification } from '@luoshi/data';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { NotificationsModule } from '../notifications/notifications.module';
import { DeliverNotificationJob } from './jobs/deliver-notification.job';
import { ReconcileRemindersJob } from './jobs/reconcile-reminders.job';
import { ReplanRemindersJob } from './jobs/replan-reminders.job';
import { ScheduleRemindersJob } from './jobs/schedule-reminders.job';
import { SendRemindersJob } from './jobs/send-reminders.job';
import { clockProvider } from './reminder-clock';
import { ReminderContextService } from './reminder-context.service';
import { WORKER_REDIS, workerRedisProvider } from './reminder-redis';
import { ReminderSchedulerService } from './reminder-scheduler.service';
import { RemindersProcessor } from './reminders.processor';
import { assertNoEviction } from './redis-eviction.check';

const SCAN_SCHEDULER = 'reminders/scan';
const RECONCILE_SCHEDULER = 'reminders/reconcile';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders }), TypeOrmModule.forFeature([Notification]), NotificationsModule],
  providers: [
    clockProvider,
    workerRedisProvider,
    ReminderContextService,
    ReminderSchedulerService,
    RemindersProcessor,
    DeliverNotificationJob,
    ScheduleRemindersJob,
    ReconcileRemindersJob,
    SendRemindersJob,
    ReplanRemindersJob,
  ],
})
export class RemindersModule implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue,
    private readonly env: Environment,
    @Inject(WORKER_REDIS) private readonly redis: Redis,
  ) {}

  private watchdog: NodeJS.Timeout | null = null;

  async onModuleInit(): Promise<void> {
    await assertNoEviction(this.redis);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.watchdog) clearInterval(this.watchdog);
    await this.redis.quit().catch(() => undefined);
  }

  /**
   * The scan and the reconciler repeat on their own; a reconcile also runs at every start. A
   * watchdog re-creates both (and reconciles) when Redis lost them — FLUSHALL, a replaced Redis —
   * so a worker that keeps running through that loses nothing either.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.installSchedulers();
    this.watchdog = setInterval(() => {
      void this.queue
        .getJobScheduler(SCAN_SCHEDULER)
        .then((found) => (found ? undefined : this.installSchedulers()))
        .catch(() => undefined);
    }, this.env.REMINDER_SCAN_SECONDS * 1000);
    this.watchdog.unref();
  }

  private async installSchedulers(): Promise<void> {
    await this.queue.upsertJobScheduler(SCAN_SCHEDULER, { every: this.env.REMINDER_SCAN_SECONDS * 1000 }, { name: JobName.ScheduleReminders, data: {} });
    await this.queue.upsertJobScheduler(
      RECONCILE_SCHEDULER,
      { every: this.env.REMINDER_RECONCILE_MINUTES * 60_000 },
      { name: JobName.ReconcileReminders, data: {} },
    );
    await this.queue.add(JobName.ReconcileReminders, {}, { jobId: `reconcile/now/${Date.now()}`, removeOnComplete: { count: 10 }, removeOnFail: { count: 10 } });
  }
}
