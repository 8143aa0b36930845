import { Column, Entity } from 'typeorm';
import { VersionedRecord } from './base.columns';

/** A day that differs from the plain week: a public holiday or a 调休 working weekend day. */
@Entity('calendar_days')
export class CalendarDayRecord extends VersionedRecord {
  @Column({ type: 'date', unique: true })
  date!: string;

  @Column({ type: 'boolean' })
  working!: boolean;

  @Column({ type: 'varchar', length: 50, nullable: true })
  name!: string | null;
}
