import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { loadWorkingCalendar, Speech } from '@luoshi/data';
import { FilesModule } from '../../core/files/files.module';
import { ItemsModule } from '../items/items.module';
import { WORKING_CALENDAR_SOURCE, type WorkingCalendarSource } from './extraction-calendar';
import { SpeechExtractionService } from './speech-extraction.service';
import { SpeechesController } from './speeches.controller';
import { SpeechesService } from './speeches.service';

@Module({
  imports: [TypeOrmModule.forFeature([Speech]), ItemsModule, FilesModule],
  controllers: [SpeechesController],
  providers: [
    SpeechesService,
    SpeechExtractionService,
    // The admin-editable calendar table (calendar-days) is what "5个工作日内" and "国庆节前" count on.
    { provide: WORKING_CALENDAR_SOURCE, useValue: { calendar: (m) => loadWorkingCalendar(m) } satisfies WorkingCalendarSource },
  ],
  exports: [SpeechesService],
})
export class SpeechesModule {}
