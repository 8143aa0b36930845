import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** One user's choices about external channels; no row means the defaults (e-mail on). */
@Entity('notification_preferences')
export class NotificationPreference {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'boolean', default: true })
  emailEnabled!: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
