import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ExtensionRequest } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { AssignmentAccess, AssignmentAccessGuard } from '../assignments/assignment-access.guard';
import { ApproveExtensionDto, CreateExtensionRequestDto, RejectExtensionDto } from './extension-request.dto';
import { ExtensionRequestsService } from './extension-requests.service';

@ApiTags('extension-requests')
@ApiBearerAuth()
@Controller('extension-requests')
@UseGuards(AssignmentAccessGuard)
export class ExtensionRequestsController {
  constructor(private readonly requests: ExtensionRequestsService) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<ExtensionRequest>> {
    return this.requests.list(parseListQuery(query), user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<ExtensionRequest> {
    return this.requests.get(id, user);
  }

  /** 延期申请 by the responsible organization. */
  @Post()
  @AssignmentAccess('work', 'body')
  create(@Body() dto: CreateExtensionRequestDto, @CurrentUser() user: AuthUser): Promise<ExtensionRequest> {
    return this.requests.create(dto, user);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('admin', 'supervisor')
  approve(
    @Param('id', IdPipe) id: string,
    @Body() dto: ApproveExtensionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ExtensionRequest> {
    return this.requests.approve(id, dto, user);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('admin', 'supervisor')
  reject(
    @Param('id', IdPipe) id: string,
    @Body() dto: RejectExtensionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ExtensionRequest> {
    return this.requests.reject(id, dto, user);
  }
}
