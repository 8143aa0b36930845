import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isOpenAssignmentState, nextAssignmentState, stateParams, type AssignmentAction } from '@luoshi/common';
import { Assignment, Attachment, Organization, ProgressReport, User, type Notification } from '@luoshi/data';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService, type AuditInsert } from '../audit-events/audit.service';
import { NotificationDispatchService, type EventNotice } from '../notifications/notification-dispatch.service';
import { ReminderPlanningService } from '../reminders/reminder-planning.service';
import { toReportView, type ReportView } from '../reports/report.view';
import type { AssignmentView } from './assignment.view';
import type {
  CompleteWithLeadDto,
  HandlerDto,
  ReasonDto,
  ReportDto,
  RequestCompletionDto,
  UrgeDto,
} from './assignment-action.dto';
import { OrganizationScopeService } from '../../core/auth/organization-scope.service';
import { actionName, closedAssignment, illegalTransition } from './assignment-conflict.util';
import { AppException } from '../../core/http/app.exception';
import { AssignmentsService } from './assignments.service';
import { ClockService } from '../../core/time/clock.service';

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
    cancelledAt: a.cancelledAt,
    handlerId: a.handlerId,
    version: a.version,
  };
}

/**
 * The report, its change to the assignment and its audit event in one statement, without
 * TypeORM's persistence machinery or its reload before a save: the report inserted (its time
 * returned), and the assignment's new state, the percent of its newest report (the one inserted
 * here among those before it, read under the row lock: the assignment shows what its latest report
 * says, whatever order concurrent requests arrived in), and the version and update time as save()
 * would bump them; the event's `after` gets the percent, the version and the report's time from
 * there (as JSON.stringify writes a Date: ISO, milliseconds truncated, as pg reads them).
 */
async function insertReportAndApply(
  m: EntityManager,
  r: ProgressReport,
  a: Assignment,
  event: (first: number, afterSql: (base: string) => string) => AuditInsert,
  clock: ClockService,
): Promise<ProgressReport> {
  const audit = event(
    11,
    (base) => `(SELECT ${base} || jsonb_build_object('percent', u.percent, 'version', u.version,
        'report', (${base} -> 'report') || jsonb_build_object('createdAt', to_char(i.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
      FROM updated u, inserted i)`,
  );
  const rows = await m.query<Array<{ percent: number; version: number; updatedAt: Date; reportCreatedAt: Date }>>(
    `WITH inserted AS (
       INSERT INTO progress_reports (id, assignment_id, author_id, done, next_steps, problems, help_needed, percent, created_at)
       VALUES ($10, $1, $2, $3, $4, $5, $6, $7, ${ClockService.stampSql(8)}) RETURNING id, created_at, percent
     ), newest AS (
       SELECT n.percent FROM (
         (SELECT i.percent, i.created_at, i.id FROM inserted i)
         UNION ALL
         (SELECT p.percent, p.created_at, p.id FROM progress_reports p WHERE p.assignment_id = $1 ORDER BY p.created_at DESC NULLS LAST, p.id DESC LIMIT 1)
       ) n ORDER BY n.created_at DESC NULLS LAST, n.id DESC LIMIT 1
     ), updated AS (
       UPDATE assignments
          SET state = $9, percent = COALESCE((SELECT percent FROM newest), 0), version = version + 1, updated_at = CURRENT_TIMESTAMP
        WHERE id = $1
        RETURNING percent, version, updated_at
     ), event AS (
       ${audit.sql}
     )
     SELECT u.percent, u.version, u.updated_at AS "updatedAt", i.created_at AS "reportCreatedAt" FROM updated u, inserted i`,
    [r.assignmentId, r.authorId, r.done, r.nextSteps, r.problems, r.helpNeeded, r.percent, clock.offsetMs(), a.state, r.id, ...audit.params],
  );
  const row = rows[0];
  if (!row) throw new Error(`assignments: UPDATE of locked ${a.id} returned no row`);
  Object.assign(a, { percent: row.percent, version: row.version, updatedAt: row.updatedAt });
  return Object.assign(r, { createdAt: row.reportCreatedAt });
}

export interface UrgeResult {
  assignmentId: string;
  notified: number;
  notificationIds: string[];
}

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
    private readonly notices: NotificationDispatchService,
    private readonly planning: ReminderPlanningService,
    private readonly scope: OrganizationScopeService,
    private readonly clock: ClockService,
  ) {}

  sign(id: string, version: number | undefined, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'sign', version, user, (a) => {
      a.signedAt = this.clock.now();
    });
  }

  /** 申请办结 concerns the supervisors, who decide it. */
  requestCompletion(id: string, dto: RequestCompletionDto, user: AuthUser): Promise<AssignmentView> {
    return this.transition(
      id,
      'request_completion',
      dto.version,
      user,
      (a) => {
        a.completionSummary = dto.summary ?? '';
      },
      async (m, a, eventId) => ({
        recipientIds: await this.notices.supervisors(m),
        assignmentId: a.id,
        kind: 'request',
        title: `申请办结：${await this.notices.itemTitle(m, a.itemId)}`,
        body: dto.summary ?? '',
        senderId: user.id,
        eventKey: eventId,
      }),
    );
  }

  /** 办结: the organization hears the decision; its pending reminders are removed. */
  approve(id: string, version: number | undefined, user: AuthUser): Promise<AssignmentView> {
    return this.transition(
      id,
      'approve',
      version,
      user,
      (a) => {
        a.completedAt = this.clock.now();
      },
      (m, a, eventId) => this.decisionNotice(m, a, eventId, user, '审核通过，已办结', ''),
    );
  }

  return(id: string, dto: ReasonDto, user: AuthUser): Promise<AssignmentView> {
    return this.transition(
      id,
      'return',
      dto.version,
      user,
      (a) => {
        a.returnReason = dto.reason;
      },
      (m, a, eventId) => this.decisionNotice(m, a, eventId, user, '已退回', dto.reason),
    );
  }

  /** 撤销: its pending reminders are removed. */
  cancel(id: string, dto: ReasonDto, user: AuthUser): Promise<AssignmentView> {
    return this.transition(id, 'cancel', dto.version, user, (a) => {
      a.cancelReason = dto.reason;
      a.cancelledAt = this.clock.now();
    });
  }

  private async decisionNotice(
    m: EntityManager,
    a: Assignment,
    eventId: string,
    user: AuthUser,
    verdict: string,
    body: string,
  ): Promise<EventNotice> {
    return {
      recipientIds: await this.notices.organizationUsers(m, [a.organizationId]),
      assignmentId: a.id,
      kind: 'review_decision',
      title: `${verdict}：${await this.notices.itemTitle(m, a.itemId)}`,
      body,
      senderId: user.id,
      eventKey: eventId,
    };
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
      const lead = await m.findOne(Assignment, {
        where: { itemId: a.itemId, role: 'lead' },
        order: { createdAt: 'ASC' },
      });
      if (!lead) throw new AppException(409, 'assignment.no_lead');
      const leadOrganization = await m.findOneBy(Organization, { id: lead.organizationId });
      if (lead.state !== 'completed') {
        throw new AppException(409, 'assignment.lead_not_completed', {
          lead: leadOrganization?.name ?? '',
          ...stateParams(lead.state),
        });
      }
      const before = snapshot(a);
      a.state = next;
      a.completedAt = this.clock.now();
      a.completionSummary = dto.summary ?? null;
      const saved = await m.save(a);
      await this.audit.record(
        {
          actorId: user.id,
          action: 'assignment.complete-with-lead',
          entityType: 'assignment',
          entityId: id,
          before,
          after: {
            ...snapshot(saved),
            leadAssignmentId: lead.id,
            leadOrganizationId: lead.organizationId,
            leadOrganization: leadOrganization?.name ?? null,
          },
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
      const handler = dto.handlerId
        ? await m.findOne(User, { where: { id: dto.handlerId }, relations: { organization: true } })
        : null;
      if (dto.handlerId) {
        if (!handler || !handler.active)
          throw new AppException(400, 'assignment.handler_unknown', { field: 'handlerId' });
        const allowed = await this.scope.subtree(a.organizationId);
        if (
          !handler.organizationId ||
          !allowed.includes(handler.organizationId) ||
          !['org_admin', 'org_staff'].includes(handler.role)
        ) {
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
    return users.map((u) => ({
      id: u.id,
      displayName: u.displayName,
      organizationId: u.organizationId as string,
      organizationName: u.organization?.name ?? '',
    }));
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
        throw new AppException(400, 'assignment.attachments_invalid', {
          field: 'attachments',
          count: attachmentIds.length - files.length,
        });
      }
      const before = snapshot(a);
      a.state = next;
      // Its id chosen here (as the column's default would, a random v4): the files' views and the audit event name it.
      const report = m.create(ProgressReport, {
        id: randomUUID(),
        assignmentId: id,
        authorId: user.id,
        done: dto.done,
        nextSteps: dto.nextSteps ?? '',
        problems: dto.problems ?? '',
        helpNeeded: dto.helpNeeded ?? '',
        percent: dto.percent,
      });
      for (const f of files) f.reportId = report.id;
      await insertReportAndApply(
        m,
        report,
        a,
        (first, afterSql) =>
          this.audit.insertFrom(
            {
              actorId: user.id,
              action: 'assignment.report',
              entityType: 'assignment',
              entityId: id,
              before,
              // The percent, the version and the report's time are the statement's.
              after: { ...snapshot(a), report: { ...toReportView(report, files) } },
            },
            first,
            afterSql,
          ),
        this.clock,
      );
      if (files.length) await m.update(Attachment, { id: In(attachmentIds) }, { reportId: report.id });
      const view = toReportView(report, files);
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
      const recipients = await this.notices.organizationUsers(m, [a.organizationId]);
      const event = await this.audit.record(
        {
          actorId: user.id,
          action: 'assignment.urge',
          entityType: 'assignment',
          entityId: id,
          after: { message: dto.message ?? '', recipients },
        },
        m,
      );
      return this.notices.store(m, {
        recipientIds: recipients,
        assignmentId: id,
        kind: 'urge',
        title: `催办：${await this.notices.itemTitle(m, a.itemId)}`,
        body: dto.message ?? '',
        senderId: user.id,
        eventKey: event.id,
      });
    });
    // Enqueued after commit so the worker finds the rows; the database stays the source of truth.
    await this.notices.dispatch(notifications);
    return { assignmentId: id, notified: notifications.length, notificationIds: notifications.map((n) => n.id) };
  }

  /**
   * One lifecycle action. Its event notice (if any) is stored in the same transaction; an action
   * that closes the assignment marks its reminders for re-planning there too, and after commit
   * the worker drops its queued reminder jobs.
   */
  private async transition(
    id: string,
    action: AssignmentAction,
    version: number | undefined,
    user: AuthUser,
    apply: (a: Assignment) => void,
    notice?: (m: EntityManager, a: Assignment, eventId: string) => Promise<EventNotice>,
  ): Promise<AssignmentView> {
    const { notifications, closed } = await this.dataSource.transaction(async (m) => {
      const a = await lockForUpdate(m, Assignment, id, version, 'assignment');
      const next = this.nextOrConflict(a, action);
      const before = snapshot(a);
      a.state = next;
      apply(a);
      const saved = await m.save(a);
      const event = await this.audit.record(
        {
          actorId: user.id,
          action: `assignment.${actionName(action)}`,
          entityType: 'assignment',
          entityId: id,
          before,
          after: snapshot(saved),
        },
        m,
      );
      const closed = !isOpenAssignmentState(saved.state);
      if (closed) await this.planning.mark(m, { assignmentIds: [id] });
      const notifications: Notification[] = notice ? await this.notices.store(m, await notice(m, saved, event.id)) : [];
      return { notifications, closed };
    });
    if (closed) await this.planning.replanNow([id]);
    await this.notices.dispatch(notifications);
    return this.assignments.get(id, user);
  }

  private nextOrConflict(a: Assignment, action: AssignmentAction) {
    const next = nextAssignmentState(a.state, action);
    if (!next) throw illegalTransition(a.state, action);
    return next;
  }
}
