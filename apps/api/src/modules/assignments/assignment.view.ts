import { deriveAssignmentStatus, type AssignmentRecord } from '@luoshi/common';
import type { Assignment } from '@luoshi/data';

/** An assignment as the API shows it, with what is derived from it (never stored). */
export type AssignmentView = AssignmentRecord<Date>;

export function toAssignmentView(a: Assignment, today: string, lastReportAt: Date | null, timeZoneDate: (d: Date) => string): AssignmentView {
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
    ...status,
    lastReportAt,
    signedAt: a.signedAt,
    completedAt: a.completedAt,
    completionSummary: a.completionSummary,
    returnReason: a.returnReason,
    cancelReason: a.cancelReason,
    version: a.version,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}
