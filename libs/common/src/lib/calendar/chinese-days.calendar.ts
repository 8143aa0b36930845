import data from 'chinese-days/dist/chinese-days.json';
import type { CalendarDay } from './working-calendar';

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

/** "National Day,国庆节,3" → 国庆节 */
function chineseName(value: string): string | null {
  return value.split(',')[1]?.trim() || null;
}

/**
 * The public holidays and 调休 working days published by the State Council, as maintained in the
 * `chinese-days` package (its data ends at the last announced year). The API seeds its
 * admin-editable calendar table from this; the CLI and tests use it as it is.
 */
export function chineseDaysCalendar(): CalendarDay[] {
  const { holidays, workdays } = data as ChineseDaysData;
  const days: CalendarDay[] = [];
  for (const [date, value] of Object.entries(holidays)) days.push({ date, working: false, name: chineseName(value) });
  for (const [date, value] of Object.entries(workdays)) days.push({ date, working: true, name: chineseName(value) });
  // YYYY-MM-DD sorts by code unit; localeCompare would load the ICU collator on first use (tens of ms)
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
