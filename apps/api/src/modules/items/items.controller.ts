import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { CreateItemDto, MergeItemsDto, ProposeItemDto, SplitItemDto, UndoReviewDto, UpdateItemDto } from './item.dto';
import { ItemProposalService, type ItemProposal } from './item-proposal.service';
import type { ReviewStep } from './review-journal.service';
import { invalidField, requiredUuid } from '../../core/http/app.exception';
import { ItemsService, type ItemView } from './items.service';

@ApiTags('items')
@ApiBearerAuth()
@Controller('items')
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly proposals: ItemProposalService,
  ) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<ItemView>> {
    return this.items.list(parseListQuery(query), user);
  }

  /** 可撤销的审阅操作: the last 20 edits, deletes, merges and splits of a speech's drafts, newest first. */
  @Roles('admin', 'supervisor')
  @Get('review-steps')
  @ApiQuery({ name: 'speechId', type: String, format: 'uuid', required: true })
  reviewSteps(@Query('speechId') speechId: unknown): Promise<ReviewStep[]> {
    return this.items.reviewSteps(requiredUuid('speechId', speechId));
  }

  /** Reads a pasted instruction and proposes the task's fields (title, organizations, due date, cadence). */
  @Roles('admin', 'supervisor')
  @Post('propose')
  @HttpCode(200)
  propose(@Body() dto: ProposeItemDto): Promise<ItemProposal> {
    return this.proposals.propose(dto.text, dto.date);
  }

  /** 撤销: puts the speech's drafts back as they were before its latest review action. */
  @Roles('admin', 'supervisor')
  @Post('undo')
  @HttpCode(200)
  undo(@Body() dto: UndoReviewDto, @CurrentUser() user: AuthUser): Promise<ReviewStep> {
    return this.items.undo(dto.speechId, user);
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
  split(
    @Param('id', IdPipe) id: string,
    @Body() dto: SplitItemDto,
    @CurrentUser() user: AuthUser,
  ): Promise<[ItemView, ItemView]> {
    return this.items.split(id, dto.at, user);
  }

  @Roles('admin', 'supervisor')
  @Put(':id')
  update(
    @Param('id', IdPipe) id: string,
    @Body() dto: UpdateItemDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ItemView> {
    return this.items.update(id, dto, user);
  }

  /** `?keepChildren=true` moves the items below it up one level instead of deleting them too. */
  @Roles('admin', 'supervisor')
  @Delete(':id')
  @ApiQuery({ name: 'keepChildren', enum: ['true', 'false'], required: false })
  remove(
    @Param('id', IdPipe) id: string,
    @Query('keepChildren') keepChildren: unknown,
    @CurrentUser() user: AuthUser,
  ): Promise<ItemView> {
    if (keepChildren !== undefined && keepChildren !== 'true' && keepChildren !== 'false')
      throw invalidField('keepChildren', 'isBoolean');
    return this.items.remove(id, user, keepChildren === 'true');
  }
}
