import { deriveAssignmentStatus, type AssignmentRecord, type AssignmentState } from '@luoshi/common';
import type { Assignment } from '@luoshi/data';

/** An assignment as the API shows it, with what is derived from it (never stored). */
export type AssignmentView = AssignmentRecord<Date>;

/**
 * The columns of an assignment its view is made of, with its item's title and speech: what the
 * list reads by hand (assignments.service.ts, VIEW_COLUMNS), without an entity.
 */
export type AssignmentRow = Pick<
  Assignment,
  | 'id'
  | 'itemId'
  | 'organizationId'
  | 'role'
  | 'state'
  | 'dueDate'
  | 'cadence'
  | 'percent'
  | 'handlerId'
  | 'signedAt'
  | 'completedAt'
  | 'completionSummary'
  | 'returnReason'
  | 'cancelReason'
  | 'cancelledAt'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
> & { itemTitle: string | null; speechId: string | null };

/** What the list adds to each row from other tables: the handler's name and the lead's state. */
export interface AssignmentContext {
  lastReportAt: Date | null;
  handlerName: string | null;
  lead: { state: AssignmentState; organizationId: string } | null;
}

export function toAssignmentView(
  a: AssignmentRow,
  today: string,
  context: AssignmentContext,
  timeZoneDate: (d: Date) => string,
): AssignmentView {
  const { lastReportAt } = context;
  const status = deriveAssignmentStatus({
    state: a.state,
    dueDate: a.dueDate,
    today,
    cadence: a.cadence,
    lastReportDate: lastReportAt ? timeZoneDate(lastReportAt) : null,
    assignedDate: timeZoneDate(a.createdAt),
  });
  return {
    id: a.id,
    itemId: a.itemId,
    itemTitle: a.itemTitle,
    speechId: a.speechId,
    organizationId: a.organizationId,
    role: a.role,
    state: a.state,
    dueDate: a.dueDate,
    cadence: a.cadence,
    percent: a.percent,
    handlerId: a.handlerId,
    handlerName: context.handlerName,
    leadState: a.role === 'support' ? (context.lead?.state ?? null) : null,
    leadOrganizationId: a.role === 'support' ? (context.lead?.organizationId ?? null) : null,
    ...status,
    lastReportAt,
    signedAt: a.signedAt,
    completedAt: a.completedAt,
    completionSummary: a.completionSummary,
    returnReason: a.returnReason,
    cancelReason: a.cancelReason,
    cancelledAt: a.cancelledAt,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
