import { ValidateBy, type ValidationOptions } from 'class-validator';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A real calendar date written `YYYY-MM-DD` (2026-02-29 and ISO week or ordinal forms such as
 * 2026-W05-3 and 2026-035 are refused): what a `date` column stores and what people read.
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The one date decorator of the API's DTOs. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'isCalendarDate', validator: { validate: (value) => isCalendarDate(value) } }, options);
}

/** A string with at least one non-space character (a reason, a report's 完成情况). */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy({ name: 'notBlank', validator: { validate: (value) => typeof value === 'string' && /\S/.test(value) } }, options);
}
