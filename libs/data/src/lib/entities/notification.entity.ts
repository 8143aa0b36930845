import type { NotificationChannel, NotificationKind } from '@luoshi/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One message to one recipient on one channel; `dedupeKey` makes delivery idempotent. */
@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  recipientId!: string;

  @Column({ type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 16, default: 'in_app' })
  channel!: NotificationChannel;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  @Column({ type: 'varchar', length: 300 })
  dedupeKey!: string;

  @Column({ type: 'uuid', nullable: true })
  senderId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  /** A reminder's planned instant (null for events): how late it went out is measured from it. */
  @Column({ type: 'timestamptz', nullable: true })
  scheduledFor!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
