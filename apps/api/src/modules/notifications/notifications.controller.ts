import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Notification } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { NotificationsService } from './notifications.service';

/** Every signed-in user's own inbox: reminders, escalations, events and 催办 addressed to them. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My in-app notifications; filter {kind, unread, read, assignmentId}, newest first' })
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<Notification>> {
    return this.notifications.list(parseListQuery(query), user);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread (the bell polls this with X-Background-Request: 1)' })
  @ApiOkResponse({ schema: { type: 'object', properties: { count: { type: 'integer', minimum: 0 } } } })
  unreadCount(@CurrentUser() user: AuthUser): Promise<{ count: number }> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ schema: { type: 'object', properties: { updated: { type: 'integer', minimum: 0 } } } })
  readAll(@CurrentUser() user: AuthUser): Promise<{ updated: number }> {
    return this.notifications.markAllRead(user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Notification> {
    return this.notifications.get(id, user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one notification read (idempotent)' })
  read(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Notification> {
    return this.notifications.markRead(id, user);
  }
}
