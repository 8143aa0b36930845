import type { ExtensionRequestState, NotificationKind } from '@luoshi/common';

export type { AssignmentRecord, AttachmentRecord, ProgressReportRecord } from '@luoshi/common';

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
