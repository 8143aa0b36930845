import { ORGANIZATION_ROLES, ROLES, type Role } from '@luoshi/common';

const EVERYONE: readonly Role[] = ROLES;
const SUPERVISORS: readonly Role[] = ['admin', 'supervisor'];
const ADMINS: readonly Role[] = ['admin'];
const AUDIT_READERS: readonly Role[] = ['admin', 'supervisor', 'viewer'];
const READ_ACTIONS = new Set(['list', 'show', 'export']);

interface ResourceRule {
  read: readonly Role[];
  write: readonly Role[];
}

/**
 * Mirrors the API's @Roles guards so the UI offers no button the API would refuse. The API stays
 * the authority: this only decides what is shown.
 */
const RULES: Record<string, ResourceRule> = {
  organizations: { read: EVERYONE, write: SUPERVISORS },
  users: { read: ['admin'], write: ['admin'] },
  speeches: { read: EVERYONE, write: SUPERVISORS },
  items: { read: EVERYONE, write: SUPERVISORS },
  // Assignments change only through lifecycle actions (sign, report, approve...), never by edit.
  assignments: { read: EVERYONE, write: [] },
  // Reports, extension requests and files are appended through the assignment's own screens.
  reports: { read: EVERYONE, write: ORGANIZATION_ROLES },
  'extension-requests': { read: EVERYONE, write: ORGANIZATION_ROLES },
  attachments: { read: EVERYONE, write: ORGANIZATION_ROLES },
  'audit-events': { read: AUDIT_READERS, write: [] },
  'notification-channels': { read: SUPERVISORS, write: SUPERVISORS },
  deliveries: { read: ['admin'], write: ['admin'] },
  // Everyone edits their own (the API only ever serves /notification-preferences/me).
  'notification-preferences': { read: EVERYONE, write: EVERYONE },
  // Everyone's own inbox; read and read-all are actions, not edits.
  notifications: { read: EVERYONE, write: [] },
  'reminder-rules': { read: SUPERVISORS, write: ['admin'] },
  'calendar-days': { read: EVERYONE, write: ['admin'] },
  // 督查通报: read by the office and the leaders, issued by the office.
  bulletins: { read: AUDIT_READERS, write: SUPERVISORS },
  // 考评方案: the API serves them to everyone signed in; the menu offers them to the office, admins edit.
  'scoring-schemes': { read: AUDIT_READERS, write: ADMINS },
};

const DEFAULT_RULE: ResourceRule = { read: EVERYONE, write: ['admin'] };

export function canRoleAccess(role: Role, resource: string, action: string): boolean {
  const rule = RULES[resource] ?? DEFAULT_RULE;
  return (READ_ACTIONS.has(action) ? rule.read : rule.write).includes(role);
}

/** What a user may do to an assignment, beside the state machine (which says when). */
export const ASSIGNMENT_WORKFLOW_ACTIONS = [
  'sign',
  'report',
  'request_completion',
  'request_extension',
  'approve',
  'return',
  'cancel',
  'urge',
] as const;
export type AssignmentWorkflowAction = (typeof ASSIGNMENT_WORKFLOW_ACTIONS)[number];

/** The responsible organization does the work; the supervision office judges and chases it. */
const ASSIGNMENT_ACTION_ROLES: Record<AssignmentWorkflowAction, readonly Role[]> = {
  sign: ORGANIZATION_ROLES,
  report: ORGANIZATION_ROLES,
  request_completion: ORGANIZATION_ROLES,
  request_extension: ORGANIZATION_ROLES,
  approve: SUPERVISORS,
  return: SUPERVISORS,
  cancel: SUPERVISORS,
  urge: SUPERVISORS,
};

export function canRoleTakeAssignmentAction(role: Role, action: AssignmentWorkflowAction): boolean {
  return ASSIGNMENT_ACTION_ROLES[action].includes(role);
}

/** Pages beside the resources: 我的任务 for organization users, 待审核 for the supervision office, 通知设置 for all, Bull Board for admins. */
const PAGE_ROLES = {
  myTasks: ORGANIZATION_ROLES,
  reviewQueue: SUPERVISORS,
  notificationPreferences: EVERYONE,
  queueBoard: ADMINS,
} satisfies Record<string, readonly Role[]>;
export type AppPage = keyof typeof PAGE_ROLES;

export function canRoleSeePage(role: Role, page: AppPage): boolean {
  return PAGE_ROLES[page].includes(role);
}
