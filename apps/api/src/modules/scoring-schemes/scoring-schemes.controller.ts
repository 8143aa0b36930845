import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ScoringSchemeRecord } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { ActivateScoringSchemeDto, CreateScoringSchemeDto, UpdateScoringSchemeDto } from './scoring-scheme.dto';
import { ScoringSchemesService } from './scoring-schemes.service';

/** 考评方案: every signed-in user reads them (the scorecard explains its score); admins edit. */
@ApiTags('scoring-schemes')
@ApiBearerAuth()
@Controller('scoring-schemes')
export class ScoringSchemesController {
  constructor(private readonly schemes: ScoringSchemesService) {}

  @Get()
  @ApiOperation({ summary: 'Scoring schemes; filter {active, q}' })
  list(@Query() query: Record<string, unknown>): Promise<Page<ScoringSchemeRecord>> {
    return this.schemes.list(parseListQuery(query));
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string): Promise<ScoringSchemeRecord> {
    return this.schemes.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'A new scheme (inactive until activated)' })
  create(@Body() dto: CreateScoringSchemeDto, @CurrentUser() user: AuthUser): Promise<ScoringSchemeRecord> {
    return this.schemes.create(dto, user);
  }

  @Roles('admin')
  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateScoringSchemeDto, @CurrentUser() user: AuthUser): Promise<ScoringSchemeRecord> {
    return this.schemes.update(id, dto, user);
  }

  @Roles('admin')
  @Post(':id/activate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make this the one active scheme' })
  activate(@Param('id', IdPipe) id: string, @Body() dto: ActivateScoringSchemeDto, @CurrentUser() user: AuthUser): Promise<ScoringSchemeRecord> {
    return this.schemes.activate(id, dto.version, user);
  }
}
