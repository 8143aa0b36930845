import type { AssignmentRole, AssignmentState, Cadence, ExtensionRequestState, Light, NotificationKind } from '@luoshi/common';

/** `GET /api/assignments/:id`: the assignment with what the API derives from it. Dates are ISO strings. */
export interface AssignmentRecord {
  id: string;
  itemId: string;
  itemTitle: string | null;
  speechId: string | null;
  organizationId: string;
  role: AssignmentRole;
  state: AssignmentState;
  dueDate: string | null;
  cadence: Cadence | null;
  percent: number;
  light: Light | null;
  overdue: boolean;
  daysLeft: number | null;
  lastReportAt: string | null;
  signedAt: string | null;
  completedAt: string | null;
  /** The latest 办结 summary, return reason and cancel reason (the audit trail keeps every one). */
  completionSummary: string | null;
  returnReason: string | null;
  cancelReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** 进展反馈 (`GET /api/reports`). */
export interface ProgressReportRecord {
  id: string;
  assignmentId: string;
  authorId: string | null;
  done: string;
  nextSteps: string;
  problems: string;
  helpNeeded: string;
  percent: number;
  createdAt: string;
  attachments?: unknown;
}

/** 延期申请 (`GET /api/extension-requests`). */
export interface ExtensionRequestRecord {
  id: string;
  assignmentId: string;
  requestedById: string | null;
  currentDueDate: string;
  newDueDate: string;
  reason: string;
  state: ExtensionRequestState;
  decidedById: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  createdAt: string;
  version: number;
}

export interface AttachmentRecord {
  id: string;
  assignmentId: string;
  reportId: string | null;
  name: string;
  size: number;
  type: string;
  createdAt: string;
}

/** `GET /api/audit-events`: who did what, with the record before and after. */
export interface AuditEventRecord {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

/** `GET /api/notifications`: the signed-in user's own messages. */
export interface NotificationRecord {
  id: string;
  recipientId: string;
  assignmentId: string | null;
  kind: NotificationKind;
  title: string;
  body: string;
  senderId: string | null;
  createdAt: string;
}
