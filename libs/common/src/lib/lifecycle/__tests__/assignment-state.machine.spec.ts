import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_ACTIONS,
  ASSIGNMENT_STATES,
  allowedAssignmentActions,
  nextAssignmentState,
  type AssignmentAction,
  type AssignmentState,
} from '../assignment-state.machine';

// The whole lifecycle written out once more, independently of the table under test.
const LEGAL: Array<[AssignmentState, AssignmentAction, AssignmentState]> = [
  ['assigned', 'sign', 'signed'],
  ['signed', 'report', 'in_progress'],
  ['in_progress', 'report', 'in_progress'],
  ['signed', 'request_completion', 'completion_requested'],
  ['in_progress', 'request_completion', 'completion_requested'],
  ['completion_requested', 'approve', 'completed'],
  ['completion_requested', 'return', 'in_progress'],
  ['assigned', 'cancel', 'cancelled'],
  ['signed', 'cancel', 'cancelled'],
  ['in_progress', 'cancel', 'cancelled'],
  ['completion_requested', 'cancel', 'cancelled'],
  ['assigned', 'complete_with_lead', 'completed'],
  ['signed', 'complete_with_lead', 'completed'],
  ['in_progress', 'complete_with_lead', 'completed'],
  ['completion_requested', 'complete_with_lead', 'completed'],
];

describe('assignment state machine', () => {
  it.each(LEGAL)('%s --%s--> %s', (from, action, to) => {
    expect(nextAssignmentState(from, action)).toBe(to);
  });

  const illegal = ASSIGNMENT_STATES.flatMap((state) =>
    ASSIGNMENT_ACTIONS.filter((action) => !LEGAL.some(([f, a]) => f === state && a === action)).map(
      (action) => [state, action] as const,
    ),
  );

  it.each(illegal)('%s refuses %s', (state, action) => {
    expect(nextAssignmentState(state, action)).toBeNull();
  });

  it('closed states allow nothing', () => {
    expect(allowedAssignmentActions('completed')).toEqual([]);
    expect(allowedAssignmentActions('cancelled')).toEqual([]);
  });

  it('lists what a signed assignment may do', () => {
    expect(allowedAssignmentActions('signed')).toEqual(['report', 'request_completion', 'cancel', 'complete_with_lead']);
  });
});
