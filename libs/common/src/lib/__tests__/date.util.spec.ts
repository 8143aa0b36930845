import { describe, expect, it } from 'vitest';
import { addDays, calendarDate } from '../date.util';

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's formatter itself: what calendarDate must always agree with. */
function reference(instant: Date, timeZone: string): string {
  const format = formats.get(timeZone) ?? new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  formats.set(timeZone, format);
  const parts = format.formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** A deterministic spread of instants (a linear congruential sequence), so a failure repeats. */
function instants(count: number, from: number, to: number): Date[] {
  let x = 12345;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return new Date(from + Math.floor((x / 2 ** 31) * (to - from)));
  });
}

describe('calendarDate (offsets kept per UTC hour)', () => {
  const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Apia'];

  it.each(zones)('agrees with the formatter in %s, across years and around its clock changes', (zone) => {
    const spread = instants(3000, Date.UTC(1890, 0, 1), Date.UTC(2040, 0, 1));
    // Around midnight and every half hour of 2026 (the clock changes of the DST zones are in it).
    const halfHours = Array.from({ length: 2 * 24 * 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1) + i * 1_800_000 - 1));
    const wrong = [...spread, ...halfHours].filter((instant) => calendarDate(instant, zone) !== reference(instant, zone));
    expect(wrong.map((instant) => instant.toISOString())).toEqual([]);
  });

  it('the seconds around a change of offset (New York, 2026-03-08 and 2026-11-01)', () => {
    for (const change of [Date.UTC(2026, 2, 8, 7), Date.UTC(2026, 10, 1, 6)]) {
      for (let s = -3600; s <= 3600; s += 37) {
        const instant = new Date(change + s * 1000);
        expect(calendarDate(instant, 'America/New_York')).toBe(reference(instant, 'America/New_York'));
      }
    }
  });

  it('a local mean time offset with seconds (Shanghai before 1901: +8:05:43), seconds either side of midnight', () => {
    const localMidnight = Date.UTC(1900, 5, 1) - (8 * 3600 + 5 * 60 + 43) * 1000;
    for (const s of [-2, -1, 0, 1]) {
      const instant = new Date(localMidnight + s * 1000);
      expect(calendarDate(instant, 'Asia/Shanghai')).toBe(reference(instant, 'Asia/Shanghai'));
    }
    expect(calendarDate(new Date(localMidnight - 1000), 'Asia/Shanghai')).toBe('1900-05-31');
    expect(calendarDate(new Date(localMidnight), 'Asia/Shanghai')).toBe('1900-06-01');
  });

  it('years outside 1000–9999 and invalid dates go to the formatter as before', () => {
    const old = new Date(Date.UTC(999, 5, 1));
    expect(calendarDate(old, 'UTC')).toBe(reference(old, 'UTC'));
    expect(() => calendarDate(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('counts across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('throws rather than answer a date beyond the four-digit years or no date at all', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('not a date', 1)).toThrow(RangeError);
  });
});
