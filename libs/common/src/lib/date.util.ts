export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * The calendar dates the product takes as input (a speech's date, a due date, a period, a date
 * filter): years 1900–2200, the extractor's range. Every period, week or day counted from them
 * stays a four-digit year that the date arithmetic here and PostgreSQL's `date` both handle.
 */
export const CALENDAR_YEARS = { first: 1900, last: 2200 } as const;

// Building an Intl.DateTimeFormat costs far more than using one: the planner asks thousands of times.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

function cached(map: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let format = map.get(timeZone);
  if (!format) {
    format = make();
    map.set(timeZone, format);
  }
  return format;
}

/** The calendar date by the zone's own formatter: the reference, and the answer for what the fast path leaves out. */
function formattedDate(instant: Date, timeZone: string): string {
  const parts = cached(dateFormats, timeZone, () => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })).formatToParts(
    instant,
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const HOUR_MS = 3_600_000;
/** Instants of years 1000–9999 UTC (toISOString's four-digit years), where the fast path answers. */
const FOUR_DIGIT_YEARS = [Date.UTC(1000, 0, 2), Date.UTC(9999, 11, 30)] as const;
// Each zone's offset per UTC hour: a page of rows asks for the dates of the same few hours.
const hourOffsets = new Map<string, Map<number, number>>();
const HOUR_OFFSETS_CAP = 50_000;

/**
 * The calendar date ('YYYY-MM-DD') of an instant in a time zone: deadlines are dates people read.
 * The zone's offset is read once per UTC hour (an hour in which the offset changes is formatted
 * instant by instant): the same answer as the zone's formatter at a fraction of its cost.
 */
export function calendarDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const t = instant.getTime();
  if (!(t >= FOUR_DIGIT_YEARS[0] && t <= FOUR_DIGIT_YEARS[1])) return formattedDate(instant, timeZone);
  const hour = Math.floor(t / HOUR_MS);
  let offsets = hourOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    hourOffsets.set(timeZone, offsets);
  }
  let offset = offsets.get(hour);
  if (offset === undefined) {
    const start = zoneOffsetMs(hour * HOUR_MS, timeZone);
    // Offsets change at whole seconds, never twice in an hour: equal at both ends, constant throughout.
    if (start !== zoneOffsetMs(hour * HOUR_MS + HOUR_MS - 1000, timeZone)) return formattedDate(instant, timeZone);
    if (offsets.size >= HOUR_OFFSETS_CAP) offsets.clear();
    offsets.set(hour, start);
    offset = start;
  }
  return new Date(t + offset).toISOString().slice(0, 10);
}

/**
 * The UTC day of `t` as 'YYYY-MM-DD'. Beyond the four-digit years the ISO string grows a sign and
 * six digits and no longer sorts as a date, so a loop that compares dates could never end: that
 * is a RangeError (as an invalid `t` already is), never a string.
 */
export function isoDay(t: number): string {
  const iso = new Date(t).toISOString();
  if (iso.length !== 24) throw new RangeError(`Date beyond four-digit years: ${iso}`);
  return iso.slice(0, 10);
}

/** Adds whole days to a calendar date. */
export function addDays(date: string, days: number): string {
  return isoDay(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000);
}

/** Milliseconds (whole seconds) `timeZone` is ahead of UTC at the instant `t`. */
function zoneOffsetMs(t: number, timeZone: string): number {
  const format = cached(
    instantFormats,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );
  const parts = format.formatToParts(t);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(t / 1000) * 1000;
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  return Math.round(zoneOffsetMs(instant.getTime(), timeZone) / 60_000);
}

// The planner asks for the same few dates and send times for every assignment: remember the answers
// (a few thousand a year; forgotten all at once past the cap).
const zonedInstants = new Map<string, number>();
const ZONED_INSTANTS_CAP = 20_000;

/** The instant at local wall time `time` ('HH:MM') on calendar date `date` in `timeZone`. */
export function zonedInstant(date: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const key = `${date} ${time} ${timeZone}`;
  const known = zonedInstants.get(key);
  if (known !== undefined) return new Date(known);
  const [h, m] = time.split(':').map(Number);
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h ?? 0, m ?? 0);
  // Two passes settle the offset even on the day a zone changes its clocks.
  let instant = wall - zoneOffsetMinutes(new Date(wall), timeZone) * 60_000;
  instant = wall - zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
  if (zonedInstants.size >= ZONED_INSTANTS_CAP) zonedInstants.clear();
  zonedInstants.set(key, instant);
  return new Date(instant);
}

/** A calendar date as Chinese text reads it: '2026-11-05' → '2026年11月5日'. */
export function chineseDate(date: string): string {
  return `${Number(date.slice(0, 4))}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}
