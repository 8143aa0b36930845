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
  type NotificationKind,
  type SendDeliveryJobData,
} from '@luoshi/common';
import { Environment } from '@luoshi/config';
import { Delivery, NotificationChannelConfig } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { DataSource, In, type EntityManager } from 'typeorm';

/** One external destination of a notification. */
interface Destination {
  channel: DeliveryChannel;
  recipientId: string | null;
  notificationChannelId: string | null;
  organizationId: string | null;
  address: string;
}

/** An in-app notification being delivered, as planning its external deliveries needs it. */
export interface PendingNotification {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  dedupe_key: string;
  created_at: Date;
}

/** A recipient and where they can be reached besides the inbox. */
interface Reachable {
  email: string | null;
  emailEnabled: boolean;
  organizationId: string | null;
  groups: Destination[];
}

/**
 * Turns stored in-app notifications into their external deliveries: an e-mail to the recipient
 * (unless they have an address missing or e-mail off; escalations regardless) and a post to each
 * robot/webhook of the recipient's organization. Events get a delivery of their own; reminders
 * join the day's digest of that mailbox or group. A batch is planned in one transaction under
 * unique keys, a handful of statements whatever its size, then enqueued: running it twice plans
 * nothing twice.
 */
@Injectable()
export class NotificationDispatcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly env: Environment,
    @InjectQueue(DELIVERIES_QUEUE) private readonly deliveries: Queue<SendDeliveryJobData>,
  ) {}

  async dispatch(notificationId: string): Promise<'success' | 'skipped'> {
    const delivered = await this.dataSource.transaction((m) => this.deliverInTransaction(m, [notificationId]));
    // Also re-enqueue what an earlier run planned but may not have enqueued (a crash after commit).
    await this.enqueuePendingOf([notificationId]);
    return delivered ? 'success' : 'skipped';
  }

  /**
   * Within the caller's transaction: locks those of `ids` that are undelivered in-app
   * notifications (two workers handling the same ones take turns; in id order, so they cannot
   * deadlock), plans their deliveries and marks them delivered. Returns how many it delivered.
   */
  async deliverInTransaction(m: EntityManager, ids: readonly string[]): Promise<number> {
    if (!ids.length) return 0;
    const pending: PendingNotification[] = await m.query(
      `SELECT id, recipient_id, kind, dedupe_key, created_at FROM notifications
        WHERE id = ANY($1::uuid[]) AND channel = 'in_app' AND delivered_at IS NULL ORDER BY id FOR UPDATE`,
      [ids],
    );
    if (!pending.length) return 0;
    await this.planDeliveries(m, pending);
    await m.query(`UPDATE notifications SET delivered_at = clock_timestamp() WHERE id = ANY($1::uuid[])`, [pending.map((n) => n.id)]);
    return pending.length;
  }

  /** Enqueues the pending deliveries of these notifications (after commit; a no-op for those already queued). */
  async enqueuePendingOf(notificationIds: readonly string[]): Promise<void> {
    if (!notificationIds.length) return;
    const pending = await this.dataSource
      .createQueryBuilder(Delivery, 'd')
      .where(`d.id IN (SELECT dn.delivery_id FROM delivery_notifications dn WHERE dn.notification_id = ANY(:ids))`, { ids: notificationIds })
      .andWhere(`d.state = 'pending'`)
      .getMany();
    await this.enqueue(pending);
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

  /** Within the caller's transaction: the external deliveries of notifications it is delivering. */
  async planDeliveries(m: EntityManager, notifications: readonly PendingNotification[]): Promise<void> {
    if (!notifications.length) return;
    const reachable = await this.reachable(m, [...new Set(notifications.map((n) => n.recipient_id))]);
    // Digests first, in key order: their advisory locks are then always taken in one order.
    const digests = new Map<string, { destination: Destination; date: string; notificationIds: string[] }>();
    const links: Array<{ deliveryId: string; notificationId: string }> = [];
    for (const n of notifications) {
      const who = reachable.get(n.recipient_id);
      if (!who) continue;
      const route = NOTIFICATION_KIND_DELIVERY[n.kind] ?? { mode: 'immediate' as const };
      for (const destination of this.destinations(n, who)) {
        if (route.mode === 'digest') {
          const date = calendarDate(n.created_at, this.env.TIME_ZONE);
          const base = this.digestBase(destination, date);
          const group = digests.get(base) ?? { destination, date, notificationIds: [] };
          group.notificationIds.push(n.id);
          digests.set(base, group);
        } else {
          links.push({ deliveryId: await this.eventDelivery(m, destination, n), notificationId: n.id });
        }
      }
    }
    for (const base of [...digests.keys()].sort()) {
      const group = digests.get(base) as { destination: Destination; date: string; notificationIds: string[] };
      const deliveryId = await this.joinDigest(m, group.destination, group.date);
      for (const notificationId of group.notificationIds) links.push({ deliveryId, notificationId });
    }
    if (links.length) {
      await m.query(
        `INSERT INTO delivery_notifications (delivery_id, notification_id)
           SELECT * FROM unnest($1::uuid[], $2::uuid[]) ON CONFLICT DO NOTHING`,
        [links.map((l) => l.deliveryId), links.map((l) => l.notificationId)],
      );
    }
  }

  /** Active recipients with their e-mail, preference and their organization's enabled group channels. */
  private async reachable(m: EntityManager, recipientIds: string[]): Promise<Map<string, Reachable>> {
    const users: Array<{ id: string; email: string | null; organization_id: string | null; email_enabled: boolean | null }> = await m.query(
      `SELECT u.id, u.email, u.organization_id, p.email_enabled FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
        WHERE u.id = ANY($1::uuid[]) AND u.active`,
      [recipientIds],
    );
    const organizationIds = [...new Set(users.map((u) => u.organization_id).filter((id): id is string => !!id))];
    const groups = organizationIds.length
      ? await m.find(NotificationChannelConfig, { where: { organizationId: In(organizationIds), enabled: true }, order: { createdAt: 'ASC', id: 'ASC' } })
      : [];
    const result = new Map<string, Reachable>();
    for (const u of users) {
      result.set(u.id, {
        email: u.email,
        emailEnabled: u.email_enabled !== false,
        organizationId: u.organization_id,
        groups: groups
          .filter((g) => g.organizationId === u.organization_id)
          .map((g) => ({ channel: g.kind, recipientId: null, notificationChannelId: g.id, organizationId: g.organizationId, address: g.name })),
      });
    }
    return result;
  }

  private destinations(n: PendingNotification, who: Reachable): Destination[] {
    const wantsEmail = who.emailEnabled || MANDATORY_EMAIL_KINDS.includes(n.kind);
    const email: Destination[] =
      this.env.SMTP_URL && who.email && wantsEmail
        ? [{ channel: 'email', recipientId: n.recipient_id, notificationChannelId: null, organizationId: who.organizationId, address: who.email }]
        : [];
    return [...email, ...who.groups];
  }

  private targetKey(d: Destination): string {
    return `${d.channel}/${d.recipientId ?? d.notificationChannelId}`;
  }

  /** An event: its own delivery; a group channel gets one per occurrence, not one per recipient. */
  private async eventDelivery(m: EntityManager, d: Destination, n: PendingNotification): Promise<string> {
    const about = d.recipientId ? n.id : notificationOccurrenceKey(n.dedupe_key, n.recipient_id);
    return this.insertOrGet(m, d, `event/${this.targetKey(d)}/${about}`, 'immediate', null, new Date());
  }

  private digestBase(d: Destination, date: string): string {
    return `digest/${this.targetKey(d)}/${date}`;
  }

  /**
   * A reminder joins the open digest of its destination and day; once that digest is sealed (it
   * has started sending) a later reminder of the same day opens the next one. The advisory lock
   * keeps two workers from opening two digests at once.
   */
  private async joinDigest(m: EntityManager, d: Destination, date: string): Promise<string> {
    const base = this.digestBase(d, date);
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
