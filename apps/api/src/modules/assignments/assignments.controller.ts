import { Body, Controller, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuditEvent } from '@luoshi/data';
import type { AuthUser } from '../../core/auth/auth-user';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { IdPipe } from '../../core/http/id.pipe';
import { parseListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import type { ReportView } from '../reports/report.view';
import {
  AssignmentActionDto,
  CompleteWithLeadDto,
  HandlerDto,
  ReasonDto,
  ReportDto,
  RequestCompletionDto,
  UrgeDto,
} from './assignment-action.dto';
import { AssignmentAccess, AssignmentAccessGuard } from './assignment-access.guard';
import type { AssignmentView } from './assignment.view';
import { AssignmentWorkflowService, type HandlerCandidate, type UrgeResult } from './assignment-workflow.service';
import { AssignmentsService } from './assignments.service';

/**
 * Organization users see their own organization's assignments and those of its sub-organizations.
 * Actions check who may act on the assignment in a guard, before the body is validated.
 */
@ApiTags('assignments')
@ApiBearerAuth()
@Controller('assignments')
@UseGuards(AssignmentAccessGuard)
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly workflow: AssignmentWorkflowService,
  ) {}

  @Get()
  list(@Query() query: Record<string, unknown>, @CurrentUser() user: AuthUser): Promise<Page<AssignmentView>> {
    return this.assignments.list(parseListQuery(query), user);
  }

  @Get(':id')
  show(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<AssignmentView> {
    return this.assignments.get(id, user);
  }

  /** 办理记录: this assignment's audit trail, for everyone who may see the assignment. */
  @Get(':id/history')
  history(@Param('id', IdPipe) id: string, @CurrentUser() user: AuthUser): Promise<AuditEvent[]> {
    return this.assignments.history(id, user);
  }

  /** 签收 */
  @Post(':id/sign')
  @HttpCode(200)
  @AssignmentAccess('work')
  sign(
    @Param('id', IdPipe) id: string,
    @Body() dto: AssignmentActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.sign(id, dto.version, user);
  }

  /** 进展反馈: creates a report (201); the first one starts the work. */
  @Post(':id/report')
  @AssignmentAccess('work')
  report(@Param('id', IdPipe) id: string, @Body() dto: ReportDto, @CurrentUser() user: AuthUser): Promise<ReportView> {
    return this.workflow.report(id, dto, user);
  }

  /** 申请办结, at any percentage: the supervisor judges. */
  @Post(':id/request-completion')
  @HttpCode(200)
  @AssignmentAccess('work')
  requestCompletion(
    @Param('id', IdPipe) id: string,
    @Body() dto: RequestCompletionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.requestCompletion(id, dto, user);
  }

  /** 办结 */
  @Post(':id/approve')
  @HttpCode(200)
  @AssignmentAccess('supervise')
  approve(
    @Param('id', IdPipe) id: string,
    @Body() dto: AssignmentActionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.approve(id, dto.version, user);
  }

  /** 退回 */
  @Post(':id/return')
  @HttpCode(200)
  @AssignmentAccess('supervise')
  return(
    @Param('id', IdPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.return(id, dto, user);
  }

  /** 撤销 */
  @Post(':id/cancel')
  @HttpCode(200)
  @AssignmentAccess('supervise')
  cancel(
    @Param('id', IdPipe) id: string,
    @Body() dto: ReasonDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.cancel(id, dto, user);
  }

  /** 随牵头单位办结: closes a support organization's open assignment once the lead's is completed. */
  @Post(':id/complete-with-lead')
  @HttpCode(200)
  @AssignmentAccess('supervise')
  completeWithLead(
    @Param('id', IdPipe) id: string,
    @Body() dto: CompleteWithLeadDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.completeWithLead(id, dto, user);
  }

  /** Whom the org admin may choose as the handler: users of the organization and of those below it. */
  @Get(':id/handler-candidates')
  @AssignmentAccess('hand_over')
  handlerCandidates(@Param('id', IdPipe) id: string): Promise<HandlerCandidate[]> {
    return this.workflow.handlerCandidates(id);
  }

  /** 分派 / 指定经办人: the org admin hands the assignment to a member of staff (or back, with null). */
  @Post(':id/handler')
  @HttpCode(200)
  @AssignmentAccess('hand_over')
  setHandler(
    @Param('id', IdPipe) id: string,
    @Body() dto: HandlerDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AssignmentView> {
    return this.workflow.setHandler(id, dto, user);
  }

  /** 催办 by hand: notifies the organization's users. */
  @Post(':id/urge')
  @HttpCode(200)
  @AssignmentAccess('supervise')
  urge(@Param('id', IdPipe) id: string, @Body() dto: UrgeDto, @CurrentUser() user: AuthUser): Promise<UrgeResult> {
    return this.workflow.urge(id, dto, user);
  }
}
