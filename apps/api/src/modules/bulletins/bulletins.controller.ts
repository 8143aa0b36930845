import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Bulletin, BulletinPreview } from '@luoshi/common';
import type { Response } from 'express';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { PeriodDto } from '../dashboard/dashboard-query.dto';
import { BulletinsService } from './bulletins.service';

/** 督查通报: county-wide documents, for the roles that see every organization. */
@ApiTags('bulletins')
@ApiBearerAuth()
@Controller('bulletins')
export class BulletinsController {
  constructor(private readonly bulletins: BulletinsService) {}

  @Roles('admin', 'supervisor', 'viewer')
  @Get()
  list(@Query() query: Record<string, unknown>): Promise<Page<Bulletin>> {
    return this.bulletins.list(parseListQuery(query));
  }

  @Roles('admin', 'supervisor', 'viewer')
  @Get('preview')
  @ApiOperation({ summary: 'What the period’s bulletin would say, without issuing it (no number)' })
  preview(@Query() query: PeriodDto, @CurrentUser() user: AuthUser): Promise<BulletinPreview> {
    return this.bulletins.preview(query, user);
  }

  @Roles('admin', 'supervisor', 'viewer')
  @Get(':id')
  @ApiOperation({ summary: 'An issued bulletin with its content (the print view)' })
  show(@Param('id', IdPipe) id: string): Promise<Bulletin> {
    return this.bulletins.get(id);
  }

  @Roles('admin', 'supervisor')
  @Post()
  @ApiOperation({ summary: 'Issue the period’s bulletin (201), or get the one issued before, number kept (200)' })
  async issue(@Body() dto: PeriodDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) res: Response): Promise<Bulletin> {
    const { bulletin, created } = await this.bulletins.issue(dto, user);
    res.status(created ? 201 : 200);
    return bulletin;
  }
}
