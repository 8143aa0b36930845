import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RemindersModule } from '../reminders/reminders.module';
import { User } from '@luoshi/data';
import { UsersController } from './users.controller';
import { FirstAdminService } from './first-admin.service';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User]), RemindersModule],
  controllers: [UsersController],
  providers: [UsersService, FirstAdminService],
  exports: [UsersService],
})
export class UsersModule {}
