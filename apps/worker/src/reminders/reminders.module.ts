import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QueueName } from '@luoshi/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { DeliverNotificationJob } from './jobs/deliver-notification.job';
import { RemindersProcessor } from './reminders.processor';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders }), NotificationsModule],
  providers: [RemindersProcessor, DeliverNotificationJob],
})
export class RemindersModule {}
