import { describe, expect, it } from 'vitest';
import { chineseDaysCalendar } from '../../calendar/chinese-days.calendar';
import { WorkingCalendar } from '../../calendar/working-calendar';
import { DEFAULT_REMINDER_RULE, planReminders, type PlannedAssignment, type ReminderRecipients } from '../reminder-planner';

/*
 * The expected rows below are written by hand from the rules in PRODUCT.md and issue 8, reading a
 * wall calendar of 2026 (State Council notice): 中秋 25–27 Sep, 国庆节 1–7 Oct, 调休 working days
 * Sunday 20 Sep and Saturday 10 Oct. 09:00 in Asia/Shanghai is 01:00 UTC the same day.
 */
const calendar = new WorkingCalendar(chineseDaysCalendar());
const people: ReminderRecipients = { reminders: ['handler', 'orgadmin'], escalations: ['supervisor', 'parentadmin'] };
const longAgo = new Date('2026-09-01T00:00:00Z');

type Row = [kind: string, recipient: string, date: string, time: string];

function plan(a: Partial<PlannedAssignment>, window: { from: string; until: string }, extra: { recipients?: ReminderRecipients; plannedAt?: Date; sendTime?: string } = {}) {
  const assignment: PlannedAssignment = { id: 'a', state: 'in_progress', dueDate: null, cadence: null, publishedAt: longAgo, reportDates: [], ...a };
  const out = planReminders({
    assignment,
    rule: { ...DEFAULT_REMINDER_RULE, sendTime: extra.sendTime ?? '09:00' },
    calendar,
    recipients: extra.recipients ?? people,
    plannedAt: extra.plannedAt ?? assignment.publishedAt,
    timeZone: 'Asia/Shanghai',
    ...window,
  });
  // The instant is checked against the local wall time written in each row.
  for (const o of out) {
    const [h, m] = o.time.split(':').map(Number);
    const expected = Date.UTC(Number(o.date.slice(0, 4)), Number(o.date.slice(5, 7)) - 1, Number(o.date.slice(8, 10)), (h ?? 0) - 8, m ?? 0);
    expect(o.fireAt.getTime(), `${o.kind} ${o.date}`).toBe(expected);
  }
  return out.map((o): Row => [o.kind, o.recipientId, o.date, o.time]).sort((x, y) => (x.join() < y.join() ? -1 : 1));
}

function rows(...r: Row[]): Row[] {
  return [...r].sort((x, y) => (x.join() < y.join() ? -1 : 1));
}

function both(kind: string, date: string, time = '09:00'): Row[] {
  return [[kind, 'handler', date, time], [kind, 'orgadmin', date, time]];
}

function escalated(date: string): Row[] {
  return [['escalation', 'supervisor', date, '09:00'], ['escalation', 'parentadmin', date, '09:00']];
}

describe('planReminders with the default rule', () => {
  it('an ordinary week: due Monday 16 Nov; the 1-day reminder moves from Sunday to Friday', () => {
    expect(plan({ dueDate: '2026-11-16' }, { from: '2026-11-01', until: '2026-11-20' })).toEqual(
      rows(...both('due_soon', '2026-11-09'), ...both('due_soon', '2026-11-13'), ...both('overdue', '2026-11-17'), ...both('overdue', '2026-11-20')),
    );
  });

  it('a 调休 Sunday is a working day: due Monday 21 Sep, the 1-day reminder stays on Sunday 20 Sep', () => {
    expect(plan({ dueDate: '2026-09-21' }, { from: '2026-09-01', until: '2026-09-21' })).toEqual(
      rows(...both('due_soon', '2026-09-14'), ...both('due_soon', '2026-09-20')),
    );
  });

  it('National Day: due Monday 12 Oct; 7 days before moves back to 30 Sep, 1 day before to the 调休 Saturday 10 Oct', () => {
    expect(plan({ dueDate: '2026-10-12' }, { from: '2026-09-01', until: '2026-10-31' })).toEqual(
      rows(
        ...both('due_soon', '2026-09-30'),
        ...both('due_soon', '2026-10-10'),
        ...both('overdue', '2026-10-13'), // k = 1
        ...both('overdue', '2026-10-16'), // k = 4
        ...both('overdue', '2026-10-19'), // k = 7
        ...both('overdue', '2026-10-22'), // k = 10
        ...both('overdue', '2026-10-26'), // k = 13, Sunday 25 → Monday
        ...both('overdue', '2026-10-28'), // k = 16; k = 19 is Saturday 31 → Monday 2 Nov, outside the window
        ...escalated('2026-10-19'), // k = 7
        ...escalated('2026-10-26'), // k = 14
      ),
    );
  });

  it('due Thursday 8 Oct: both due-soon days land on 30 Sep, only the 1-day one goes out', () => {
    expect(plan({ dueDate: '2026-10-08' }, { from: '2026-09-01', until: '2026-10-20' })).toEqual(
      rows(
        ...both('due_soon', '2026-09-30'),
        ...both('overdue', '2026-10-09'), // k = 1
        ...both('overdue', '2026-10-12'), // k = 4
        ...both('overdue', '2026-10-15'), // k = 7
        ...both('overdue', '2026-10-19'), // k = 10, Sunday 18 → Monday
        ...escalated('2026-10-15'),
      ),
    );
  });

  it('due on the quarter end 30 Sep: overdue k = 1, 4, 7 all fall in the holiday and land once on 8 Oct; k = 10 on the 调休 Saturday', () => {
    expect(plan({ dueDate: '2026-09-30' }, { from: '2026-09-20', until: '2026-10-16' })).toEqual(
      rows(
        ...both('due_soon', '2026-09-23'),
        ...both('due_soon', '2026-09-29'),
        ...both('overdue', '2026-10-08'),
        ...both('overdue', '2026-10-10'), // k = 10
        ...both('overdue', '2026-10-13'), // k = 13
        ...both('overdue', '2026-10-16'), // k = 16
        ...escalated('2026-10-08'), // k = 7 shifted
        ...escalated('2026-10-14'), // k = 14
      ),
    );
  });

  it('one person who gets both overdue and escalation on 8 Oct gets only the escalation', () => {
    const overlap = { reminders: ['handler', 'boss'], escalations: ['boss', 'supervisor'] };
    expect(plan({ dueDate: '2026-09-30' }, { from: '2026-10-08', until: '2026-10-08' }, { recipients: overlap })).toEqual(
      rows(['overdue', 'handler', '2026-10-08', '09:00'], ['escalation', 'boss', '2026-10-08', '09:00'], ['escalation', 'supervisor', '2026-10-08', '09:00']),
    );
  });

  it('is not sent late: published 13 Nov at 10:00 with the due date a week later, the 7-day reminder of that morning is dropped', () => {
    const publishedAt = new Date('2026-11-13T02:00:00Z'); // 10:00 in Shanghai
    expect(plan({ dueDate: '2026-11-20', publishedAt }, { from: '2026-11-13', until: '2026-11-20' })).toEqual(rows(...both('due_soon', '2026-11-19')));
    const early = new Date('2026-11-12T23:30:00Z'); // 07:30 on the 13th in Shanghai: 09:00 is still ahead
    expect(plan({ dueDate: '2026-11-20', publishedAt: early }, { from: '2026-11-13', until: '2026-11-20' })).toEqual(
      rows(...both('due_soon', '2026-11-13'), ...both('due_soon', '2026-11-19')),
    );
  });

  it('fires at the rule time', () => {
    expect(plan({ dueDate: '2026-11-16' }, { from: '2026-11-13', until: '2026-11-13' }, { sendTime: '14:30' })).toEqual(rows(...both('due_soon', '2026-11-13', '14:30')));
  });

  it('a closed assignment has none', () => {
    expect(plan({ dueDate: '2026-11-16', state: 'completed' }, { from: '2026-11-01', until: '2026-11-30' })).toEqual([]);
    expect(plan({ dueDate: '2026-11-16', state: 'cancelled' }, { from: '2026-11-01', until: '2026-11-30' })).toEqual([]);
  });
});

describe('planReminders: periodic reports', () => {
  it('weekly around National Day: report due on the last working day (30 Sep; the 调休 Saturday 10 Oct), missed on the first working day after', () => {
    const publishedAt = new Date('2026-09-28T02:00:00Z'); // Monday 10:00
    expect(plan({ cadence: 'weekly', publishedAt, reportDates: ['2026-10-14'] }, { from: '2026-09-28', until: '2026-10-18' })).toEqual(
      rows(
        ...both('report_due', '2026-09-30'), // week 28 Sep – 4 Oct
        ...both('report_missed', '2026-10-08'), // its first working day after
        ...both('report_due', '2026-10-10'), // week 5 – 11 Oct
        ...both('report_missed', '2026-10-12'),
        // week 12 – 18 Oct has a report on 14 Oct: nothing
      ),
    );
  });

  it('monthly: October due on Friday 30 Oct (31st is a Saturday), missed on Monday 2 Nov; November reported; December due on the 31st', () => {
    const publishedAt = new Date('2026-10-20T02:00:00Z');
    expect(plan({ cadence: 'monthly', publishedAt, reportDates: ['2026-11-03'] }, { from: '2026-10-20', until: '2026-12-31' })).toEqual(
      rows(...both('report_due', '2026-10-30'), ...both('report_missed', '2026-11-02'), ...both('report_due', '2026-12-31')),
    );
  });

  it('quarterly with a due date: the quarter-end report reminder and the deadline reminders are separate', () => {
    const publishedAt = new Date('2026-08-10T02:00:00Z');
    expect(plan({ cadence: 'quarterly', dueDate: '2026-10-09', publishedAt }, { from: '2026-09-28', until: '2026-10-09' })).toEqual(
      rows(
        ...both('due_soon', '2026-09-30'), // 7 days: 2 Oct → 30 Sep; 1 day: Thursday 8 Oct
        ...both('due_soon', '2026-10-08'),
        ...both('report_due', '2026-09-30'), // Q3 ends Wednesday 30 Sep
        ...both('report_missed', '2026-10-08'), // Q4's first working day
      ),
    );
  });
});
