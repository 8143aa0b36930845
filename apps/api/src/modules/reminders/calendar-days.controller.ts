import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CalendarDayRecord } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateCalendarDayDto, UpdateCalendarDayDto } from './calendar-day.dto';
import { CalendarDaysService } from './calendar-days.service';

/** The working-day calendar (holidays and 调休 days): everyone signed in reads it, admins keep it. */
@ApiTags('calendar-days')
@ApiBearerAuth()
@Controller('calendar-days')
export class CalendarDaysController {
  constructor(private readonly days: CalendarDaysService) {}

  @Get()
  @ApiOperation({ summary: 'Days that differ from the plain week; filter {date_gte, date_lte, working, q}' })
  list(@Query() query: Record<string, unknown>): Promise<Page<CalendarDayRecord>> {
    return this.days.list(parseListQuery(query));
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string): Promise<CalendarDayRecord> {
    return this.days.get(id);
  }

  @Roles('admin')
  @Post()
  @ApiOperation({ summary: 'Add a holiday (working: false) or a 调休 working day (working: true); one entry per date' })
  create(@Body() dto: CreateCalendarDayDto, @CurrentUser() user: AuthUser): Promise<CalendarDayRecord> {
    return this.days.create(dto, user);
  }

  @Roles('admin')
  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateCalendarDayDto, @CurrentUser() user: AuthUser): Promise<CalendarDayRecord> {
    return this.days.update(id, dto, user);
  }

  @Roles('admin')
  @Delete(':id')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<CalendarDayRecord> {
    return this.days.remove(id, user);
  }
}
