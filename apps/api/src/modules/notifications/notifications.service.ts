import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NOTIFICATION_KINDS } from '@luoshi/common';
import { Notification } from '@luoshi/data';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { findPage } from '../../core/rest/apply-list-query';
import { byBoolean, byEnum, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';

/** The caller's in-app inbox: everyone sees only their own notifications. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(Notification) private readonly notifications: Repository<Notification>) {}

  list(query: ListQuery, user: AuthUser): Promise<Page<Notification>> {
    const qb = this.notifications
      .createQueryBuilder('n')
      .where('n.recipientId = :me', { me: user.id })
      .andWhere(`n.channel = 'in_app'`);
    return findPage(qb, query, {
      sortable: { createdAt: 'n.createdAt', kind: 'n.kind', readAt: 'n.readAt' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: ['n.title', 'n.body'],
      filters: {
        id: byUuid('n.id'),
        assignmentId: byUuid('n.assignmentId'),
        kind: byEnum(NOTIFICATION_KINDS, 'n.kind'),
        read: byBoolean((q, read) => q.andWhere(read ? 'n.readAt IS NOT NULL' : 'n.readAt IS NULL')),
        unread: byBoolean((q, unread) => q.andWhere(unread ? 'n.readAt IS NULL' : 'n.readAt IS NOT NULL')),
      },
    });
  }

  async get(id: string, user: AuthUser): Promise<Notification> {
    const notification = await this.notifications.findOneBy({ id, recipientId: user.id });
    if (!notification) throw new NotFoundException(`No notification with id ${id}`);
    return notification;
  }

  /** Idempotent: reading twice keeps the first time it was read. */
  async markRead(id: string, user: AuthUser): Promise<Notification> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('id = :id AND recipient_id = :me AND read_at IS NULL', { id, me: user.id })
      .execute();
    return this.get(id, user);
  }
}
