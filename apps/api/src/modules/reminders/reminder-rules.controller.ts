import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ReminderRule } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateReminderRuleDto, UpdateReminderRuleDto } from './reminder-rule.dto';
import { ReminderRulesService } from './reminder-rules.service';

/** When reminders go out: the default, and overrides per organization and per speech. */
@ApiTags('reminder-rules')
@ApiBearerAuth()
@Controller('reminder-rules')
export class ReminderRulesController {
  constructor(private readonly rules: ReminderRulesService) {}

  @Roles('admin', 'supervisor')
  @Get()
  @ApiOperation({ summary: 'Reminder rules; filter {organizationId, speechId, active, q}' })
  list(@Query() query: Record<string, unknown>): Promise<Page<ReminderRule>> {
    return this.rules.list(parseListQuery(query));
  }

  @Roles('admin', 'supervisor')
  @Get(':id')
  show(@Param('id', IdPipe) id: string): Promise<ReminderRule> {
    return this.rules.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'A rule for one organization or one speech (one per scope)' })
  create(@Body() dto: CreateReminderRuleDto, @CurrentUser() user: AuthUser): Promise<ReminderRule> {
    return this.rules.create(dto, user);
  }

  @Roles('admin')
  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateReminderRuleDto, @CurrentUser() user: AuthUser): Promise<ReminderRule> {
    return this.rules.update(id, dto, user);
  }

  @Roles('admin')
  @Delete(':id')
  @ApiOperation({ summary: 'Delete an override (the default rule stays)' })
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<ReminderRule> {
    return this.rules.remove(id, user);
  }
}
