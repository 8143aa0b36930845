import { Module } from '@nestjs/common';
import { ScoringSchemesModule } from '../scoring-schemes/scoring-schemes.module';
import { DashboardFiguresRepository } from './dashboard-figures.repository';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({
  imports: [ScoringSchemesModule],
  controllers: [DashboardController],
  providers: [DashboardService, DashboardFiguresRepository],
  exports: [DashboardService],
})
export class DashboardModule {}
