import type { Role } from '@luoshi/common';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { VersionedRecord } from './base.columns';
import { Organization } from './organization.entity';

@Entity('users')
export class User extends VersionedRecord {
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'varchar', length: 100 })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => Organization, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Organization | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Consecutive failed sign-ins since the last success or lock. */
  @Column({ type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  /** Set on an initial password (given by an admin or the environment): changed at the first sign-in. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  passwordChangedAt!: Date;

  /** The demo accounts only: their printed passwords are neither forced to change nor expire. */
  @Column({ type: 'boolean', default: false })
  passwordPolicyExempt!: boolean;
}
