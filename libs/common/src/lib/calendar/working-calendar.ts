import { addDays } from '../date.util';

/**
 * One day of the calendar that differs from the plain week: a public holiday (working: false) or a
 * 调休 working weekend day (working: true). `name` is the festival's Chinese name (春节, 国庆节, …).
 */
export interface CalendarDay {
  date: string;
  working: boolean;
  name: string | null;
}

/** How far the day-by-day walks look before giving up (a calendar with no working day at all). */
const MAX_WALK_DAYS = 3660;

function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/**
 * The working-day calendar: Monday to Friday work and weekends rest, unless a CalendarDay says
 * otherwise. Dates are calendar dates ('YYYY-MM-DD') in the deployment's zone; the calendar knows
 * nothing of instants. The one calendar of the product: reminders, reporting periods, the leaders'
 * view and the extractor's "N个工作日内" all ask it.
 */
export class WorkingCalendar {
  private readonly days: ReadonlyMap<string, CalendarDay>;

  constructor(days: Iterable<CalendarDay> = []) {
    const map = new Map<string, CalendarDay>();
    for (const day of days) map.set(day.date, day);
    this.days = map;
  }

  /** The entry that overrides the plain week on this date, if any. */
  entry(date: string): CalendarDay | undefined {
    return this.days.get(date);
  }

  isWorkingDay(date: string): boolean {
    const entry = this.days.get(date);
    if (entry) return entry.working;
    const d = weekday(date);
    return d !== 0 && d !== 6;
  }

  /** `date` itself when it is a working day, else the first working day after it. */
  onOrAfter(date: string): string {
    return this.walk(date, 1, true);
  }

  /** `date` itself when it is a working day, else the last working day before it. */
  onOrBefore(date: string): string {
    return this.walk(date, -1, true);
  }

  /** The first working day strictly after `date`. */
  nextWorkingDay(date: string): string {
    return this.walk(date, 1, false);
  }

  /** The last working day strictly before `date`. */
  previousWorkingDay(date: string): string {
    return this.walk(date, -1, false);
  }

  /** The n-th working day after `date` (n ≥ 1; "5个工作日内" from d is addWorkingDays(d, 5)). */
  addWorkingDays(date: string, n: number): string {
    let current = date;
    for (let i = 0; i < n; i++) current = this.nextWorkingDay(current);
    return current;
  }

  /**
   * The first day of the next holiday named `name` that starts on or after `from` (国庆节 → its
   * first rest day), or null when the calendar does not know one.
   */
  holidayStart(name: string, from: string): string | null {
    let best: string | null = null;
    for (const day of this.days.values()) {
      if (day.working || day.name !== name || day.date < from) continue;
      if (best === null || day.date < best) best = day.date;
    }
    if (best === null) return null;
    // Walk back to the run's first day (a holiday may have begun before `from`: then it is not "next").
    let start = best;
    while (this.days.get(addDays(start, -1))?.name === name && this.days.get(addDays(start, -1))?.working === false)
      start = addDays(start, -1);
    return start < from ? null : start;
  }

  private walk(date: string, step: 1 | -1, inclusive: boolean): string {
    let current = inclusive ? date : addDays(date, step);
    for (let i = 0; i < MAX_WALK_DAYS; i++) {
      if (this.isWorkingDay(current)) return current;
      current = addDays(current, step);
    }
    throw new Error(`No working day within ${MAX_WALK_DAYS} days of ${date}`);
  }
}
