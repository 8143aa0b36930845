import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarDayRecord, ReminderRule } from '@luoshi/data';
import { CalendarDaysController } from './calendar-days.controller';
import { CalendarDaysService } from './calendar-days.service';
import { ReminderPlanningService } from './reminder-planning.service';
import { ReminderRulesController } from './reminder-rules.controller';
import { ReminderRulesService } from './reminder-rules.service';

@Module({
  imports: [TypeOrmModule.forFeature([ReminderRule, CalendarDayRecord])],
  controllers: [ReminderRulesController, CalendarDaysController],
  providers: [ReminderPlanningService, ReminderRulesService, CalendarDaysService],
  exports: [ReminderPlanningService],
})
export class RemindersModule {}
