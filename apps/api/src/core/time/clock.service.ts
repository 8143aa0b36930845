import { Injectable } from '@nestjs/common';
import { calendarDate } from '@luoshi/common';
import { Environment } from '@luoshi/config';

/** Today's calendar date in the deployment's zone: what "overdue" is measured against. */
@Injectable()
export class ClockService {
  constructor(private readonly env: Environment) {}

  today(): string {
    return calendarDate(new Date(), this.env.TIME_ZONE);
  }
}
