import { Injectable } from '@nestjs/common';
import { calendarDate } from '@luoshi/common';
import { Environment } from '@luoshi/config';

/** The deployment's calendar: what "today" and "overdue" are measured against. */
@Injectable()
export class ClockService {
  constructor(private readonly env: Environment) {}

  /** The deployment's time zone (IANA name), for SQL that computes dates itself. */
  get zone(): string {
    return this.env.TIME_ZONE;
  }

  /** The calendar date of an instant in the deployment's zone. */
  dateOf(instant: Date): string {
    return calendarDate(instant, this.env.TIME_ZONE);
  }

  today(): string {
    return this.dateOf(new Date());
  }
}
