import { ASSIGNMENT_STATES, ROLES, type AssignmentState, type Role } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { availableAssignmentActions } from '../assignment-actions';

const at = (state: AssignmentState, daysLeft: number | null = 10) => ({ state, daysLeft, organizationId: 'o1' });
const as = (role: Role, organizationId: string | null = role.startsWith('org_') ? 'o1' : null) => ({ role, organizationId });

describe('availableAssignmentActions', () => {
  it('offers an organization user the work of the current step', () => {
    for (const role of ['org_admin', 'org_staff'] as Role[]) {
      expect(availableAssignmentActions(as(role), at('assigned'))).toEqual(['sign', 'request_extension']);
      expect(availableAssignmentActions(as(role), at('signed'))).toEqual(['report', 'request_completion', 'request_extension']);
      expect(availableAssignmentActions(as(role), at('in_progress'))).toEqual(['report', 'request_completion', 'request_extension']);
      expect(availableAssignmentActions(as(role), at('completion_requested'))).toEqual(['request_extension']);
      expect(availableAssignmentActions(as(role), at('completed'))).toEqual([]);
      expect(availableAssignmentActions(as(role), at('cancelled'))).toEqual([]);
    }
  });

  it('offers the supervision office review, cancel and urge, never the organization work', () => {
    for (const role of ['admin', 'supervisor'] as Role[]) {
      expect(availableAssignmentActions(as(role), at('assigned'))).toEqual(['cancel', 'urge']);
      expect(availableAssignmentActions(as(role), at('in_progress'))).toEqual(['cancel', 'urge']);
      expect(availableAssignmentActions(as(role), at('completion_requested'))).toEqual(['approve', 'return', 'cancel', 'urge']);
      expect(availableAssignmentActions(as(role), at('completed'))).toEqual([]);
      expect(availableAssignmentActions(as(role), at('cancelled'))).toEqual([]);
    }
  });

  it('offers a viewer nothing in any state, and nobody anything before the role is known', () => {
    for (const state of ASSIGNMENT_STATES) {
      expect(availableAssignmentActions(as('viewer'), at(state))).toEqual([]);
      expect(availableAssignmentActions(undefined, at(state))).toEqual([]);
    }
  });

  it('offers an extension only strictly before the due date', () => {
    expect(availableAssignmentActions(as('org_staff'), at('in_progress', 1))).toContain('request_extension');
    expect(availableAssignmentActions(as('org_staff'), at('in_progress', 0))).not.toContain('request_extension');
    expect(availableAssignmentActions(as('org_staff'), at('in_progress', -1))).not.toContain('request_extension');
    expect(availableAssignmentActions(as('org_staff'), at('in_progress', null))).not.toContain('request_extension');
  });

  it('lets staff work only for their own organization, an organization admin also for those below it', () => {
    expect(availableAssignmentActions({ role: 'org_staff', organizationId: 'parent' }, at('signed'))).toEqual([]);
    expect(availableAssignmentActions({ role: 'org_admin', organizationId: 'parent' }, at('signed'))).toEqual(['report', 'request_completion', 'request_extension']);
  });

  it('never offers an action the state machine forbids', () => {
    const lifecycle = new Set(['sign', 'report', 'request_completion', 'approve', 'return', 'cancel']);
    const legal: Record<AssignmentState, string[]> = {
      assigned: ['sign', 'cancel'],
      signed: ['report', 'request_completion', 'cancel'],
      in_progress: ['report', 'request_completion', 'cancel'],
      completion_requested: ['approve', 'return', 'cancel'],
      completed: [],
      cancelled: [],
    };
    for (const role of ROLES) {
      for (const state of ASSIGNMENT_STATES) {
        const offered = availableAssignmentActions(as(role), at(state)).filter((a) => lifecycle.has(a));
        for (const action of offered) expect(legal[state], `${role} ${state} ${action}`).toContain(action);
      }
    }
  });
});
