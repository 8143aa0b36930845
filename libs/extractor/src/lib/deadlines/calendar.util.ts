import { CALENDAR_YEARS } from '@luoshi/common';
/** Plain calendar arithmetic on 'YYYY-MM-DD' strings; no Date objects, so no time zone can leak in. */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Digits only: Number() alone would read '2026-04-8 ' or '2026-+4-08' as a date. */
const YMD_SHAPE = /^\d{4}-\d{2}-\d{2}$/u;

export function parseYmd(s: string | null | undefined): Ymd | null {
  if (typeof s !== 'string' || !YMD_SHAPE.test(s)) return null;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (y < CALENDAR_YEARS.first || y > CALENDAR_YEARS.last || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function formatYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y !== b.y ? a.y - b.y : a.m !== b.m ? a.m - b.m : a.d - b.d;
}

export function monthEnd(y: number, m: number): Ymd {
  return { y, m, d: daysInMonth(y, m) };
}

export function addDays(date: Ymd, days: number): Ymd {
  // via a day count so month and year carries are exact
  const t = Date.UTC(date.y, date.m - 1, date.d) + days * 86_400_000;
  const r = new Date(t);
  return { y: r.getUTCFullYear(), m: r.getUTCMonth() + 1, d: r.getUTCDate() };
}

export function addMonths(date: Ymd, months: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Day of the week, Monday 1 … Sunday 7. */
export function isoWeekday({ y, m, d }: Ymd): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}
