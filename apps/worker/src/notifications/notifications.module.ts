import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DELIVERIES_QUEUE } from '@luoshi/common';
import { Delivery, Notification, NotificationChannelConfig, NotificationPreference, Organization, User } from '@luoshi/data';
import { DingTalkChannel } from './channels/dingtalk.channel';
import { EmailChannel } from './channels/email.channel';
import { FeishuChannel } from './channels/feishu.channel';
import { NOTIFICATION_CHANNELS_TOKEN, type NotificationChannel } from './channels/notification-channel';
import { WebhookChannel } from './channels/webhook.channel';
import { WeComChannel } from './channels/wecom.channel';
import { DeliveriesProcessor } from './deliveries.processor';
import { DeliverySweeper } from './delivery-sweeper.service';
import { SendDeliveryJob } from './jobs/send-delivery.job';
import { NotificationDispatcher } from './notification-dispatcher.service';

const CHANNELS = [EmailChannel, DingTalkChannel, WeComChannel, FeishuChannel, WebhookChannel];

/** External delivery of notifications: planning (dispatcher), sending (deliveries queue), channels. */
@Module({
  imports: [
    BullModule.registerQueue({ name: DELIVERIES_QUEUE }),
    TypeOrmModule.forFeature([Notification, Delivery, NotificationChannelConfig, NotificationPreference, User, Organization]),
  ],
  providers: [
    ...CHANNELS,
    { provide: NOTIFICATION_CHANNELS_TOKEN, inject: CHANNELS, useFactory: (...channels: NotificationChannel[]) => channels },
    NotificationDispatcher,
    SendDeliveryJob,
    DeliveriesProcessor,
    DeliverySweeper,
  ],
  exports: [NotificationDispatcher],
})
export class NotificationsModule {}
