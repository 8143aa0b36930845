import type { NotificationChannel } from '@luoshi/common';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from './base.columns';

/**
 * When to remind; the global rule (no speech, no organization) holds the defaults. For one
 * assignment the organization's rule wins over the speech's, which wins over the default.
 */
@Entity('reminder_rules')
export class ReminderRule extends VersionedRecord {
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'uuid', nullable: true })
  speechId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @Column({ type: 'integer', array: true, default: () => "'{7,1}'" })
  dueSoonDays!: number[];

  @Column({ type: 'integer', default: 3 })
  overdueEveryDays!: number;

  @Column({ type: 'integer', default: 7 })
  escalateAfterDays!: number;

  @Column({ type: 'varchar', array: true, default: () => "'{in_app,email}'" })
  channels!: NotificationChannel[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Local wall time 'HH:MM' in TIME_ZONE when the day's reminders fire. */
  @Column({ type: 'varchar', length: 5, default: '09:00' })
  sendTime!: string;

  /** Report due / report missed reminders for items with a cadence. */
  @Column({ type: 'boolean', default: true })
  periodicReports!: boolean;
}
