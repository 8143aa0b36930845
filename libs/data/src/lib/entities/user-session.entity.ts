import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in. The bearer token names it; every replica checks it in PostgreSQL, so a logout or
 * an idle expiry holds everywhere at once. Activity slides `lastActiveAt`.
 */
@Entity('user_sessions')
export class UserSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  lastActiveAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  endedAt!: Date | null;

  /** logout | password | admin */
  @Column({ type: 'varchar', length: 16, nullable: true })
  endReason!: string | null;
}
