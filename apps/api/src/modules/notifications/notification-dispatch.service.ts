import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { DEFAULT_JOB_OPTIONS, JobName, QueueName, type DeliverNotificationJobData, type NotificationKind } from '@luoshi/common';
import { Item, Notification, User } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { In, type EntityManager } from 'typeorm';

export interface EventNotice {
  recipientIds: readonly string[];
  assignmentId: string | null;
  kind: NotificationKind;
  title: string;
  body?: string;
  senderId?: string | null;
  /** What makes the notice unique (an audit event id, a decision id): with the recipient, its dedupe key. */
  eventKey: string;
}

const TITLE_MAX = 300;

/**
 * Event notifications (publish, decisions, requests, 催办): stored in the caller's transaction
 * with the action itself, then handed to delivery after commit with a deterministic job id.
 */
@Injectable()
export class NotificationDispatchService {
  constructor(@InjectQueue(QueueName.Reminders) private readonly queue: Queue<DeliverNotificationJobData>) {}

  /** In the action's transaction: one in-app notification per recipient. */
  async store(m: EntityManager, notice: EventNotice): Promise<Notification[]> {
    const recipients = [...new Set(notice.recipientIds)];
    if (!recipients.length) return [];
    return m.save(
      recipients.map((recipientId) =>
        m.create(Notification, {
          recipientId,
          assignmentId: notice.assignmentId,
          kind: notice.kind,
          channel: 'in_app',
          title: notice.title.slice(0, TITLE_MAX),
          body: notice.body ?? '',
          senderId: notice.senderId ?? null,
          dedupeKey: `${notice.kind}/${notice.eventKey}/${recipientId}/in_app`,
        }),
      ),
    );
  }

  /** After commit, so the worker finds the rows (the reconciler re-sends any left undelivered). */
  async dispatch(notifications: readonly Notification[]): Promise<void> {
    if (!notifications.length) return;
    await this.queue.addBulk(
      notifications.map((n) => ({
        name: JobName.DeliverNotification,
        data: { notificationId: n.id },
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: `deliver/${n.id}` },
      })),
    );
  }

  /** The active users of an organization (org admins and staff): who an event about its work concerns. */
  async organizationUsers(m: EntityManager, organizationIds: readonly string[]): Promise<string[]> {
    if (!organizationIds.length) return [];
    const users = await m.find(User, {
      where: { organizationId: In([...organizationIds]), role: In(['org_admin', 'org_staff']), active: true },
      select: { id: true },
    });
    return users.map((u) => u.id);
  }

  /** The title people know an assignment by: its item's. */
  async itemTitle(m: EntityManager, itemId: string): Promise<string> {
    return (await m.findOne(Item, { where: { id: itemId }, select: { id: true, title: true } }))?.title ?? '';
  }

  /** The active supervisors: who requests (completion, extension) concern. */
  async supervisors(m: EntityManager): Promise<string[]> {
    const users = await m.find(User, { where: { role: 'supervisor', active: true }, select: { id: true } });
    return users.map((u) => u.id);
  }
}
