import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Assignment } from './assignment.entity';

/** 进展反馈: appended, never edited. */
@Entity('progress_reports')
export class ProgressReport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: Assignment;

  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  /** 完成情况 */
  @Column({ type: 'text' })
  done!: string;

  /** 下步计划 */
  @Column({ type: 'text', default: '' })
  nextSteps!: string;

  /** 存在问题 */
  @Column({ type: 'text', default: '' })
  problems!: string;

  /** 需协调事项 */
  @Column({ type: 'text', default: '' })
  helpNeeded!: string;

  @Column({ type: 'smallint' })
  percent!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
