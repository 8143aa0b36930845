import type { ExtensionRequestState } from '@luoshi/common';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from './base.columns';

@Entity('extension_requests')
export class ExtensionRequest extends VersionedRecord {
  @Column({ type: 'uuid' })
  assignmentId!: string;

  @Column({ type: 'uuid', nullable: true })
  requestedById!: string | null;

  @Column({ type: 'date' })
  currentDueDate!: string;

  @Column({ type: 'date' })
  newDueDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  state!: ExtensionRequestState;

  @Column({ type: 'uuid', nullable: true })
  decidedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason!: string | null;
}
