import { deriveAssignmentStatus, type AssignmentRecord, type AssignmentState } from '@luoshi/common';
import type { Assignment } from '@luoshi/data';

/** An assignment as the API shows it, with what is derived from it (never stored). */
export type AssignmentView = AssignmentRecord<Date>;

/** What the list adds to each row from other tables: the handler's name and the lead's state. */
export interface AssignmentContext {
  lastReportAt: Date | null;
  handlerName: string | null;
  lead: { state: AssignmentState; organizationId: string } | null;
}

export function toAssignmentView(
  a: Assignment,
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
    itemTitle: a.item?.title ?? null,
    speechId: a.item?.speechId ?? null,
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
