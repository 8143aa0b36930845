import {
  allowedAssignmentActions,
  illegalTransitionParams,
  stateParams,
  statesAllowingAction,
  type AssignmentAction,
  type AssignmentState,
} from '@luoshi/common';
import { AppException } from '../../core/http/app.exception';

/** Actions as the API names them (the endpoint path). */
export function actionName(action: AssignmentAction): string {
  return action.replace(/_/g, '-');
}

/**
 * The 409 for an illegal transition: the current state, when the action would be legal, and what
 * may be done now, each named in the reader's language. A closed assignment allows nothing, and
 * says only that.
 */
export function illegalTransition(state: AssignmentState, action: AssignmentAction): AppException {
  const allowed = allowedAssignmentActions(state);
  if (allowed.length === 0) return closedAssignment(state);
  return new AppException(
    409,
    'assignment.illegal_transition',
    illegalTransitionParams(state, action, statesAllowingAction(action), allowed),
  );
}

export function closedAssignment(state: AssignmentState): AppException {
  return new AppException(409, 'assignment.closed', stateParams(state));
}
