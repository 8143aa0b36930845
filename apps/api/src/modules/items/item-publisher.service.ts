import { Injectable } from '@nestjs/common';
import { Assignment, Item, ItemOrganization, type Notification } from '@luoshi/data';
import { AppException } from '../../core/http/app.exception';
import { In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AuditService } from '../audit-events/audit.service';
import { NotificationDispatchService } from '../notifications/notification-dispatch.service';

export interface Publication {
  assignments: Assignment[];
  /** The publish notices, stored with the assignments: the caller dispatches them after commit. */
  notifications: Notification[];
}

/**
 * 立项 + 交办: turns draft items into published ones with one assignment per planned organization
 * (role, due date and cadence copied). Sections are published without assignments.
 */
@Injectable()
export class ItemPublisher {
  constructor(
    private readonly audit: AuditService,
    private readonly notices: NotificationDispatchService,
  ) {}

  /** Publishes the given draft items inside the caller's transaction; returns the assignments made and their notices. */
  async publish(manager: EntityManager, items: Item[], actor: AuthUser): Promise<Publication> {
    const drafts = items.filter((i) => i.status === 'draft');
    if (drafts.length === 0) return { assignments: [], notifications: [] };
    const plan = await manager.find(ItemOrganization, {
      where: { itemId: In(drafts.map((i) => i.id)) },
      order: { position: 'ASC' },
    });
    const unassigned = drafts.filter((i) => i.kind !== 'section' && !plan.some((p) => p.itemId === i.id));
    if (unassigned.length > 0) {
      const titles = unassigned
        .slice(0, 5)
        .map((i) => `「${i.title}」`)
        .join('、');
      throw new AppException(400, 'item.publish_without_organization', {
        field: 'organizations',
        count: unassigned.length,
        titles,
      });
    }
    const assignments = plan
      .map((p) => {
        const item = drafts.find((i) => i.id === p.itemId) as Item;
        if (item.kind === 'section') return null;
        return manager.create(Assignment, {
          itemId: item.id,
          organizationId: p.organizationId,
          role: p.role,
          state: 'assigned',
          dueDate: item.dueDate,
          cadence: item.cadence,
          percent: 0,
          assignedById: actor.id,
        });
      })
      .filter((a): a is Assignment => a !== null);
    const saved = assignments.length ? await manager.save(assignments, { chunk: 200 }) : [];
    await manager.update(Item, { id: In(drafts.map((i) => i.id)) }, { status: 'published' });
    for (const a of saved) {
      await this.audit.record(
        {
          actorId: actor.id,
          action: 'assignment.create',
          entityType: 'assignment',
          entityId: a.id,
          after: {
            itemId: a.itemId,
            organizationId: a.organizationId,
            role: a.role,
            state: a.state,
            dueDate: a.dueDate,
          },
        },
        manager,
      );
    }
    // The new assignment is announced to the organization; its reminders are planned by the worker.
    const notifications: Notification[] = [];
    const titles = new Map(drafts.map((d) => [d.id, d.title]));
    for (const a of saved) {
      notifications.push(
        ...(await this.notices.store(manager, {
          recipientIds: await this.notices.organizationUsers(manager, [a.organizationId]),
          assignmentId: a.id,
          kind: 'assigned',
          title: `新交办：${titles.get(a.itemId) ?? ''}`,
          body: a.dueDate ? `截止日期 ${a.dueDate}。` : '',
          senderId: actor.id,
          eventKey: `assignment/${a.id}`,
        })),
      );
    }
    return { assignments: saved, notifications };
  }

  /** After commit: hand the publish notices to delivery. */
  announce(publication: Publication): Promise<void> {
    return this.notices.dispatch(publication.notifications);
  }
}
