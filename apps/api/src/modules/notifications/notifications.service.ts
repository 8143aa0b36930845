import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { NOTIFICATION_KINDS } from '@luoshi/common';
import { Notification } from '@luoshi/data';
import type { Repository } from 'typeorm';
import type { AuthUser } from '../../core/auth/auth-user';
import { AppException } from '../../core/http/app.exception';
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
    const notification = await this.notifications.findOneBy({ id, recipientId: user.id, channel: 'in_app' });
    if (!notification) throw new AppException(404, 'notifications.not_found');
    return notification;
  }

  /** Idempotent: reading twice keeps the first time it was read. */
  async markRead(id: string, user: AuthUser): Promise<Notification> {
    await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where(`id = :id AND recipient_id = :me AND channel = 'in_app' AND read_at IS NULL`, { id, me: user.id })
      .execute();
    return this.get(id, user);
  }

  /** Marks every unread notification of the caller read; returns how many changed. */
  async markAllRead(user: AuthUser): Promise<{ updated: number }> {
    const result = await this.notifications
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where(`recipient_id = :me AND channel = 'in_app' AND read_at IS NULL`, { me: user.id })
      .execute();
    return { updated: result.affected ?? 0 };
  }

  async unreadCount(user: AuthUser): Promise<{ count: number }> {
    const count = await this.notifications
      .createQueryBuilder('n')
      .where(`n.recipientId = :me AND n.channel = 'in_app' AND n.readAt IS NULL`, { me: user.id })
      .getCount();
    return { count };
  }
}
