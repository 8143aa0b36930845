import { ApiPropertyOptional } from '@nestjs/swagger';
import { DASHBOARD_PERIOD_KINDS, type DashboardPeriodKind } from '@luoshi/common';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../core/http/field.validators';

/** The period of a leaders' view request: from/to, or a week/month/quarter/year around a date. */
export class PeriodDto {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day of the period (TIME_ZONE); with `to`' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'First day after the period (exclusive); with `from`' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ enum: DASHBOARD_PERIOD_KINDS, description: 'The week (Monday first), month, quarter or year containing `date`' })
  @IsOptional()
  @IsIn(DASHBOARD_PERIOD_KINDS)
  period?: DashboardPeriodKind;

  @ApiPropertyOptional({ example: '2026-11-15', description: 'A day in the period (default today); with `period`' })
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

/** Period and scope of every /dashboard endpoint. */
export class DashboardQueryDto extends PeriodDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only this speech' })
  @IsOptional()
  @IsUUID('all')
  speechId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'This organization and its sub-organizations' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Score with this scheme instead of the active one' })
  @IsOptional()
  @IsUUID('all')
  schemeId?: string;
}

export const HEATMAP_COLUMNS = ['speech', 'section'] as const;

export class HeatmapQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({ enum: HEATMAP_COLUMNS, description: 'Columns: speeches, or the sections of `speechId`' })
  @IsOptional()
  @IsIn(HEATMAP_COLUMNS)
  by?: (typeof HEATMAP_COLUMNS)[number];
}
