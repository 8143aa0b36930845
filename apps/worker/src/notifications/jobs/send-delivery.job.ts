import { Inject, Injectable } from '@nestjs/common';
import { DeliveryJobName, type SendDeliveryJobData } from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { Delivery, Notification, NotificationChannelConfig, Organization, User } from '@luoshi/data';
import { DataSource } from 'typeorm';
import { NOTIFICATION_CHANNELS_TOKEN, type DeliveryTarget, type NotificationChannel } from '../channels/notification-channel';
import { composeMessage } from '../compose/delivery-message.util';

/** Where this try stands among the job's tries: the last failed try marks the delivery failed. */
export interface AttemptInfo {
  final: boolean;
}

/**
 * Sends one delivery. At least once: the row is marked sent only after the far end accepted it,
 * so a crash in between sends it again, with the same Message-ID / delivery id header. A sent or
 * failed delivery is skipped, so a job that runs twice without a crash does not repeat.
 */
@Injectable()
export class SendDeliveryJob {
  readonly jobName = DeliveryJobName.SendDelivery;
  private readonly channels: Map<string, NotificationChannel>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    @Inject(NOTIFICATION_CHANNELS_TOKEN) channels: NotificationChannel[],
  ) {
    this.channels = new Map(channels.map((c) => [c.kind, c]));
  }

  async handle({ deliveryId }: SendDeliveryJobData, attempt: AttemptInfo): Promise<'success' | 'skipped'> {
    const delivery = await this.dataSource.transaction(async (m) => {
      const row = await m.findOne(Delivery, { where: { id: deliveryId }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.state !== 'pending') return null;
      // Sealed: from now on the day's later reminders open the next digest instead of joining this one.
      if (!row.sealedAt) await m.update(Delivery, { id: row.id }, { sealedAt: new Date() });
      return row;
    });
    if (!delivery) return 'skipped';
    try {
      const channel = this.channels.get(delivery.channel);
      if (!channel) throw new Error(`No channel ${delivery.channel}`);
      const notifications = await this.dataSource
        .createQueryBuilder(Notification, 'n')
        .innerJoin('delivery_notifications', 'dn', 'dn.notification_id = n.id')
        .where('dn.delivery_id = :id', { id: delivery.id })
        .orderBy('n.createdAt', 'ASC')
        .addOrderBy('n.id', 'ASC')
        .getMany();
      if (!notifications.length) throw new Error('The notifications of this delivery were removed');
      const target = await this.target(delivery);
      await channel.send(composeMessage(delivery, notifications, this.env.PUBLIC_BASE_URL), target);
      await this.dataSource
        .createQueryBuilder()
        .update(Delivery)
        .set({ state: 'sent', sentAt: () => 'now()', attempts: () => 'attempts + 1', lastError: null })
        .where('id = :id', { id: delivery.id })
        .execute();
      return 'success';
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 2000);
      await this.dataSource
        .createQueryBuilder()
        .update(Delivery)
        .set({
          attempts: () => 'attempts + 1',
          lastError: message,
          ...(attempt.final ? { state: 'failed' as const, failedAt: () => 'now()' } : {}),
        })
        .where('id = :id', { id: delivery.id })
        .execute();
      throw error;
    }
  }

  private async target(delivery: Delivery): Promise<DeliveryTarget> {
    if (delivery.recipientId) {
      const user = await this.dataSource.getRepository(User).findOneBy({ id: delivery.recipientId });
      return { address: delivery.address, displayName: user?.displayName ?? delivery.address, url: null, secret: null };
    }
    const config = await this.dataSource.getRepository(NotificationChannelConfig).findOneBy({ id: delivery.notificationChannelId ?? '' });
    if (!config) throw new Error('The robot was removed');
    if (!config.enabled) throw new Error('The robot is turned off');
    const org = await this.dataSource.getRepository(Organization).findOneBy({ id: config.organizationId });
    return { address: config.name, displayName: org?.name ?? config.name, url: config.url, secret: config.secret };
  }
}
