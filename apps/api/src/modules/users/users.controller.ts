import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateUserDto, UpdateUserDto, type UserView } from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@Query() query: Record<string, unknown>): Promise<Page<UserView>> {
    return this.users.list(parseListQuery(query));
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string): Promise<UserView> {
    return this.users.get(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto, @CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.create(dto, user);
  }

  @Put(':id')
  update(@Param('id', IdPipe) id: string, @Body() dto: UpdateUserDto, @CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.update(id, dto, user);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOkResponse({ description: 'The user, unlocked: lockedUntil is null and the failed sign-ins are forgotten' })
  unlock(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.unlock(id, user);
  }

  @Delete(':id')
  remove(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<UserView> {
    return this.users.remove(id, user);
  }
}
