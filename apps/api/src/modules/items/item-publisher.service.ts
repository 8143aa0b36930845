import { Injectable } from '@nestjs/common';
import { AppException } from '../../core/http/app.exception';
import { Assignment, Item, ItemOrganization } from '@luoshi/data';
import { In, type EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AuditService } from '../audit-events/audit.service';

/**
 * 立项 + 交办: turns draft items into published ones with one assignment per planned organization
 * (role, due date and cadence copied). Sections are published without assignments.
 */
@Injectable()
export class ItemPublisher {
  constructor(private readonly audit: AuditService) {}

  /** Publishes the given draft items inside the caller's transaction; returns the assignments made. */
  async publish(manager: EntityManager, items: Item[], actor: AuthUser): Promise<Assignment[]> {
    const drafts = items.filter((i) => i.status === 'draft');
    if (drafts.length === 0) return [];
    const plan = await manager.find(ItemOrganization, { where: { itemId: In(drafts.map((i) => i.id)) }, order: { position: 'ASC' } });
    const unassigned = drafts.filter((i) => i.kind !== 'section' && !plan.some((p) => p.itemId === i.id));
    if (unassigned.length > 0) {
      const titles = unassigned.slice(0, 5).map((i) => `「${i.title}」`).join('、');
      throw new AppException(400, 'item.publish_without_organization', { field: 'organizations', count: unassigned.length, titles });
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
        { actorId: actor.id, action: 'assignment.create', entityType: 'assignment', entityId: a.id, after: { itemId: a.itemId, organizationId: a.organizationId, role: a.role, state: a.state, dueDate: a.dueDate } },
        manager,
      );
    }
    return saved;
  }
}
