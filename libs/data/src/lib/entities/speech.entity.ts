import type { SpeechStatus } from '@luoshi/common';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from './base.columns';

@Entity('speeches')
export class Speech extends VersionedRecord {
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  /** The day the speech was given: deadlines such as 年底前 resolve against it. */
  @Column({ type: 'date', nullable: true })
  date!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  speaker!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  meeting!: string | null;

  @Column({ type: 'text' })
  rawText!: string;

  /** sha256 of the normalized text (speechFingerprint): a second upload of it is a duplicate. */
  @Column({ type: 'char', length: 64, nullable: true, select: false })
  textFingerprint!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  sourceFileName!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: SpeechStatus;

  /** Organization ids read from the opening (who attended). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  audienceIds!: string[];

  /** Organization-like mentions extraction found outside the registry: offered for adding. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  unresolvedOrgs!: Array<{ text: string; start: number; end: number }>;

  @Column({ type: 'timestamptz', nullable: true })
  extractedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  publishedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
