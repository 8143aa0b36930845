import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import {
  DEFAULT_JOB_OPTIONS,
  isOpenAssignmentState,
  JobName,
  stateParams,
  nextAssignmentState,
  QueueName,
  type AssignmentAction,
  type DeliverNotificationJobData,
} from '@luoshi/common';
import { Assignment, Attachment, Item, Notification, Organization, ProgressReport, User } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import { toReportView, type ReportView } from '../reports/report.view';
import type { AssignmentView } from './assignment.view';
import type { CompleteWithLeadDto, HandlerDto, ReasonDto, ReportDto, RequestCompletionDto, UrgeDto } from './assignment-action.dto';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { actionName, closedAssignment, illegalTransition } from './assignment-conflict.util';
import { AppException } from '../../core/http/app.exception';
import { AssignmentsService } from './assignments.service';

/** The fields of an assignment the audit trail keeps before and after an action. */
function snapshot(a: Assignment): Record<string, unknown> {
  return {
    state: a.state,
    percent: a.percent,
    dueDate: a.dueDate,
    signedAt: a.signedAt,
    completedAt: a.completedAt,
    completionSummary: a.completionSummary,
    returnReason: a.returnReason,
    cancelReason: a.cancelReason,
    handlerId: a.handlerId,
    version: a.version,
  };
}

export interface UrgeResult {
  assignmentId: string;
  notified: number;
  notificationIds: string[];
}

const TITLE_MAX = 300;

export interface HandlerCandidate {
  id: string;
  displayName: string;
  organizationId: string;
  organizationName: string;
}

/**
 * The assignment lifecycle as the API applies it: every action runs in one transaction under a
 * row lock on the assignment, checks the optional `version`, asks the shared state machine whether
 * the action is legal now, and writes its audit event in the same transaction. Two concurrent
 * actions are therefore serialized: the second sees the first's result (and is refused if illegal).
 */
@Injectable()
export class AssignmentWorkflowService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly assignments: AssignmentsService,
    private readonly scope: OrganizationScopeService,
    @InjectQueue(QueueName.Reminders) private readonly reminders: Queue<DeliverNotificationJobData>,
  ) {}

  sign(id: string, version: number | undefined, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'sign', version, user, (a) => {
      a.signedAt = new Date();
    });
  }

  requestCompletion(id: string, dto: RequestCompletionDto, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'request_completion', dto.version, user, (a) => {
      a.completionSummary = dto.summary ?? '';
    });
  }

  approve(id: string, version: number | undefined, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'approve', version, user, (a) => {
      a.completedAt = new Date();
    });
  }

  return(id: string, dto: ReasonDto, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'return', dto.version, user, (a) => {
      a.returnReason = dto.reason;
    });
  }

  cancel(id: string, dto: ReasonDto, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'cancel', dto.version, user, (a) => {
      a.cancelReason = dto.reason;
    });
  }

  /**
   * 随牵头单位办结: a support organization's open assignment closes because the lead's was approved.
   * The lead's assignment (same item, role lead) must be completed; its id and organization go
   * into the audit event.
   */
  async completeWithLead(id: string, dto: CompleteWithLeadDto, user: AuthUser): Promise<AssignmentView> {
    await this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, id, dto.version, 'assignment');
      const next = this.nextOrConflict(a, 'complete_with_lead');
      if (a.role === 'lead') throw new AppException(409, 'assignment.is_lead');
      const lead = await m.findOne(Assignment, { where: { itemId: a.itemId, role: 'lead' }, order: { createdAt: 'ASC' } });
      if (!lead) throw new AppException(409, 'assignment.no_lead');
      const leadOrganization = await m.findOneBy(Organization, { id: lead.organizationId });
      if (lead.state !== 'completed') {
        throw new AppException(409, 'assignment.lead_not_completed', { lead: leadOrganization?.name ?? '', ...stateParams(lead.state) });
      }
      const before = snapshot(a);
      a.state = next;
      a.completedAt = new Date();
      a.completionSummary = dto.summary ?? null;
      const saved = await m.save(a);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'assignment.complete-with-lead',
          entityType: 'assignment',
          entityId: id,
          before,
          after: { ...snapshot(saved), leadAssignmentId: lead.id, leadOrganizationId: lead.organizationId, leadOrganization: leadOrganization?.name ?? null },
        },
        m,
      );
    });
    return this.assignments.get(id, user);
  }

  /**
   * 分派: the org admin hands the assignment to a user of its organization or of one below it
   * (null hands it back to the whole organization). Another organization's user is refused.
   */
  async setHandler(id: string, dto: HandlerDto, user: AuthUser): Promise<AssignmentView> {
    await this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, id, dto.version, 'assignment');
      if (!isOpenAssignmentState(a.state)) throw closedAssignment(a.state);
      const handler = dto.handlerId ? await m.findOne(User, { where: { id: dto.handlerId }, relations: { organization: true } }) : null;
      if (dto.handlerId) {
        if (!handler || !handler.active) throw new AppException(400, 'assignment.handler_unknown', { field: 'handlerId' });
        const allowed = await this.scope.subtree(a.organizationId);
        if (!handler.organizationId || !allowed.includes(handler.organizationId) || !['org_admin', 'org_staff'].includes(handler.role)) {
          const own = await m.findOneBy(Organization, { id: a.organizationId });
          throw new AppException(400, 'assignment.handler_invalid', {
            field: 'handlerId',
            organization: own?.name ?? '',
            handler: handler.displayName,
            handlerOrganization: handler.organization?.name ?? '—',
          });
        }
      }
      const previous = a.handlerId ? await m.findOneBy(User, { id: a.handlerId }) : null;
      const before = { handlerId: a.handlerId, handlerName: previous?.displayName ?? null, version: a.version };
      a.handlerId = handler?.id ?? null;
      const saved = await m.save(a);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'assignment.hand-over',
          entityType: 'assignment',
          entityId: id,
          before,
          after: { handlerId: saved.handlerId, handlerName: handler?.displayName ?? null, version: saved.version },
        },
        m,
      );
    });
    return this.assignments.get(id, user);
  }

  /** Who the org admin may hand the assignment to: active users of its organization and those below. */
  async handlerCandidates(id: string): Promise<HandlerCandidate[]> {
    const a = await this.dataSource.getRepository(Assignment).findOneByOrFail({ id });
    const organizations = await this.scope.subtree(a.organizationId);
    const users = await this.dataSource.getRepository(User).find({
      where: { organizationId: In(organizations), role: In(['org_admin', 'org_staff']), active: true },
      relations: { organization: true },
      order: { displayName: 'ASC' },
    });
    return users.map((u) => ({ id: u.id, displayName: u.displayName, organizationId: u.organizationId as string, organizationName: u.organization?.name ?? '' }));
  }

  /**
   * Appends a progress report. The row lock serializes reports on one assignment (the first one
   * moves it signed → in_progress exactly once) but never refuses one: a `version` is not checked.
   */
  async report(id: string, dto: ReportDto, user: AuthUser): Promise<ReportView> {
    return this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, id, undefined, 'assignment');
      const next = this.nextOrConflict(a, 'report');
      const attachmentIds = [...new Set(dto.attachments ?? [])];
      const files = attachmentIds.length
        ? await m.find(Attachment, { where: { id: In(attachmentIds), assignmentId: id, reportId: IsNull() } })
        : [];
      if (files.length !== attachmentIds.length) {
        throw new AppException(400, 'assignment.attachments_invalid', { field: 'attachments', count: attachmentIds.length - files.length });
      }
      const report = await m.save(
        m.create(ProgressReport, {
          assignmentId: id,
          authorId: user.id,
          done: dto.done,
          nextSteps: dto.nextSteps ?? '',
          problems: dto.problems ?? '',
          helpNeeded: dto.helpNeeded ?? '',
          percent: dto.percent,
        }),
      );
      if (files.length) await m.update(Attachment, { id: In(attachmentIds) }, { reportId: report.id });
      for (const f of files) f.reportId = report.id;
      const before = snapshot(a);
      a.state = next;
      a.percent = dto.percent;
      const saved = await m.save(a);
      const view = toReportView(report, files);
      await this.audit.record(
        { actorId: user.id, action: 'assignment.report', entityType: 'assignment', entityId: id, before, after: { ...snapshot(saved), report: { ...view } } },
        m,
      );
      return view;
    });
  }

  /**
   * 催办: one in-app notification per user of the organization, stored with the audit event in
   * one transaction, then one delivery job each. The dedupe key and the job id derive from the urge
   * (its audit event) and the recipient, so a retried delivery never sends twice.
   */
  async urge(id: string, dto: UrgeDto, user: AuthUser): Promise<UrgeResult> {
    const notifications = await this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, id, dto.version, 'assignment');
      if (!isOpenAssignmentState(a.state)) throw closedAssignment(a.state);
      const item = await m.findOneBy(Item, { id: a.itemId });
      const recipients = await m.find(User, {
        where: { organizationId: a.organizationId, role: In(['org_admin', 'org_staff']), active: true },
        select: { id: true },
      });
      const event = await this.audit.record(
        {
          actorId: user.id,
          action: 'assignment.urge',
          entityType: 'assignment',
          entityId: id,
          after: { message: dto.message ?? '', recipients: recipients.map((r) => r.id) },
        },
        m,
      );
      const title = `催办：${item?.title ?? ''}`.slice(0, TITLE_MAX);
      return this.storeNotifications(m, recipients.map((r) => ({
        recipientId: r.id,
        assignmentId: id,
        kind: 'urge' as const,
        channel: 'in_app' as const,
        title,
        body: dto.message ?? '',
        senderId: user.id,
        dedupeKey: `urge/${event.id}/${r.id}/in_app`,
      })));
    });
    // Enqueued after commit so the worker finds the rows; the database stays the source of truth.
    await this.reminders.addBulk(
      notifications.map((n) => ({
        name: JobName.DeliverNotification,
        data: { notificationId: n.id },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: `deliver/${n.id}` },
      })),
    );
    return { assignmentId: id, notified: notifications.length, notificationIds: notifications.map((n) => n.id) };
  }

  private storeNotifications(m: EntityManager, rows: Array<Partial<Notification>>): Promise<Notification[]> {
    return rows.length ? m.save(rows.map((r) => m.create(Notification, r))) : Promise.resolve([]);
  }

  private async transition(
    id: string,
    action: AssignmentAction,
    version: number | undefined,
    user: AuthUser,
    apply: (a: Assignment) => void,
  ): Promise<AssignmentView> {
    await this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, id, version, 'assignment');
      const next = this.nextOrConflict(a, action);
      const before = snapshot(a);
      a.state = next;
      apply(a);
      const saved = await m.save(a);
      await this.audit.record(
        { actorId: user.id, action: `assignment.${actionName(action)}`, entityType: 'assignment', entityId: id, before, after: snapshot(saved) },
        m,
      );
    });
    return this.assignments.get(id, user);
  }

  private nextOrConflict(a: Assignment, action: AssignmentAction) {
    const next = nextAssignmentState(a.state, action);
    if (!next) throw illegalTransition(a.state, action);
    return next;
  }
}
