import type { ScoringSchemeRules } from '@luoshi/common';
import { Column, Entity } from 'typeorm';
import { VersionedRecord } from './base.columns';

/** A 考评 scheme: how an organization's score for a period is made; one is active at a time. */
@Entity('scoring_schemes')
export class ScoringSchemeRecord extends VersionedRecord implements ScoringSchemeRules {
  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'boolean', default: false })
  active!: boolean;

  @Column({ type: 'real' })
  base!: number;

  @Column({ type: 'real' })
  overduePenalty!: number;

  @Column({ type: 'real' })
  overdueDayPenalty!: number;

  @Column({ type: 'real' })
  overdueDayCap!: number;

  @Column({ type: 'real' })
  missedReportPenalty!: number;

  @Column({ type: 'real' })
  returnPenalty!: number;

  @Column({ type: 'real' })
  earlyBonus!: number;

  @Column({ type: 'integer' })
  earlyDays!: number;

  @Column({ type: 'real' })
  earlyBonusCap!: number;

  @Column({ type: 'real' })
  floor!: number;
}
