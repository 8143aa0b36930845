import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Notification } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<Notification>> {
    return this.notifications.list(parseListQuery(query), user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Notification> {
    return this.notifications.get(id, user);
  }

  @Post(':id/read')
  @HttpCode(200)
  read(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Notification> {
    return this.notifications.markRead(id, user);
  }
}
