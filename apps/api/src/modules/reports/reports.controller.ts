import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import type { ReportView } from './report.view';
import { ReportsService } from './reports.service';

/** 进展反馈, append-only: created by `POST /assignments/:id/report`, never edited or deleted. */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<ReportView>> {
    return this.reports.list(parseListQuery(query), user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<ReportView> {
    return this.reports.get(id, user);
  }
}
