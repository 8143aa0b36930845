import { describe, expect, it } from 'vitest';
import { deriveAssignmentStatus } from '../assignment-light.util';
import { calendarDate } from '../../date.util';

describe('deriveAssignmentStatus', () => {
  const base = { state: 'in_progress' as const, today: '2026-11-22' };

  it('is green with time to spare', () => {
    expect(deriveAssignmentStatus({ ...base, dueDate: '2026-12-31' })).toEqual({
      overdue: false,
      daysLeft: 39,
      light: 'green',
    });
  });

  it('is yellow within the warning window', () => {
    expect(deriveAssignmentStatus({ ...base, dueDate: '2026-11-29' }).light).toBe('yellow');
    expect(deriveAssignmentStatus({ ...base, dueDate: '2026-11-30' }).light).toBe('green');
  });

  it('is red and overdue the day after the due date, not on it', () => {
    expect(deriveAssignmentStatus({ ...base, dueDate: '2026-11-22' })).toMatchObject({ overdue: false, daysLeft: 0 });
    expect(deriveAssignmentStatus({ ...base, dueDate: '2026-11-21' })).toEqual({
      overdue: true,
      daysLeft: -1,
      light: 'red',
    });
  });

  it('is yellow when the last ended reporting period had no report, until one is filed', () => {
    const monthly = { ...base, dueDate: '2027-06-30', cadence: 'monthly' as const, assignedDate: '2026-09-10' };
    // October ended with no report (the last one was in September): yellow.
    expect(deriveAssignmentStatus({ ...monthly, lastReportDate: '2026-09-30' }).light).toBe('yellow');
    // A report filed in November, after the missed month: green again.
    expect(deriveAssignmentStatus({ ...monthly, lastReportDate: '2026-11-02' }).light).toBe('green');
    // A report on 1 October covers October.
    expect(deriveAssignmentStatus({ ...monthly, lastReportDate: '2026-10-01' }).light).toBe('green');
    // Published this month: nothing has ended yet.
    expect(deriveAssignmentStatus({ ...monthly, assignedDate: '2026-11-01', lastReportDate: null }).light).toBe('green');
  });

  it('has no light once closed', () => {
    expect(deriveAssignmentStatus({ ...base, state: 'completed', dueDate: '2026-01-01' })).toMatchObject({
      overdue: false,
      light: null,
    });
  });
});

describe('calendarDate', () => {
  it('reads the date in Asia/Shanghai, not UTC', () => {
    // 2026-11-22 17:30 UTC is already 2026-11-23 in Shanghai.
    expect(calendarDate(new Date('2026-11-22T17:30:00Z'))).toBe('2026-11-23');
    expect(calendarDate(new Date('2026-11-22T17:30:00Z'), 'UTC')).toBe('2026-11-22');
  });
});
