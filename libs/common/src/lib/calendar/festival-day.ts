import { getSolarDateFromLunar, getSolarTermDate } from 'chinese-days';
import { addDays } from '../date.util';

/**
 * Where each festival falls in a year, by the calendars that fix it: a Gregorian date, a lunar
 * date (春节 from 除夕, the lunar new year's eve, as the holiday has started since 2025), or the
 * solar term (清明). Names as in the working calendar (CalendarDay.name).
 */
const FESTIVAL_DAYS: Readonly<Record<string, (year: number) => string>> = {
  元旦: (y) => `${y}-01-01`,
  春节: (y) => addDays(getSolarDateFromLunar(`${y}-01-01`).date, -1),
  清明: (y) => getSolarTermDate(y, 4, 'pure_brightness'),
  劳动节: (y) => `${y}-05-01`,
  端午: (y) => getSolarDateFromLunar(`${y}-05-05`).date,
  中秋: (y) => getSolarDateFromLunar(`${y}-08-15`).date,
  国庆节: (y) => `${y}-10-01`,
};

/**
 * The first day of the festival `name` on or after `from` ('YYYY-MM-DD'), from the lunar and solar
 * calendars: what "春节前" means for a year whose holidays the State Council has not announced yet
 * (or the deployment's calendar table does not hold). The announced first rest day may lie a day
 * or two earlier; WorkingCalendar.holidayStart, when it knows the year, is the one to ask first.
 * Null for a name it does not know.
 */
export function festivalDay(name: string, from: string): string | null {
  const dayIn = FESTIVAL_DAYS[name];
  if (!dayIn) return null;
  const year = Number(from.slice(0, 4));
  const day = dayIn(year);
  return day >= from ? day : dayIn(year + 1);
}
