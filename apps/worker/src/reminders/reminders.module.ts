import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '@luoshi/common';
import { Notification } from '@luoshi/data';
import { DeliverNotificationJob } from './jobs/deliver-notification.job';
import { RemindersProcessor } from './reminders.processor';

@Module({
  imports: [BullModule.registerQueue({ name: QueueName.Reminders }), TypeOrmModule.forFeature([Notification])],
  providers: [RemindersProcessor, DeliverNotificationJob],
})
export class RemindersModule {}
