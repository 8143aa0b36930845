import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type {
  DashboardSummary,
  Heatmap,
  OrganizationRanking,
  Scorecard,
  SpeechBoard,
  SpeechProgress,
  WeeklyTrend,
} from '@luoshi/common';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { DashboardQueryDto, HeatmapQueryDto, PeriodDto, SpeechesQueryDto } from './dashboard-query.dto';
import { DashboardService } from './dashboard.service';

/**
 * 督办看板: aggregates over a period, scoped like the lists (an org user: its organization's
 * subtree only). Every count carries the assignments-list `filter` that lists exactly its rows.
 */
@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('summary')
  @ApiOperation({ summary: 'KPI cards and lights over the period' })
  summary(@Query() query: DashboardQueryDto, @CurrentUser() user: AuthUser): Promise<DashboardSummary> {
    return this.dashboard.summary(query, user);
  }

  @Get('ranking')
  @ApiOperation({ summary: 'Organizations ranked by 考评 score (红黑榜)' })
  ranking(@Query() query: DashboardQueryDto, @CurrentUser() user: AuthUser): Promise<OrganizationRanking> {
    return this.dashboard.ranking(query, user);
  }

  @Get('progress')
  @ApiOperation({ summary: 'Progress of the most recent speeches (limit), or of the chosen one and each of its sections' })
  progress(@Query() query: SpeechesQueryDto, @CurrentUser() user: AuthUser): Promise<SpeechProgress> {
    return this.dashboard.progress(query, user);
  }

  @Get('trend')
  @ApiOperation({ summary: 'By week: new, completed, completed on time, overdue at week end' })
  trend(@Query() query: DashboardQueryDto, @CurrentUser() user: AuthUser): Promise<WeeklyTrend> {
    return this.dashboard.trend(query, user);
  }

  @Get('heatmap')
  @ApiOperation({ summary: 'Organization × the most recent speeches (limit), or × section of one speech' })
  heatmap(@Query() query: HeatmapQueryDto, @CurrentUser() user: AuthUser): Promise<Heatmap> {
    return this.dashboard.heatmap(query, user);
  }

  @Get('speeches/:id/board')
  @ApiOperation({ summary: 'The speech’s outline with each item’s light, progress, organizations and due date' })
  board(@Param('id', IdPipe) id: string, @Query() query: PeriodDto, @CurrentUser() user: AuthUser): Promise<SpeechBoard> {
    return this.dashboard.speechBoard(id, query, user);
  }

  @Get('organizations/:id/scorecard')
  @ApiOperation({ summary: 'One organization and its subtree: figures, score explained, open/overdue/completed work' })
  scorecard(@Param('id', IdPipe) id: string, @Query() query: DashboardQueryDto, @CurrentUser() user: AuthUser): Promise<Scorecard> {
    return this.dashboard.scorecard(id, query, user);
  }
}
