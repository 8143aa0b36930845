import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attachment, ProgressReport } from '@luoshi/data';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [TypeOrmModule.forFeature([ProgressReport, Attachment])],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
