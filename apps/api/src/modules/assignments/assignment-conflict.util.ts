import { allowedAssignmentActions, statesAllowingAction, type AssignmentAction, type AssignmentState } from '@luoshi/common';

/** Actions as the API names them (the endpoint path). */
export function actionName(action: AssignmentAction): string {
  return action.replace('_', '-');
}

/**
 * The 409 message for an illegal transition: the current state, when the action would be legal,
 * and what may be done now — e.g. "Assignment is assigned; report is allowed only when signed or
 * in_progress; allowed now: sign, cancel". A closed assignment allows nothing, and says only that.
 */
export function illegalTransitionMessage(state: AssignmentState, action: AssignmentAction): string {
  const allowed = allowedAssignmentActions(state).map(actionName);
  if (allowed.length === 0) return closedMessage(state);
  return `Assignment is ${state}; ${actionName(action)} is allowed only when ${statesAllowingAction(action).join(' or ')}; allowed now: ${allowed.join(', ')}`;
}

export function closedMessage(state: AssignmentState): string {
  return `Assignment is ${state}; allowed now: none`;
}
