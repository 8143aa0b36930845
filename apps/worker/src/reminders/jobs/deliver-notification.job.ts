import { Injectable } from '@nestjs/common';
import { JobName, type DeliverNotificationJobData } from '@luoshi/common';
import { NotificationDispatcher } from '../../notifications/notification-dispatcher.service';
import type { JobHandler, JobStatus } from './job-handler';

/**
 * Delivers one stored notification: marks it delivered in the inbox and plans its external
 * deliveries (e-mail, robots, webhooks; see notifications/). Idempotent: a notification already
 * delivered plans nothing again, so a job retried after a crash never sends twice.
 */
@Injectable()
export class DeliverNotificationJob implements JobHandler<DeliverNotificationJobData> {
  readonly jobName = JobName.DeliverNotification;

  constructor(private readonly dispatcher: NotificationDispatcher) {}

  handle({ notificationId }: DeliverNotificationJobData): Promise<JobStatus> {
    return this.dispatcher.dispatch(notificationId);
  }
}
