import type { DeliveryChannel, DeliveryState } from '@luoshi/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One message on one external channel: an e-mail to one person or a post to one group robot.
 * A digest delivery carries many notifications (`delivery_notifications`); an event carries one.
 * `dedupeKey` is unique, so whatever runs twice plans one delivery; its id is the stable id the
 * receiver sees (e-mail Message-ID, webhook delivery id header).
 */
@Entity('deliveries')
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 400 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: DeliveryChannel;

  @Column({ type: 'varchar', length: 16 })
  mode!: 'immediate' | 'digest';

  /** The person (e-mail), or null for a group channel. */
  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  /** The group channel (robot / webhook), or null for e-mail. */
  @Column({ type: 'uuid', nullable: true })
  notificationChannelId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** Where it goes, as people read it: an e-mail address or the robot's name. */
  @Column({ type: 'varchar', length: 300 })
  address!: string;

  /** The local day a digest covers. */
  @Column({ type: 'date', nullable: true })
  digestDate!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state!: DeliveryState;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  /** When it is due to go out (a digest waits for the rest of the day's reminders). */
  @Column({ type: 'timestamptz' })
  dueAt!: Date;

  /** Set when sending starts: from then on no further notification joins this digest. */
  @Column({ type: 'timestamptz', nullable: true })
  sealedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
