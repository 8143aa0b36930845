import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  calendarDate,
  DELIVERIES_QUEUE,
  deliveryJobId,
  deliveryJobOptions,
  DeliveryJobName,
  MANDATORY_EMAIL_KINDS,
  NOTIFICATION_KIND_DELIVERY,
  notificationOccurrenceKey,
  type DeliveryChannel,
  type SendDeliveryJobData,
} from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { Delivery, Notification, NotificationChannelConfig, NotificationPreference, User } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';

/** One external destination of a notification. */
interface Destination {
  channel: DeliveryChannel;
  recipientId: string | null;
  notificationChannelId: string | null;
  organizationId: string | null;
  address: string;
}

/**
 * Turns one stored in-app notification into its external deliveries: an e-mail to the recipient
 * (unless they have an address missing or e-mail off; escalations regardless) and a post to each
 * robot/webhook of the recipient's organization. Events get a delivery of their own; reminders
 * join the day's digest of that mailbox or group. Everything is planned in one transaction under
 * unique keys, then enqueued: running it twice plans nothing twice.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    @InjectQueue(DELIVERIES_QUEUE) private readonly deliveries: Queue<SendDeliveryJobData>,
  ) {}

  async dispatch(notificationId: string): Promise<'success' | 'skipped'> {
    const planned = await this.dataSource.transaction(async (m) => {
      // The row lock makes two workers handling the same notification take turns.
      const notification = await m.findOne(Notification, { where: { id: notificationId }, lock: { mode: 'pessimistic_write' } });
      if (!notification || notification.channel !== 'in_app') return null;
      const deliveryIds = notification.deliveredAt ? [] : await this.plan(m, notification);
      if (!notification.deliveredAt) await m.update(Notification, { id: notification.id }, { deliveredAt: new Date() });
      return { first: !notification.deliveredAt, deliveryIds };
    });
    if (!planned) return 'skipped';
    // Also re-enqueue what an earlier run planned but may not have enqueued (a crash after commit).
    const pending = await this.dataSource
      .createQueryBuilder(Delivery, 'd')
      .innerJoin('delivery_notifications', 'dn', 'dn.delivery_id = d.id')
      .where('dn.notification_id = :id', { id: notificationId })
      .andWhere(`d.state = 'pending'`)
      .getMany();
    await this.enqueue(pending);
    return planned.first ? 'success' : 'skipped';
  }

  /** Adds the jobs of pending deliveries; a job id per delivery makes a second add a no-op. */
  async enqueue(deliveries: Delivery[]): Promise<void> {
    if (!deliveries.length) return;
    const now = Date.now();
    await this.deliveries.addBulk(
      deliveries.map((d) => ({
        name: DeliveryJobName.SendDelivery,
        data: { deliveryId: d.id },
        opts: { ...deliveryJobOptions(this.env.DELIVERY_ATTEMPTS, this.env.DELIVERY_BACKOFF_MS), jobId: deliveryJobId(d.id), delay: Math.max(0, d.dueAt.getTime() - now) },
      })),
    );
  }

  private async plan(m: EntityManager, notification: Notification): Promise<string[]> {
    const destinations = await this.destinations(m, notification);
    const route = NOTIFICATION_KIND_DELIVERY[notification.kind] ?? { mode: 'immediate' as const };
    const ids: string[] = [];
    for (const destination of destinations) {
      const id =
        route.mode === 'digest'
          ? await this.joinDigest(m, destination, calendarDate(notification.createdAt, this.env.TIME_ZONE))
          : await this.eventDelivery(m, destination, notification);
      await m.query(
        `INSERT INTO delivery_notifications (delivery_id, notification_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
        [id, notification.id],
      );
      ids.push(id);
    }
    return ids;
  }

  private async destinations(m: EntityManager, notification: Notification): Promise<Destination[]> {
    const recipient = await m.findOne(User, {
      where: { id: notification.recipientId },
      select: { id: true, email: true, active: true, organizationId: true, displayName: true },
    });
    if (!recipient || !recipient.active) return [];
    const result: Destination[] = [];
    const preference = await m.findOneBy(NotificationPreference, { userId: recipient.id });
    const wantsEmail = preference?.emailEnabled !== false || MANDATORY_EMAIL_KINDS.includes(notification.kind);
    if (this.env.SMTP_URL && recipient.email && wantsEmail) {
      result.push({ channel: 'email', recipientId: recipient.id, notificationChannelId: null, organizationId: recipient.organizationId, address: recipient.email });
    }
    if (recipient.organizationId) {
      const groups = await m.find(NotificationChannelConfig, { where: { organizationId: recipient.organizationId, enabled: true }, order: { createdAt: 'ASC' } });
      for (const g of groups) {
        result.push({ channel: g.kind, recipientId: null, notificationChannelId: g.id, organizationId: g.organizationId, address: g.name });
      }
    }
    return result;
  }

  private targetKey(d: Destination): string {
    return `${d.channel}/${d.recipientId ?? d.notificationChannelId}`;
  }

  /** An event: its own delivery; a group channel gets one per occurrence, not one per recipient. */
  private async eventDelivery(m: EntityManager, d: Destination, n: Notification): Promise<string> {
    const about = d.recipientId ? n.id : notificationOccurrenceKey(n.dedupeKey, n.recipientId);
    return this.insertOrGet(m, d, `event/${this.targetKey(d)}/${about}`, 'immediate', null, new Date());
  }

  /**
   * A reminder joins the open digest of its destination and day; once that digest is sealed (it
   * has started sending) a later reminder of the same day opens the next one. The advisory lock
   * keeps two workers from opening two digests at once.
   */
  private async joinDigest(m: EntityManager, d: Destination, date: string): Promise<string> {
    const base = `digest/${this.targetKey(d)}/${date}`;
    await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [base]);
    const open: Array<{ id: string }> = await m.query(
      `SELECT id FROM deliveries WHERE dedupe_key LIKE $1 AND state = 'pending' AND sealed_at IS NULL ORDER BY created_at LIMIT 1 FOR UPDATE`,
      [`${base}/%`],
    );
    if (open[0]) return open[0].id;
    const [{ count }]: Array<{ count: number }> = await m.query(`SELECT count(*)::int AS count FROM deliveries WHERE dedupe_key LIKE $1`, [`${base}/%`]);
    const dueAt = new Date(Date.now() + this.env.DIGEST_WINDOW_SECONDS * 1000);
    return this.insertOrGet(m, d, `${base}/${count + 1}`, 'digest', date, dueAt);
  }

  private async insertOrGet(m: EntityManager, d: Destination, dedupeKey: string, mode: 'immediate' | 'digest', digestDate: string | null, dueAt: Date): Promise<string> {
    await m
      .createQueryBuilder()
      .insert()
      .into(Delivery)
      .values({ dedupeKey, mode, digestDate, dueAt, channel: d.channel, recipientId: d.recipientId, notificationChannelId: d.notificationChannelId, organizationId: d.organizationId, address: d.address.slice(0, 300) })
      .orIgnore()
      .execute();
    const row = await m.findOneOrFail(Delivery, { where: { dedupeKey }, select: { id: true } });
    return row.id;
  }
}
