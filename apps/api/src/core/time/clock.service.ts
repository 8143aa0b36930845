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
  /** Milliseconds a test has moved this process's clock by (setNow), so expiry is tested without sleeping. */
  private shiftMs = 0;

  constructor(private readonly env: Environment) {
    this.clock = createClock(env);
  }

  /** The deployment's time zone (IANA name), for SQL that computes dates itself. */
  get zone(): string {
    return this.env.TIME_ZONE;
  }

  /** The current instant: the real one, unless a test started the clock elsewhere or moved it. */
  now(): Date {
    return new Date(this.clock.now().getTime() + this.shiftMs);
  }

  /** Moves this process's clock to `instant` (null: back to the configured clock). Refused outside NODE_ENV=test. */
  setNow(instant: Date | null): void {
    if (this.env.NODE_ENV !== 'test') throw new Error('The clock can only be moved when NODE_ENV=test');
    this.shiftMs = instant ? instant.getTime() - this.clock.now().getTime() : 0;
  }

  /**
   * SQL for "now" in a row the database stamps itself, `$n` bound to `offsetMs()`: the database's
   * clock_timestamp() (one source of order for concurrent writers, as the lost-update fix needs)
   * moved by as much as this clock stands from the machine's. In production the offset is 0; under
   * a test's fixed clock, reports and audit events are dated on the test's day like everything else.
   */
  static stampSql(param: number): string {
    return `clock_timestamp() + $${param}::double precision * interval '1 millisecond'`;
  }

  /** Milliseconds this clock stands ahead of the machine's (0 in production). */
  offsetMs(): number {
    return this.now().getTime() - Date.now();
  }

  /** The calendar date of an instant in the deployment's zone. */
  dateOf(instant: Date): string {
    return calendarDate(instant, this.env.TIME_ZONE);
  }

  today(): string {
    return this.dateOf(this.now());
  }
}
