import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../chinese-days.calendar';
import { WorkingCalendar, type CalendarDay } from '../working-calendar';

const off = (date: string, name: string): CalendarDay => ({ date, working: false, name });

// A made-up 测试节 Monday 9 – Friday 13 Nov 2026, right after a one-day 前一节 on Sunday 8 Nov;
// given in reverse order, as an admin's table may list them.
const runs = new WorkingCalendar(
  [off('2026-11-08', '前一节'), ...['09', '10', '11', '12', '13'].map((d) => off(`2026-11-${d}`, '测试节')), off('2026-12-01', '单日节')].reverse(),
);

describe('WorkingCalendar.holidayStart', () => {
  it('the first day of the run, whatever order the days were given in', () => {
    expect(runs.holidayStart('测试节', '2026-11-01')).toBe('2026-11-09');
    expect(runs.holidayStart('测试节', '2026-11-09')).toBe('2026-11-09');
  });

  it('the earliest run on or after `from` when the name comes back in other years, listed out of order', () => {
    const years = new WorkingCalendar([off('2027-11-09', '测试节'), off('2026-11-10', '测试节'), off('2026-11-09', '测试节'), off('2028-11-09', '测试节')]);
    expect(years.holidayStart('测试节', '2026-11-01')).toBe('2026-11-09');
    expect(years.holidayStart('测试节', '2026-11-11')).toBe('2027-11-09');
  });

  it('a run that began before `from` is not the next one, even from its last day', () => {
    expect(runs.holidayStart('测试节', '2026-11-10')).toBeNull();
    expect(runs.holidayStart('测试节', '2026-11-13')).toBeNull();
  });

  it('a one-day holiday on `from` itself, and an unknown name', () => {
    expect(runs.holidayStart('单日节', '2026-12-01')).toBe('2026-12-01');
    expect(runs.holidayStart('单日节', '2026-12-02')).toBeNull();
    expect(runs.holidayStart('无此节', '2026-01-01')).toBeNull();
  });

  it('entry() gives the overriding day, or nothing', () => {
    expect(runs.entry('2026-11-08')).toEqual({ date: '2026-11-08', working: false, name: '前一节' });
    expect(runs.entry('2026-11-14')).toBeUndefined();
  });
});

describe('WorkingCalendar walks', () => {
  /** `n` non-working days from Wednesday 2 Jan 2030 (2 Jan + 3659 days is Monday 9 Jan 2040). */
  function restFor(n: number): WorkingCalendar {
    const days: CalendarDay[] = [];
    const start = Date.UTC(2030, 0, 2);
    for (let i = 0; i < n; i++) days.push(off(new Date(start + i * 86_400_000).toISOString().slice(0, 10), '长假'));
    return new WorkingCalendar(days);
  }

  it('look 3660 days ahead, not one more', () => {
    expect(restFor(3659).onOrAfter('2030-01-02')).toBe('2040-01-09');
    expect(() => restFor(3660).onOrAfter('2030-01-02')).toThrow('No working day within 3660 days of 2030-01-02');
  });
});

describe('chineseDaysCalendar', () => {
  it('the 2026 春节 as published: holiday 15–23 Feb, 调休 on Saturdays 14 and 28 Feb, by date', () => {
    const days = chineseDaysCalendar();
    const feb = days.filter((d) => d.date >= '2026-02-14' && d.date <= '2026-02-28');
    expect(feb).toEqual([
      { date: '2026-02-14', working: true, name: '春节' },
      ...['15', '16', '17', '18', '19', '20', '21', '22', '23'].map((d) => ({ date: `2026-02-${d}`, working: false, name: '春节' })),
      { date: '2026-02-28', working: true, name: '春节' },
    ]);
    const dates = days.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date) && d.name !== '' && typeof d.working === 'boolean')).toBe(true);
  });
});
