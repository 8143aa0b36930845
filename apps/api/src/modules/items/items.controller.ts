import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateItemDto, MergeItemsDto, SplitItemDto, UpdateItemDto } from './item.dto';
import { ItemsService, type ItemView } from './items.service';

@ApiTags('items')
@ApiBearerAuth()
@Controller('items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<ItemView>> {
    return this.items.list(parseListQuery(query), user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.get(id, user);
  }

  @Roles('admin', 'supervisor')
  @Post()
  create(@Body() dto: CreateItemDto, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.create(dto, user);
  }

  @Roles('admin', 'supervisor')
  @Post('merge')
  @HttpCode(200)
  merge(@Body() dto: MergeItemsDto, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.merge(dto.ids, user);
  }

  @Roles('admin', 'supervisor')
  @Post(':id/split')
  @HttpCode(200)
  split(@Param('id', IdPipe) id: string, @Body() dto: SplitItemDto, @CurrentUser() user: AuthUser): Promise<[ItemView, ItemView]> {
    return this.items.split(id, dto.at, user);
  }

  @Roles('admin', 'supervisor')
  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateItemDto, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.update(id, dto, user);
  }

  @Roles('admin', 'supervisor')
  @Delete(':id')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<ItemView> {
    return this.items.remove(id, user);
  }
}
