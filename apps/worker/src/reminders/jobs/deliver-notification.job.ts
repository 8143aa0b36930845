import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { JobName, type DeliverNotificationJobData } from '@luoshi/common';
import { Notification } from '@luoshi/data';
import { IsNull, type Repository } from 'typeorm';
import type { JobHandler, JobStatus } from './job-handler';

/**
 * Delivers one stored notification. Idempotent: a notification already delivered is skipped, so a
 * job retried after a crash never sends twice. In-app delivery is marking it visible in the inbox.
 */
@Injectable()
export class DeliverNotificationJob implements JobHandler<DeliverNotificationJobData> {
  readonly jobName = JobName.DeliverNotification;

  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  async handle({ notificationId }: DeliverNotificationJobData): Promise<JobStatus> {
    const notification = await this.notifications.findOneBy({ id: notificationId });
    if (!notification || notification.deliveredAt) return 'skipped';
    if (notification.channel !== 'in_app') return 'skipped';
    const result = await this.notifications.update({ id: notificationId, deliveredAt: IsNull() }, { deliveredAt: new Date() });
    return result.affected ? 'success' : 'skipped';
  }
}
