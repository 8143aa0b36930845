import { BadRequestException, ConflictException, Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import {
  DEFAULT_JOB_OPTIONS,
  isOpenAssignmentState,
  JobName,
  nextAssignmentState,
  QueueName,
  type AssignmentAction,
  type DeliverNotificationJobData,
} from '@luoshi/common';
import { Assignment, Attachment, Item, Notification, ProgressReport, User } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { lockForUpdate } from '../../core/rest/versioned-update';
import { AuditService } from '../audit-events/audit.service';
import { toReportView, type ReportView } from '../reports/report.view';
import type { AssignmentView } from './assignment.view';
import type { ReasonDto, ReportDto, RequestCompletionDto, UrgeDto } from './assignment-action.dto';
import { actionName, closedMessage, illegalTransitionMessage } from './assignment-conflict.util';
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
    version: a.version,
  };
}

/**
 * The percent of the assignment's newest report, read back under the row lock: the assignment
 * shows what its latest report says, whatever order concurrent requests arrived in.
 */
async function newestReportPercent(m: EntityManager, assignmentId: string): Promise<number> {
  const [row] = await m.query<Array<{ percent: number }>>(
    'SELECT percent FROM progress_reports WHERE assignment_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
    [assignmentId],
  );
  return row?.percent ?? 0;
}

export interface UrgeResult {
  assignmentId: string;
  notified: number;
  notificationIds: string[];
}

const TITLE_MAX = 300;

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
        const found = new Set(files.map((f) => f.id));
        const missing = attachmentIds.filter((f) => !found.has(f));
        throw new BadRequestException(`attachments: ${missing.join(', ')} not uploaded to this assignment or already in another report`);
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
      a.percent = await newestReportPercent(m, id);
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
      if (!isOpenAssignmentState(a.state)) throw new ConflictException(closedMessage(a.state));
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
    if (!next) throw new ConflictException(illegalTransitionMessage(a.state, action));
    return next;
  }
}
