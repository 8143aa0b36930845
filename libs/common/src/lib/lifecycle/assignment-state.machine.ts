/**
 * The assignment lifecycle (one assignment per organization per item), as one pure table so the
 * API, the worker and the dashboard agree on what is allowed.
 */
export const ASSIGNMENT_STATES = [
  'assigned',
  'signed',
  'in_progress',
  'completion_requested',
  'completed',
  'cancelled',
] as const;
export type AssignmentState = (typeof ASSIGNMENT_STATES)[number];

export const OPEN_ASSIGNMENT_STATES: readonly AssignmentState[] = [
  'assigned',
  'signed',
  'in_progress',
  'completion_requested',
];

export const ASSIGNMENT_ACTIONS = [
  'sign',
  'report',
  'request_completion',
  'approve',
  'return',
  'cancel',
  'complete_with_lead',
] as const;
export type AssignmentAction = (typeof ASSIGNMENT_ACTIONS)[number];

const TRANSITIONS: Record<AssignmentAction, Partial<Record<AssignmentState, AssignmentState>>> = {
  sign: { assigned: 'signed' },
  // The first report starts the work; later ones keep it in progress.
  report: { signed: 'in_progress', in_progress: 'in_progress' },
  request_completion: { signed: 'completion_requested', in_progress: 'completion_requested' },
  approve: { completion_requested: 'completed' },
  return: { completion_requested: 'in_progress' },
  cancel: {
    assigned: 'cancelled',
    signed: 'cancelled',
    in_progress: 'cancelled',
    completion_requested: 'cancelled',
  },
  // A support organization's share closes with the lead's (the API checks the lead is completed).
  complete_with_lead: {
    assigned: 'completed',
    signed: 'completed',
    in_progress: 'completed',
    completion_requested: 'completed',
  },
};

export function isOpenAssignmentState(state: AssignmentState): boolean {
  return OPEN_ASSIGNMENT_STATES.includes(state);
}

/** The state an action leads to, or null when the action is illegal in that state. */
export function nextAssignmentState(state: AssignmentState, action: AssignmentAction): AssignmentState | null {
  return TRANSITIONS[action][state] ?? null;
}

/** Actions legal in a state, in lifecycle order. */
export function allowedAssignmentActions(state: AssignmentState): AssignmentAction[] {
  return ASSIGNMENT_ACTIONS.filter((action) => TRANSITIONS[action][state] !== undefined);
}

/** States from which an action is legal: what a conflict message tells the user. */
export function statesAllowingAction(action: AssignmentAction): AssignmentState[] {
  return ASSIGNMENT_STATES.filter((state) => TRANSITIONS[action][state] !== undefined);
}
