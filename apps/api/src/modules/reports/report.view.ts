import type { AttachmentRecord, ProgressReportRecord } from '@luoshi/common';
import type { Attachment, ProgressReport } from '@luoshi/data';

export type AttachmentView = AttachmentRecord<Date>;

export function toAttachmentView(a: Attachment): AttachmentView {
  return {
    id: a.id,
    assignmentId: a.assignmentId,
    reportId: a.reportId,
    name: a.name,
    size: a.size,
    type: a.type,
    uploadedById: a.uploadedById,
    createdAt: a.createdAt,
  };
}

export type ReportView = ProgressReportRecord<Date>;

export function toReportView(r: ProgressReport, attachments: Attachment[]): ReportView {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    authorId: r.authorId,
    done: r.done,
    nextSteps: r.nextSteps,
    problems: r.problems,
    helpNeeded: r.helpNeeded,
    percent: r.percent,
    attachments: attachments.map(toAttachmentView),
    createdAt: r.createdAt,
  };
}
