import { Injectable } from '@nestjs/common';
import { calendarDate } from '@luoshi/common';
import { Environment } from '@luoshi/config';

/** The deployment's calendar: what "today" and "overdue" are measured against. */
@Injectable()
export class ClockService {
  /** Milliseconds added to the real time: only tests move it (setNow), so expiry is tested without sleeping. */
  private offsetMs = 0;

  constructor(private readonly env: Environment) {}

  /** The deployment's time zone (IANA name), for SQL that computes dates itself. */
  get zone(): string {
    return this.env.TIME_ZONE;
  }

  /** The current instant (the real one, unless a test has moved the clock). */
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves this process's clock to `instant` (null: back to real time). Refused outside NODE_ENV=test. */
  setNow(instant: Date | null): void {
    if (this.env.NODE_ENV !== 'test') throw new Error('The clock can only be moved when NODE_ENV=test');
    this.offsetMs = instant ? instant.getTime() - Date.now() : 0;
  }

  /** The calendar date of an instant in the deployment's zone. */
  dateOf(instant: Date): string {
    return calendarDate(instant, this.env.TIME_ZONE);
  }

  today(): string {
    return this.dateOf(this.now());
  }
}
