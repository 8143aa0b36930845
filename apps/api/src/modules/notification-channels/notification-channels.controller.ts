import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateNotificationChannelDto, NotificationChannelView, UpdateNotificationChannelDto } from './notification-channel.dto';
import { NotificationChannelsService } from './notification-channels.service';

/** Group robots (DingTalk, WeCom, Feishu) and webhooks per organization: admins and supervisors. */
@ApiTags('notification-channels')
@ApiBearerAuth()
@Roles('admin', 'supervisor')
@Controller('notification-channels')
export class NotificationChannelsController {
  constructor(private readonly channels: NotificationChannelsService) {}

  @Get()
  @ApiOkResponse({ type: [NotificationChannelView], description: 'filter: organizationId, kind, q (name), id' })
  list(@Query() query: Record<string, unknown>): Promise<Page<NotificationChannelView>> {
    return this.channels.list(parseListQuery(query));
  }

  @Get(':id')
  @ApiOkResponse({ type: NotificationChannelView })
  show(@Param('id', IdPipe) id: string): Promise<NotificationChannelView> {
    return this.channels.get(id);
  }

  @Post()
  @ApiOkResponse({ type: NotificationChannelView })
  create(@Body() dto: CreateNotificationChannelDto, @CurrentUser() user: AuthUser): Promise<NotificationChannelView> {
    return this.channels.create(dto, user);
  }

  @Put(':id')
  @ApiOkResponse({ type: NotificationChannelView })
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateNotificationChannelDto, @CurrentUser() user: AuthUser): Promise<NotificationChannelView> {
    return this.channels.update(id, dto, user);
  }

  @Delete(':id')
  @ApiOkResponse({ type: NotificationChannelView })
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<NotificationChannelView> {
    return this.channels.remove(id, user);
  }
}
