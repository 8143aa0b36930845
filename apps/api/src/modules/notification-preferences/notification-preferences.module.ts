import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationPreference, User } from '@luoshi/data';
import { NotificationPreferencesController } from './notification-preferences.controller';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationPreference, User])],
  controllers: [NotificationPreferencesController],
})
export class NotificationPreferencesModule {}
