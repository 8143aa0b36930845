import type { BulletinContent } from '@luoshi/common';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An issued 督查通报: its number within the year is kept once issued, with the content as issued. */
@Entity('bulletins')
export class BulletinRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date' })
  periodFrom!: string;

  @Column({ type: 'date' })
  periodTo!: string;

  @Column({ type: 'jsonb' })
  content!: BulletinContent;

  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt!: Date;
}
