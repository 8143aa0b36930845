import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Assignment, AuditEvent, ProgressReport, User } from '@luoshi/data';
import { NotificationsModule } from '../notifications/notifications.module';
import { RemindersModule } from '../reminders/reminders.module';
import { AssignmentAccessGuard } from './assignment-access.guard';
import { AssignmentWorkflowService } from './assignment-workflow.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([Assignment, ProgressReport, AuditEvent, User]),
    NotificationsModule,
    RemindersModule,
  ],
  controllers: [AssignmentsController],
  providers: [AssignmentsService, AssignmentWorkflowService, AssignmentAccessGuard],
  exports: [AssignmentsService, AssignmentAccessGuard],
})
export class AssignmentsModule {}
