import type { AssignmentRole, AssignmentState, Cadence } from '@luoshi/common';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedRecord } from './base.columns';
import { Item } from './item.entity';
import { Organization } from './organization.entity';

/** One organization's share of one published item. Overdue and the light are derived, not stored. */
@Entity('assignments')
export class Assignment extends VersionedRecord {
  @Column({ type: 'uuid' })
  itemId!: string;

  @ManyToOne(() => Item, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: Item;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 16 })
  role!: AssignmentRole;

  @Column({ type: 'varchar', length: 24, default: 'assigned' })
  state!: AssignmentState;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  cadence!: Cadence | null;

  @Column({ type: 'smallint', default: 0 })
  percent!: number;

  @Column({ type: 'uuid', nullable: true })
  assignedById!: string | null;

  /** The handler (经办人) the org admin handed it to; null while the whole organization holds it. */
  @Column({ type: 'uuid', nullable: true })
  handlerId!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt!: Date | null;

  /** What the organization said when it applied to complete (申请办结). */
  @Column({ type: 'text', nullable: true })
  completionSummary!: string | null;

  /** Why the supervisor last returned it (退回). */
  @Column({ type: 'text', nullable: true })
  returnReason!: string | null;

  /** Why it was withdrawn (撤销). */
  @Column({ type: 'text', nullable: true })
  cancelReason!: string | null;

  /** When it was withdrawn: the leaders' view recomputes past periods from it. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  /** When the reminder scheduler must look at it next (now: re-plan soon; null: nothing ahead). */
  @Column({ type: 'timestamptz', nullable: true, select: false })
  nextReminderAt!: Date | null;

  /** The last (re-)plan: reminders whose instant was already past then are never sent late. */
  @Column({ type: 'timestamptz', nullable: true, select: false })
  remindersPlannedAt!: Date | null;
}
