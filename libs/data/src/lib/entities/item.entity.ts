import type { Cadence, ItemKind, ItemStatus } from '@luoshi/common';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedRecord } from './base.columns';
import { Speech } from './speech.entity';

/** A section, directive or commitment: from a speech, or standing alone (a leader's instruction). */
@Entity('items')
export class Item extends VersionedRecord {
  @Column({ type: 'uuid', nullable: true })
  speechId!: string | null;

  @ManyToOne(() => Speech, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'speech_id' })
  speech?: Speech | null;

  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Item, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Item | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: ItemKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  text!: string;

  /** Offsets of the source passage in the speech's raw text. */
  @Column({ type: 'integer', nullable: true })
  spanStart!: number | null;

  @Column({ type: 'integer', nullable: true })
  spanEnd!: number | null;

  @Column({ type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  cadence!: Cadence | null;

  @Column({ type: 'real', nullable: true })
  confidence!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ItemStatus;

  /** Reading order among siblings. */
  @Column({ type: 'integer', default: 0 })
  position!: number;
}
