import { describe, expect, it } from 'vitest';
import { deadlineOf } from '../deadline';

describe('deadlineOf', () => {
  it('says how long an open assignment is overdue', () => {
    expect(deadlineOf({ state: 'in_progress', overdue: true, daysLeft: -4 })).toEqual({ kind: 'overdue', days: 4 });
  });

  it('warns within the window and on the day itself', () => {
    expect(deadlineOf({ state: 'signed', overdue: false, daysLeft: 5 })).toEqual({ kind: 'dueSoon', days: 5 });
    expect(deadlineOf({ state: 'signed', overdue: false, daysLeft: 7 })).toEqual({ kind: 'dueSoon', days: 7 });
    expect(deadlineOf({ state: 'assigned', overdue: false, daysLeft: 0 })).toEqual({ kind: 'dueToday' });
    expect(deadlineOf({ state: 'assigned', overdue: false, daysLeft: 8 })).toEqual({ kind: 'later', days: 8 });
    expect(deadlineOf({ state: 'assigned', overdue: false, daysLeft: 8 }, 10)).toEqual({ kind: 'dueSoon', days: 8 });
  });

  it('always says how many days are left, however far the due date', () => {
    expect(deadlineOf({ state: 'signed', overdue: false, daysLeft: 120 })).toEqual({ kind: 'later', days: 120 });
  });

  it('says nothing of closed work or work without a due date', () => {
    expect(deadlineOf({ state: 'completed', overdue: false, daysLeft: -3 })).toBeNull();
    expect(deadlineOf({ state: 'cancelled', overdue: false, daysLeft: 2 })).toBeNull();
    expect(deadlineOf({ state: 'in_progress', overdue: false, daysLeft: null })).toBeNull();
  });
});
