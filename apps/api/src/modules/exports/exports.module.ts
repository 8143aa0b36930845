import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { BulletinsModule } from '../bulletins/bulletins.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [AssignmentsModule, BulletinsModule],
  controllers: [ExportsController],
  providers: [ExportsService],
})
export class ExportsModule {}
