import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../chinese-days.calendar';
import { WorkingCalendar } from '../working-calendar';

const calendar = new WorkingCalendar(chineseDaysCalendar());

describe('WorkingCalendar with the published 2026 calendar', () => {
  it.each([
    ['2026-09-30', true, 'a Wednesday before National Day'],
    ['2026-10-01', false, 'National Day'],
    ['2026-10-07', false, 'the last day of the National Day holiday'],
    ['2026-10-10', true, 'a 调休 working Saturday'],
    ['2026-09-20', true, 'a 调休 working Sunday'],
    ['2026-10-11', false, 'a plain Sunday'],
    ['2026-02-16', false, 'Spring Festival'],
    ['2026-12-02', true, 'a plain Wednesday'],
    ['2026-12-05', false, 'a plain Saturday'],
  ])('%s is working: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working);
  });

  it.each([
    // from, n, the n-th working day after it (written by hand from the 2026 calendar)
    ['2026-09-28', 1, '2026-09-29'],
    ['2026-09-28', 3, '2026-10-08'],
    ['2026-09-28', 4, '2026-10-09'],
    ['2026-09-28', 5, '2026-10-10'],
    ['2026-12-04', 1, '2026-12-07'],
    ['2026-12-04', 5, '2026-12-11'],
  ])('%s + %i working days = %s', (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected);
  });

  it('moves a day off to the working day before or after it', () => {
    expect(calendar.onOrBefore('2026-10-04')).toBe('2026-09-30');
    expect(calendar.onOrAfter('2026-10-04')).toBe('2026-10-08');
    expect(calendar.onOrAfter('2026-10-09')).toBe('2026-10-09');
    expect(calendar.previousWorkingDay('2026-10-12')).toBe('2026-10-10');
    expect(calendar.nextWorkingDay('2026-12-31')).toBe('2027-01-01');
  });

  it('finds the first day of the next holiday of a name', () => {
    expect(calendar.holidayStart('国庆节', '2026-06-01')).toBe('2026-10-01');
    expect(calendar.holidayStart('春节', '2026-01-10')).toBe('2026-02-15');
    expect(calendar.holidayStart('国庆节', '2026-10-03')).toBeNull();
  });

  it('without entries is the plain week', () => {
    const plain = new WorkingCalendar();
    expect(plain.isWorkingDay('2026-10-01')).toBe(true);
    expect(plain.isWorkingDay('2026-10-03')).toBe(false);
  });
});
