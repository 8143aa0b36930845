import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExtensionRequest } from '@luoshi/data';
import { NotificationsModule } from '../notifications/notifications.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ExtensionRequestsController } from './extension-requests.controller';
import { ExtensionRequestsService } from './extension-requests.service';

@Module({
  imports: [TypeOrmModule.forFeature([ExtensionRequest]), NotificationsModule, RemindersModule],
  controllers: [ExtensionRequestsController],
  providers: [ExtensionRequestsService],
})
export class ExtensionRequestsModule {}
