import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Delivery } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { DeliveriesService } from './deliveries.service';
import { DeliveryView } from './delivery.dto';

/** The delivery log (admins): every e-mail and robot post with its state, tries and last error. */
@ApiTags('deliveries')
@ApiBearerAuth()
@Roles('admin')
@Controller('deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOkResponse({ type: [DeliveryView] })
  @ApiOperation({ summary: 'List deliveries; filter: channel, state, mode, recipientId, organizationId, createdFrom, createdTo, q (address or error)' })
  list(@Query() query: Record<string, unknown>): Promise<Page<Delivery>> {
    return this.deliveries.list(parseListQuery(query));
  }

  @Get(':id')
  @ApiOkResponse({ type: DeliveryView })
  show(@Param('id', IdPipe) id: string): Promise<Delivery> {
    return this.deliveries.get(id);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed delivery again (same delivery id, so receivers can still drop repeats)' })
  @ApiOkResponse({ type: DeliveryView, description: 'The delivery, back to pending' })
  @ApiConflictResponse({ description: 'channels.delivery_not_failed: only a failed delivery can be retried' })
  retry(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<Delivery> {
    return this.deliveries.retry(id, user);
  }
}
