import { Injectable } from '@nestjs/common';
import { calendarDate } from '@luoshi/common';
import { createClock, Environment, type Clock } from '@luoshi/config';

/**
 * The deployment's clock and calendar: what "now", "today" and "overdue" are measured against.
 * Tests (NODE_ENV=test only) move it with TEST_CLOCK_START; production always reads the real time.
 */
@Injectable()
export class ClockService {
  private readonly clock: Clock;

  constructor(private readonly env: Environment) {
    this.clock = createClock(env);
  }

  /** The deployment's time zone (IANA name), for SQL that computes dates itself. */
  get zone(): string {
    return this.env.TIME_ZONE;
  }

  now(): Date {
    return this.clock.now();
  }

  /** The calendar date of an instant in the deployment's zone. */
  dateOf(instant: Date): string {
    return calendarDate(instant, this.env.TIME_ZONE);
  }

  today(): string {
    return this.dateOf(this.now());
  }
}
