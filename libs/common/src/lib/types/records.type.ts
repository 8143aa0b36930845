import type { AssignmentRole, Cadence } from '../enums/item.enum';
import type { AssignmentState } from '../lifecycle/assignment-state.machine';
import type { Light } from '../lifecycle/assignment-light.util';

/**
 * Records as the API returns them. Timestamps are `Date`s where the API builds them and ISO
 * strings on the wire (the default), hence the parameter.
 */
export interface AssignmentRecord<T = string> {
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
  /** 经办人: the user the org admin handed it to (null: the whole organization holds it). */
  handlerId: string | null;
  handlerName: string | null;
  /**
   * On a support organization's assignment: the lead's state on the same item (never its
   * percentage or reports), so a supporter sees that the lead is 已办结. Null on the lead's own.
   */
  leadState: AssignmentState | null;
  leadOrganizationId: string | null;
  /** Derived, never stored: the light, overdue and days left on the deployment's calendar. */
  light: Light | null;
  overdue: boolean;
  daysLeft: number | null;
  lastReportAt: T | null;
  signedAt: T | null;
  completedAt: T | null;
  /** The latest 办结 summary, return reason and cancel reason (the audit trail keeps every one). */
  completionSummary: string | null;
  returnReason: string | null;
  cancelReason: string | null;
  /** When it was withdrawn (撤销). */
  cancelledAt: T | null;
  version: number;
  createdAt: T;
  updatedAt: T;
}

/** A file as lists and reports show it: never where it is stored. */
export interface AttachmentRecord<T = string> {
  id: string;
  assignmentId: string;
  reportId: string | null;
  name: string;
  size: number;
  type: string;
  uploadedById: string | null;
  createdAt: T;
}

/** 进展反馈. */
export interface ProgressReportRecord<T = string> {
  id: string;
  assignmentId: string;
  authorId: string | null;
  done: string;
  nextSteps: string;
  problems: string;
  helpNeeded: string;
  percent: number;
  attachments: Array<AttachmentRecord<T>>;
  createdAt: T;
}
