import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EXTENSION_REQUEST_STATES, isOpenAssignmentState, stateParams } from '@luoshi/common';
import { Assignment, ExtensionRequest, type Notification } from '@luoshi/data';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { findPage } from '../../core/rest/apply-list-query';
import { byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import { Page } from '../../core/rest/page';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { ClockService } from '../../core/time/clock.service';
import { AuditService } from '../audit-events/audit.service';
import { NotificationDispatchService } from '../notifications/notification-dispatch.service';
import { ReminderPlanningService } from '../reminders/reminder-planning.service';
import { AppException } from '../../core/http/app.exception';
import type { ApproveExtensionDto, CreateExtensionRequestDto, RejectExtensionDto } from './extension-request.dto';

function snapshot(r: ExtensionRequest): Record<string, unknown> {
  return { ...r };
}

/**
 * 延期申请: asked by the responsible organization while the assignment is open and before its due
 * date (a calendar date in the deployment's zone); decided by a supervisor. Approval moves the
 * assignment's due date in the same transaction.
 */
@Injectable()
export class ExtensionRequestsService {
  constructor(
    @InjectRepository(ExtensionRequest) private readonly requests: Repository<ExtensionRequest>,
    private readonly dataSource: DataSource,
    private readonly scope: OrganizationScopeService,
    private readonly clock: ClockService,
    private readonly audit: AuditService,
    private readonly notices: NotificationDispatchService,
    private readonly planning: ReminderPlanningService,
  ) {}

  async list(query: ListQuery, user: AuthUser): Promise<Page<ExtensionRequest>> {
    const qb = this.requests.createQueryBuilder('x').innerJoin(Assignment, 'a', 'a.id = x.assignmentId');
    this.scope.restrictToVisibleAssignments(qb, user);
    return findPage(qb, query, {
      sortable: { createdAt: 'x.createdAt', updatedAt: 'x.updatedAt', state: 'x.state', newDueDate: 'x.newDueDate' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: ['x.reason'],
      filters: {
        id: byUuid('x.id'),
        assignmentId: byUuid('x.assignmentId'),
        state: byEnum(EXTENSION_REQUEST_STATES, 'x.state'),
      },
    });
  }

  async get(id: string, user: AuthUser): Promise<ExtensionRequest> {
    const request = await this.requests.findOneBy({ id });
    if (!request || !(await this.scope.canSeeAssignmentId(user, request.assignmentId)))
      throw new AppException(404, 'extension.not_found');
    return request;
  }

  /**
   * The caller's access to the assignment was checked by the guard, and the date by the DTO
   * (@IsCalendarDate); here only the rules of the request.
   */
  async create(dto: CreateExtensionRequestDto, user: AuthUser): Promise<ExtensionRequest> {
    const { request, notices } = await this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, dto.assignmentId, undefined, 'assignment');
      this.assertOpen(a);
      if (!a.dueDate) throw new AppException(409, 'extension.no_due_date');
      const today = this.clock.today();
      if (today >= a.dueDate) {
        throw new AppException(409, 'extension.too_late', { dueDate: a.dueDate, today });
      }
      if (dto.newDueDate <= a.dueDate) {
        throw new AppException(400, 'extension.not_later', { field: 'newDueDate', dueDate: a.dueDate });
      }
      // The assignment row is locked, so this check and the insert cannot race (a partial unique index backs it).
      const pending = await m.findOneBy(ExtensionRequest, { assignmentId: a.id, state: 'pending' });
      if (pending) {
        throw new AppException(409, 'extension.pending', {
          requestedOn: this.clock.dateOf(pending.createdAt),
          newDueDate: pending.newDueDate,
        });
      }
      const request = await m.save(
        m.create(ExtensionRequest, {
          assignmentId: a.id,
          requestedById: user.id,
          currentDueDate: a.dueDate,
          newDueDate: dto.newDueDate,
          reason: dto.reason,
        }),
      );
      await this.audit.record(
        {
          actorId: user.id,
          action: 'extension_request.create',
          entityType: 'extension_request',
          entityId: request.id,
          after: snapshot(request),
        },
        m,
      );
      const title = await this.notices.itemTitle(m, a.itemId);
      const notices = await this.notices.store(m, {
        recipientIds: await this.notices.supervisors(m),
        assignmentId: a.id,
        kind: 'request',
        title: `延期申请：${title}`,
        body: `申请将截止日期由 ${a.dueDate} 延至 ${dto.newDueDate}。理由：${dto.reason}`,
        senderId: user.id,
        eventKey: `extension/${request.id}`,
      });
      return { request, notices };
    });
    await this.notices.dispatch(notices);
    return request;
  }

  approve(id: string, dto: ApproveExtensionDto, user: AuthUser): Promise<ExtensionRequest> {
    return this.decide(id, 'approved', dto.version, dto.reason ?? null, user, async (m, request, a) => {
      const before = { dueDate: a.dueDate, version: a.version };
      a.dueDate = request.newDueDate;
      const saved = await m.save(a);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'assignment.extend',
          entityType: 'assignment',
          entityId: a.id,
          before,
          after: { dueDate: saved.dueDate, version: saved.version, extensionRequestId: request.id },
        },
        m,
      );
    });
  }

  reject(id: string, dto: RejectExtensionDto, user: AuthUser): Promise<ExtensionRequest> {
    return this.decide(id, 'rejected', dto.version, dto.reason, user, async () => undefined);
  }

  private async decide(
    id: string,
    state: 'approved' | 'rejected',
    version: number | undefined,
    reason: string | null,
    user: AuthUser,
    effect: (m: EntityManager, request: ExtensionRequest, assignment: Assignment) => Promise<void>,
  ): Promise<ExtensionRequest> {
    const { saved, notices, moved } = await this.dataSource.transaction(async (m) => {
      const request = await lockForUpdate(m, ExtensionRequest, id, version, 'extension request');
      if (request.state !== 'pending') {
        const decided =
          request.state === 'approved'
            ? { state: 'approved', stateZh: '批准' }
            : { state: 'rejected', stateZh: '驳回' };
        throw new AppException(409, 'extension.already_decided', decided);
      }
      const a = await lockForUpdate(m, Assignment, request.assignmentId, undefined, 'assignment');
      if (state === 'approved') this.assertOpen(a);
      const before = snapshot(request);
      request.state = state;
      request.decidedById = user.id;
      request.decidedAt = this.clock.now();
      request.decisionReason = reason;
      const saved = await m.save(request);
      await effect(m, saved, a);
      await this.audit.record(
        {
          actorId: user.id,
          action: `extension_request.${state === 'approved' ? 'approve' : 'reject'}`,
          entityType: 'extension_request',
          entityId: id,
          before,
          after: snapshot(saved),
        },
        m,
      );
      // An approved extension moves every pending reminder: re-planned from the new due date.
      const moved = state === 'approved' ? await this.planning.mark(m, { assignmentIds: [a.id] }) : [];
      const title = await this.notices.itemTitle(m, a.itemId);
      const notices: Notification[] = await this.notices.store(m, {
        recipientIds: await this.notices.organizationUsers(m, [a.organizationId]),
        assignmentId: a.id,
        kind: 'extension_decision',
        title: `${state === 'approved' ? '延期已批准' : '延期未批准'}：${title}`,
        body:
          state === 'approved'
            ? `截止日期改为 ${saved.newDueDate}。${reason ?? ''}`
            : `截止日期仍为 ${saved.currentDueDate}。${reason ?? ''}`,
        senderId: user.id,
        eventKey: `extension/${id}`,
      });
      return { saved, notices, moved };
    });
    await this.planning.replanNow(moved);
    await this.notices.dispatch(notices);
    return saved;
  }

  private assertOpen(a: Assignment): void {
    if (!isOpenAssignmentState(a.state)) {
      throw new AppException(409, 'extension.assignment_closed', stateParams(a.state));
    }
  }
}
