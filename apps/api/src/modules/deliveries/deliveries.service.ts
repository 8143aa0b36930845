import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  DELIVERIES_QUEUE,
  DELIVERY_CHANNELS,
  DELIVERY_STATES,
  deliveryJobId,
  deliveryJobOptions,
  DeliveryJobName,
  type SendDeliveryJobData,
} from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { Delivery } from '@luoshi/data';
import type { Queue } from 'bullmq';
import type { Repository } from 'typeorm';
import { AppException, notFound } from '../../core/http/app.exception';
import type { AuthUser } from '../../core/auth/auth-user';
import { findPage } from '../../core/rest/apply-list-query';
import { byEnum, byInstant, byUuid } from '../../core/rest/filter-values';
import type { ListQuery } from '../../core/rest/list-query';
import type { Page } from '../../core/rest/page';
import { AuditService } from '../audit-events/audit.service';

const STATE_NAMES: Record<string, string> = { pending: '待发送', sent: '已发送', failed: '发送失败' };

/** The log of external deliveries, and retrying a failed one. */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectRepository(Delivery) private readonly deliveries: Repository<Delivery>,
    @InjectQueue(DELIVERIES_QUEUE) private readonly queue: Queue<SendDeliveryJobData>,
    private readonly env: Environment,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery): Promise<Page<Delivery>> {
    return findPage(this.deliveries.createQueryBuilder('d'), query, {
      sortable: { createdAt: 'd.createdAt', channel: 'd.channel', state: 'd.state', attempts: 'd.attempts', sentAt: 'd.sentAt', dueAt: 'd.dueAt', address: 'd.address' },
      defaultSort: { field: 'createdAt', order: 'DESC' },
      search: ['d.address', 'd.lastError'],
      filters: {
        id: byUuid('d.id'),
        channel: byEnum(DELIVERY_CHANNELS, 'd.channel'),
        state: byEnum(DELIVERY_STATES, 'd.state'),
        mode: byEnum(['immediate', 'digest'], 'd.mode'),
        recipientId: byUuid('d.recipientId'),
        organizationId: byUuid('d.organizationId'),
        createdFrom: byInstant('d.createdAt', '>='),
        createdTo: byInstant('d.createdAt', '<='),
      },
    });
  }

  async get(id: string): Promise<Delivery> {
    const d = await this.deliveries.findOneBy({ id });
    if (!d) throw notFound('delivery');
    return d;
  }

  /** A failed delivery goes back to pending and is tried again, with a fresh round of retries. */
  async retry(id: string, actor: AuthUser): Promise<Delivery> {
    const result = await this.deliveries
      .createQueryBuilder()
      .update()
      .set({ state: 'pending', failedAt: null })
      .where(`id = :id AND state = 'failed'`, { id })
      .returning('*')
      .execute();
    if (!result.affected) {
      const d = await this.get(id);
      throw new AppException(409, 'channels.delivery_not_failed', { state: STATE_NAMES[d.state] ?? d.state });
    }
    const d = await this.get(id);
    await this.queue.add(DeliveryJobName.SendDelivery, { deliveryId: id }, {
      ...deliveryJobOptions(this.env.DELIVERY_ATTEMPTS, this.env.DELIVERY_BACKOFF_MS),
      // A fresh id: the failed job keeps its history; the attempts so far make it unique.
      jobId: deliveryJobId(id, Math.max(1, d.attempts)),
    });
    await this.audit.record({ actorId: actor.id, action: 'delivery.retry', entityType: 'delivery', entityId: id, after: { channel: d.channel, address: d.address } });
    return d;
  }
}
