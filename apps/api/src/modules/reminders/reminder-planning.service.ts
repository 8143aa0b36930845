import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobName, QueueName, REMINDER_JOB_OPTIONS, type ReplanRemindersJobData, type WorkingCalendar } from '@luoshi/common';
import { loadWorkingCalendar, markRemindersForReplan, type ReplanScope } from '@luoshi/data';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ClockService } from '../../core/time/clock.service';

/**
 * How the API tells the reminder scheduler that something changed: it marks the touched
 * assignments in the action's own transaction (the database stays the source of truth), and after
 * commit asks the worker to move the few queued jobs of specific assignments at once.
 */
@Injectable()
export class ReminderPlanningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: ClockService,
    @InjectQueue(QueueName.Reminders) private readonly queue: Queue<ReplanRemindersJobData>,
  ) {}

  mark(m: EntityManager, scope: ReplanScope): Promise<string[]> {
    return markRemindersForReplan(m, scope, this.clock.now());
  }

  /** After commit: drop and re-queue these assignments' reminders within the scheduler's window. */
  async replanNow(assignmentIds: readonly string[]): Promise<void> {
    for (let i = 0; i < assignmentIds.length; i += 500) {
      const chunk = assignmentIds.slice(i, i + 500);
      await this.queue.add(JobName.ReplanReminders, { assignmentIds: [...chunk] }, { ...REMINDER_JOB_OPTIONS, jobId: `replan/${randomUUID()}` });
    }
  }

  /** The working-day calendar as the admins keep it (for the extractor's "N个工作日内"). */
  calendar(m: EntityManager = this.dataSource.manager): Promise<WorkingCalendar> {
    return loadWorkingCalendar(m);
  }
}
