import { ApiPropertyOptional } from '@nestjs/swagger';
import { DASHBOARD_PERIOD_KINDS, DEFAULT_DASHBOARD_SPEECHES, MAX_DASHBOARD_SPEECHES, type DashboardPeriodKind } from '@luoshi/common';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
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

/** The progress chart and the heatmap: how many of the most recent speeches (without speechId). */
export class SpeechesQueryDto extends DashboardQueryDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_DASHBOARD_SPEECHES,
    default: DEFAULT_DASHBOARD_SPEECHES,
    description: 'The most recent speeches (by speech date) with counted work to show; ignored with speechId',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_DASHBOARD_SPEECHES)
  limit?: number;
}

export const HEATMAP_COLUMNS = ['speech', 'section'] as const;

export class HeatmapQueryDto extends SpeechesQueryDto {
  @ApiPropertyOptional({ enum: HEATMAP_COLUMNS, description: 'Columns: speeches, or the sections of `speechId`' })
  @IsOptional()
  @IsIn(HEATMAP_COLUMNS)
  by?: (typeof HEATMAP_COLUMNS)[number];
}
