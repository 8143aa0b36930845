import { ROLES } from '@luoshi/common';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_WORKFLOW_ACTIONS, canRoleAccess, canRoleSeePage, canRoleTakeAssignmentAction } from '../access';

describe('canRoleAccess', () => {
  it('lets every role read the shared registers and the work', () => {
    for (const role of ROLES) {
      for (const resource of ['organizations', 'speeches', 'items', 'assignments']) {
        expect(canRoleAccess(role, resource, 'list'), `${role} ${resource}`).toBe(true);
        expect(canRoleAccess(role, resource, 'show'), `${role} ${resource}`).toBe(true);
      }
    }
  });

  it('shows the users screens to administrators only', () => {
    expect(ROLES.filter((role) => canRoleAccess(role, 'users', 'list'))).toEqual(['admin']);
    expect(ROLES.filter((role) => canRoleAccess(role, 'users', 'edit'))).toEqual(['admin']);
  });

  it('offers organization edits to admins and supervisors, as the API allows', () => {
    for (const action of ['create', 'edit', 'delete']) {
      expect(ROLES.filter((role) => canRoleAccess(role, 'organizations', action))).toEqual(['admin', 'supervisor']);
    }
  });

  it('never offers to edit or delete an assignment (lifecycle actions only)', () => {
    for (const role of ROLES) {
      expect(canRoleAccess(role, 'assignments', 'edit')).toBe(false);
      expect(canRoleAccess(role, 'assignments', 'delete')).toBe(false);
    }
  });

  it('keeps viewers read-only everywhere', () => {
    for (const resource of ['organizations', 'users', 'speeches', 'items', 'assignments', 'reports']) {
      for (const action of ['create', 'edit', 'delete']) expect(canRoleAccess('viewer', resource, action)).toBe(false);
    }
  });
});

describe('assignment workflow roles', () => {
  it('lets organization users do the work and the supervision office judge it', () => {
    const who = (action: (typeof ASSIGNMENT_WORKFLOW_ACTIONS)[number]) => ROLES.filter((role) => canRoleTakeAssignmentAction(role, action));
    for (const action of ['sign', 'report', 'request_completion', 'request_extension'] as const) expect(who(action), action).toEqual(['org_admin', 'org_staff']);
    for (const action of ['approve', 'return', 'cancel', 'urge'] as const) expect(who(action), action).toEqual(['admin', 'supervisor']);
  });

  it('keeps the audit trail from organization users', () => {
    expect(ROLES.filter((role) => canRoleAccess(role, 'audit-events', 'list'))).toEqual(['admin', 'supervisor', 'viewer']);
  });

  it('gives 我的任务 to organization users and 待审核 to the supervision office', () => {
    expect(ROLES.filter((role) => canRoleSeePage(role, 'myTasks'))).toEqual(['org_admin', 'org_staff']);
    expect(ROLES.filter((role) => canRoleSeePage(role, 'reviewQueue'))).toEqual(['admin', 'supervisor']);
  });
});
