import { allowedAssignmentActions, isOpenAssignmentState, type AssignmentState, type Role } from '@luoshi/common';
import { ASSIGNMENT_WORKFLOW_ACTIONS, canRoleTakeAssignmentAction, type AssignmentWorkflowAction } from '../auth/access';

export interface ActionableAssignment {
  state: AssignmentState;
  organizationId: string;
  /** Days to the due date (negative when past), null without one. */
  daysLeft: number | null;
}

/** Whether the assignment's state (and date) allows the action now, whoever asks. */
function stateAllows(action: AssignmentWorkflowAction, { state, daysLeft }: ActionableAssignment): boolean {
  switch (action) {
    case 'urge':
      return isOpenAssignmentState(state);
    // An extension is asked for while the work is open, strictly before the due date.
    case 'request_extension':
      return isOpenAssignmentState(state) && daysLeft !== null && daysLeft > 0;
    default:
      return (allowedAssignmentActions(state) as readonly string[]).includes(action);
  }
}

export interface Actor {
  role: Role;
  organizationId: string | null;
}

const ORGANIZATION_WORK: readonly AssignmentWorkflowAction[] = ['sign', 'report', 'request_completion', 'request_extension'];

/** Staff work for their own organization only; an organization's admin also for those below it. */
function actsFor(actor: Actor, action: AssignmentWorkflowAction, { organizationId }: ActionableAssignment): boolean {
  return actor.role !== 'org_staff' || !ORGANIZATION_WORK.includes(action) || actor.organizationId === organizationId;
}

/**
 * The buttons a user sees on an assignment: the state machine's legal actions crossed with what the
 * role may do, in lifecycle order. The API re-checks both and answers 409 when the state moved on.
 */
export function availableAssignmentActions(actor: Actor | undefined, assignment: ActionableAssignment): AssignmentWorkflowAction[] {
  if (!actor) return [];
  return ASSIGNMENT_WORKFLOW_ACTIONS.filter(
    (action) => canRoleTakeAssignmentAction(actor.role, action) && actsFor(actor, action, assignment) && stateAllows(action, assignment),
  );
}

/** The API's path segment of each action (`POST /api/assignments/:id/<segment>`). */
export const ACTION_ENDPOINTS: Record<Exclude<AssignmentWorkflowAction, 'request_extension'>, string> = {
  sign: 'sign',
  report: 'report',
  request_completion: 'request-completion',
  approve: 'approve',
  return: 'return',
  cancel: 'cancel',
  urge: 'urge',
};
