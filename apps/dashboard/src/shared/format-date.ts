/** The zone the office's calendar dates are in (the API's TIME_ZONE default). */
const OFFICE_ZONE = 'Asia/Shanghai';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function partsOf(value: string): { y: number; m: number; d: number } | null {
  const plain = PLAIN_DATE.exec(value);
  if (plain) return { y: Number(plain[1]), m: Number(plain[2]), d: Number(plain[3]) };
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: OFFICE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/**
 * One way of writing a date in the UI: 2026年12月1日 in Chinese, 2026-12-01 in English. Takes a
 * calendar date (YYYY-MM-DD) or an instant (read in the office's zone); '' for nothing readable.
 */
export function formatDate(value: string | null | undefined, locale: string): string {
  const p = value ? partsOf(value) : null;
  if (!p) return '';
  if (locale.startsWith('zh')) return `${p.y}年${p.m}月${p.d}日`;
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

/** A date without its year, for chart axes: 11月30日 / 11-30. */
export function formatMonthDay(value: string | null | undefined, locale: string): string {
  const p = value ? partsOf(value) : null;
  if (!p) return '';
  if (locale.startsWith('zh')) return `${p.m}月${p.d}日`;
  return `${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: OFFICE_ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** An instant with its time of day in the office's zone: 2026年12月1日 09:30 / 2026-12-01 09:30. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  const date = formatDate(value, locale);
  if (!date || !value || value.length <= 10) return date;
  return `${date} ${TIME.format(new Date(value))}`;
}
