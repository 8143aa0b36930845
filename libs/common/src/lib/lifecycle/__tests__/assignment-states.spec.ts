import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_STATES, OPEN_ASSIGNMENT_STATES, isOpenAssignmentState, statesAllowingAction } from '../assignment-state.machine';

describe('assignment states', () => {
  it('the open ones are assigned, signed, in progress and completion requested', () => {
    expect([...OPEN_ASSIGNMENT_STATES]).toEqual(['assigned', 'signed', 'in_progress', 'completion_requested']);
    expect(ASSIGNMENT_STATES.filter(isOpenAssignmentState)).toEqual(['assigned', 'signed', 'in_progress', 'completion_requested']);
  });

  it('the states from which each action is legal, as a conflict message names them', () => {
    expect(statesAllowingAction('sign')).toEqual(['assigned']);
    expect(statesAllowingAction('report')).toEqual(['signed', 'in_progress']);
    expect(statesAllowingAction('request_completion')).toEqual(['signed', 'in_progress']);
    expect(statesAllowingAction('approve')).toEqual(['completion_requested']);
    expect(statesAllowingAction('return')).toEqual(['completion_requested']);
    expect(statesAllowingAction('cancel')).toEqual(['assigned', 'signed', 'in_progress', 'completion_requested']);
    expect(statesAllowingAction('complete_with_lead')).toEqual(['assigned', 'signed', 'in_progress', 'completion_requested']);
  });
});
