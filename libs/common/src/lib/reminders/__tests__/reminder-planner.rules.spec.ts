import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../../calendar/chinese-days.calendar';
import { WorkingCalendar, type CalendarDay } from '../../calendar/working-calendar';
import {
  DEFAULT_REMINDER_RULE,
  planReminders,
  reminderOccurrenceKey,
  type PlanInput,
  type PlannedAssignment,
  type ReminderRuleSettings,
} from '../reminder-planner';

/*
 * The planner's output exactly as it comes out (order, `detail`, instants), with rows written by
 * hand. 2026 calendar as in reminder-planner.spec.ts: 国庆节 1–7 Oct, 调休 Saturday 10 Oct.
 * November 2026: Monday 2, 9, 16, 23, 30. 09:00 Asia/Shanghai = 01:00Z.
 */
const official = new WorkingCalendar(chineseDaysCalendar());

/** A calendar with a made-up holiday on each date from `first` to `last` (inclusive, in November 2026). */
function withHoliday(first: number, last: number): WorkingCalendar {
  const days: CalendarDay[] = [];
  for (let d = first; d <= last; d++) days.push({ date: `2026-11-${String(d).padStart(2, '0')}`, working: false, name: '测试假' });
  return new WorkingCalendar(days);
}

interface Case {
  assignment?: Partial<PlannedAssignment>;
  rule?: Partial<ReminderRuleSettings>;
  calendar?: WorkingCalendar;
  reminders?: string[];
  escalations?: string[];
  plannedAt?: Date;
  timeZone?: string | null;
  from: string;
  until: string;
}

function run(c: Case) {
  const publishedAt = new Date('2026-09-01T00:00:00Z');
  const input: PlanInput = {
    assignment: { id: 'a1', state: 'in_progress', dueDate: null, cadence: null, publishedAt, reportDates: [], ...c.assignment },
    rule: { ...DEFAULT_REMINDER_RULE, ...c.rule },
    calendar: c.calendar ?? official,
    recipients: { reminders: c.reminders ?? ['handler'], escalations: c.escalations ?? ['supervisor'] },
    plannedAt: c.plannedAt ?? c.assignment?.publishedAt ?? publishedAt,
    from: c.from,
    until: c.until,
  };
  if (c.timeZone !== null) input.timeZone = c.timeZone ?? 'Asia/Shanghai';
  return planReminders(input);
}

/** [kind, recipient, date, detail], in the planner's order. */
function plan(c: Case): string[][] {
  return run(c).map((o) => [o.kind, o.recipientId, o.date, o.detail]);
}

describe('the default rule', () => {
  it('is PRODUCT.md’s: 7 and 1 days before, overdue every 3 days, escalation every 7, at 09:00, with report reminders', () => {
    expect(DEFAULT_REMINDER_RULE).toEqual({ dueSoonDays: [7, 1], overdueEveryDays: 3, escalateAfterDays: 7, sendTime: '09:00', periodicReports: true });
  });
});

describe('planReminders: order, detail and instants', () => {
  it('due Thursday 8 Oct: sorted by instant, then kind, then recipient; the person on both lists gets the escalation', () => {
    const out = run({ assignment: { dueDate: '2026-10-08' }, reminders: ['zed', 'boss'], escalations: ['boss', 'amy'], from: '2026-09-01', until: '2026-10-20' });
    expect(out.map((o) => [o.kind, o.recipientId, o.date, o.detail, o.time, o.fireAt.toISOString(), o.assignmentId])).toEqual([
      ['due_soon', 'boss', '2026-09-30', '1', '09:00', '2026-09-30T01:00:00.000Z', 'a1'],
      ['due_soon', 'zed', '2026-09-30', '1', '09:00', '2026-09-30T01:00:00.000Z', 'a1'],
      ['overdue', 'boss', '2026-10-09', '1', '09:00', '2026-10-09T01:00:00.000Z', 'a1'],
      ['overdue', 'zed', '2026-10-09', '1', '09:00', '2026-10-09T01:00:00.000Z', 'a1'],
      ['overdue', 'boss', '2026-10-12', '4', '09:00', '2026-10-12T01:00:00.000Z', 'a1'],
      ['overdue', 'zed', '2026-10-12', '4', '09:00', '2026-10-12T01:00:00.000Z', 'a1'],
      ['escalation', 'amy', '2026-10-15', '7', '09:00', '2026-10-15T01:00:00.000Z', 'a1'],
      ['escalation', 'boss', '2026-10-15', '7', '09:00', '2026-10-15T01:00:00.000Z', 'a1'],
      ['overdue', 'zed', '2026-10-15', '7', '09:00', '2026-10-15T01:00:00.000Z', 'a1'],
      ['overdue', 'boss', '2026-10-19', '10', '09:00', '2026-10-19T01:00:00.000Z', 'a1'],
      ['overdue', 'zed', '2026-10-19', '10', '09:00', '2026-10-19T01:00:00.000Z', 'a1'],
    ]);
  });

  it('report reminders before deadline ones on the same day only by kind, and earlier days first', () => {
    const publishedAt = new Date('2026-08-10T02:00:00Z');
    expect(plan({ assignment: { cadence: 'quarterly', dueDate: '2026-10-09', publishedAt }, reminders: ['h2', 'h1'], from: '2026-09-28', until: '2026-10-09' })).toEqual([
      ['due_soon', 'h1', '2026-09-30', '7'],
      ['due_soon', 'h2', '2026-09-30', '7'],
      ['report_due', 'h1', '2026-09-30', '2026-07-01'],
      ['report_due', 'h2', '2026-09-30', '2026-07-01'],
      ['due_soon', 'h1', '2026-10-08', '1'],
      ['due_soon', 'h2', '2026-10-08', '1'],
      ['report_missed', 'h1', '2026-10-08', '2026-07-01'],
      ['report_missed', 'h2', '2026-10-08', '2026-07-01'],
    ]);
  });

  it('three overdue days shifted onto 8 Oct keep the latest k; the escalation there is k = 7', () => {
    expect(plan({ assignment: { dueDate: '2026-09-30' }, from: '2026-10-08', until: '2026-10-08' })).toEqual([
      ['escalation', 'supervisor', '2026-10-08', '7'],
      ['overdue', 'handler', '2026-10-08', '7'],
    ]);
  });

  it('two due-soon days on one day: the fewer days before wins, whichever order the rule lists them', () => {
    for (const dueSoonDays of [[1, 7], [7, 1]]) {
      expect(plan({ assignment: { dueDate: '2026-10-08' }, rule: { dueSoonDays }, from: '2026-09-30', until: '2026-09-30' }), String(dueSoonDays)).toEqual([
        ['due_soon', 'handler', '2026-09-30', '1'],
      ]);
    }
  });

  it('due-soon days of 0 or less are ignored', () => {
    // 2 days before Monday 16 Nov is Saturday 14 → Friday 13.
    expect(plan({ assignment: { dueDate: '2026-11-16' }, rule: { dueSoonDays: [0, -3, 2] }, from: '2026-11-01', until: '2026-11-16' })).toEqual([
      ['due_soon', 'handler', '2026-11-13', '2'],
    ]);
  });

  it('escalateAfterDays 0 never escalates', () => {
    expect(plan({ assignment: { dueDate: '2026-11-16' }, rule: { dueSoonDays: [], escalateAfterDays: 0 }, from: '2026-11-17', until: '2026-11-23' })).toEqual([
      ['overdue', 'handler', '2026-11-17', '1'],
      ['overdue', 'handler', '2026-11-20', '4'],
      ['overdue', 'handler', '2026-11-23', '7'],
    ]);
  });

  it('an escalation whose day is the last of the window is planned', () => {
    expect(plan({ assignment: { dueDate: '2026-11-16' }, rule: { dueSoonDays: [], overdueEveryDays: 30 }, from: '2026-11-01', until: '2026-11-23' })).toEqual([
      ['overdue', 'handler', '2026-11-17', '1'],
      ['escalation', 'supervisor', '2026-11-23', '7'],
    ]);
  });

  it('the zone: Asia/Shanghai when none is given, else the one given', () => {
    const c = { assignment: { dueDate: '2026-11-16' }, rule: { dueSoonDays: [1] }, from: '2026-11-13', until: '2026-11-13' };
    expect(run({ ...c, timeZone: null }).map((o) => o.fireAt.toISOString())).toEqual(['2026-11-13T01:00:00.000Z']);
    expect(run({ ...c, timeZone: 'UTC' }).map((o) => o.fireAt.toISOString())).toEqual(['2026-11-13T09:00:00.000Z']);
  });

  it('a reminder at exactly the planning instant is not sent; one a millisecond later is', () => {
    const c = { assignment: { dueDate: '2026-11-16' }, rule: { dueSoonDays: [1] }, from: '2026-11-13', until: '2026-11-13' };
    expect(plan({ ...c, plannedAt: new Date('2026-11-13T01:00:00.000Z') })).toEqual([]);
    expect(plan({ ...c, plannedAt: new Date('2026-11-13T00:59:59.999Z') })).toEqual([['due_soon', 'handler', '2026-11-13', '1']]);
  });

  it('the occurrence key', () => {
    expect(reminderOccurrenceKey({ assignmentId: 'a1', kind: 'overdue', date: '2026-10-09', recipientId: 'u7' })).toBe('a1/overdue/2026-10-09/u7');
  });
});

describe('planReminders: weekly reports, which report counts', () => {
  const mondayTwo = new Date('2026-11-02T02:00:00Z'); // Monday 2 Nov, 10:00
  const weekly = (assignment: Partial<PlannedAssignment>, from: string, until: string, calendar?: WorkingCalendar) =>
    plan({ assignment: { cadence: 'weekly', publishedAt: mondayTwo, ...assignment }, calendar, from, until });

  it('a report on a week’s Monday counts for that week, not for the week before', () => {
    expect(weekly({ reportDates: ['2026-11-09'] }, '2026-11-02', '2026-11-15')).toEqual([
      ['report_due', 'handler', '2026-11-06', '2026-11-02'],
      ['report_missed', 'handler', '2026-11-09', '2026-11-02'],
    ]);
  });

  it('a report dated before the publication does not count; one on the publication day does', () => {
    const wednesday = new Date('2026-11-04T02:00:00Z');
    expect(weekly({ publishedAt: wednesday, reportDates: ['2026-11-03'] }, '2026-11-04', '2026-11-08')).toEqual([['report_due', 'handler', '2026-11-06', '2026-11-02']]);
    expect(weekly({ publishedAt: wednesday, reportDates: ['2026-11-04'] }, '2026-11-04', '2026-11-08')).toEqual([]);
  });

  it('a window that starts later still gets the week before’s “missed” on its first day', () => {
    expect(weekly({ publishedAt: new Date('2026-09-01T02:00:00Z') }, '2026-11-09', '2026-11-15')).toEqual([
      ['report_missed', 'handler', '2026-11-09', '2026-11-02'],
      ['report_due', 'handler', '2026-11-13', '2026-11-09'],
    ]);
  });

  it('weeks before the publication are owed nothing, even inside the window', () => {
    expect(weekly({ publishedAt: new Date('2026-11-11T02:00:00Z') }, '2026-11-01', '2026-11-22')).toEqual([
      ['report_due', 'handler', '2026-11-13', '2026-11-09'],
      ['report_missed', 'handler', '2026-11-16', '2026-11-09'],
      ['report_due', 'handler', '2026-11-20', '2026-11-16'],
    ]);
  });

  it('published on a Monday before 09:00: the week before is not the assignment’s, so no “missed” for it that morning', () => {
    expect(weekly({ publishedAt: new Date('2026-11-09T00:00:00Z') }, '2026-11-01', '2026-11-15')).toEqual([['report_due', 'handler', '2026-11-13', '2026-11-09']]);
  });

  it('a week whose only working day is its Monday, on the last day of the window: report due that Monday', () => {
    expect(weekly({}, '2026-11-02', '2026-11-09', withHoliday(10, 13))).toEqual([
      ['report_due', 'handler', '2026-11-06', '2026-11-02'],
      ['report_due', 'handler', '2026-11-09', '2026-11-09'],
      ['report_missed', 'handler', '2026-11-09', '2026-11-02'],
    ]);
  });

  it('a week with no working day has no “report due”, only a “missed” on the next working day', () => {
    expect(weekly({ reportDates: ['2026-11-04'] }, '2026-11-02', '2026-11-16', withHoliday(9, 13))).toEqual([['report_missed', 'handler', '2026-11-16', '2026-11-09']]);
  });

  it('three weeks’ “missed” on one day after a long holiday go out once, for the earliest week', () => {
    expect(weekly({}, '2026-11-02', '2026-11-23', withHoliday(9, 20))).toEqual([
      ['report_due', 'handler', '2026-11-06', '2026-11-02'],
      ['report_missed', 'handler', '2026-11-23', '2026-11-02'],
    ]);
  });

  it('after the long holiday a window starting that day names the week just before it', () => {
    expect(weekly({}, '2026-11-23', '2026-11-23', withHoliday(9, 20))).toEqual([['report_missed', 'handler', '2026-11-23', '2026-11-16']]);
  });
});
