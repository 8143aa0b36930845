import type { Attachment, ProgressReport } from '@luoshi/data';

/** A file as lists and reports show it: never where it is stored. */
export interface AttachmentView {
  id: string;
  assignmentId: string;
  reportId: string | null;
  name: string;
  size: number;
  type: string;
  uploadedById: string | null;
  createdAt: Date;
}

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

export interface ReportView {
  id: string;
  assignmentId: string;
  authorId: string | null;
  done: string;
  nextSteps: string;
  problems: string;
  helpNeeded: string;
  percent: number;
  attachments: AttachmentView[];
  createdAt: Date;
}

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
