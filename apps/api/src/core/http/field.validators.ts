import { CALENDAR_YEARS } from '@luoshi/common';
import { ValidateBy, type ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A date that exists, written `YYYY-MM-DD`, in the years firstYear–lastYear. */
function isRealDate(value: unknown, firstYear: number, lastYear: number): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < firstYear || year > lastYear || month < 1 || month > 12 || day < 1) return false;
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0); // Date.UTC would read years 0–99 as 1900–1999
  return day <= lastDay.getUTCDate();
}

/**
 * A real calendar date written `YYYY-MM-DD` within CALENDAR_YEARS (2026-02-29, 9999-12-31 and
 * ISO week or ordinal forms such as 2026-W05-3 and 2026-035 are refused): what a `date` column
 * stores, what people read, and what periods and day counts can be computed from.
 */
export function isCalendarDate(value: unknown): value is string {
  return isRealDate(value, CALENDAR_YEARS.first, CALENDAR_YEARS.last);
}

/** The date part of an instant: any real date PostgreSQL stores (an instant is only compared, never counted from). */
export function isInstantDate(value: unknown): value is string {
  return isRealDate(value, 1, 9999);
}

/** The one date decorator of the API's DTOs. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value) } }, options);
}

/** A string with at least one non-space character (a reason, a report's 完成情况). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'notBlank', validator: { validate: (value) => typeof value === 'string' && /\S/.test(value) } }, options);
}
