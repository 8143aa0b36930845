import { ASSIGNMENT_STATES, type AssignmentState, type NotificationKind } from '@luoshi/common';
import type { AssignmentRecord, AuditEventRecord, ExtensionRequestRecord, NotificationRecord, ProgressReportRecord } from './assignment.types';

export type TimelineEntry =
  | { key: string; at: string; kind: 'state'; state: AssignmentState; actorId: string | null; text: string | null }
  | { key: string; at: string; kind: 'report'; report: ProgressReportRecord }
  | { key: string; at: string; kind: 'urge'; actorId: string | null; text: string | null }
  | { key: string; at: string; kind: 'handler'; actorId: string | null; name: string | null }
  | { key: string; at: string; kind: 'withLead'; actorId: string | null; lead: string | null }
  | { key: string; at: string; kind: 'notice'; notice: NotificationKind; title: string; text: string | null }
  | { key: string; at: string; kind: 'extension'; phase: 'requested' | 'approved' | 'rejected'; request: ExtensionRequestRecord };

export interface TimelineSources {
  assignment: Pick<AssignmentRecord, 'id' | 'state' | 'createdAt' | 'signedAt' | 'completedAt' | 'updatedAt'>;
  reports: readonly ProgressReportRecord[];
  /** The assignment's audit events, or null when the user may not read the audit trail. */
  auditEvents: readonly AuditEventRecord[] | null;
  /** The user's own notifications about this assignment (urges and decisions sent to them). */
  notifications: readonly NotificationRecord[];
  extensionRequests: readonly ExtensionRequestRecord[];
}

const isState = (value: unknown): value is AssignmentState => typeof value === 'string' && (ASSIGNMENT_STATES as readonly string[]).includes(value);

/** Where the audit snapshot keeps the words typed with each action (the assignment keeps the latest of each). */
const TYPED_FIELD: Record<string, string> = {
  'request-completion': 'completionSummary',
  return: 'returnReason',
  cancel: 'cancelReason',
  urge: 'message',
};

function typedText(event: AuditEventRecord, verb: string): string | null {
  const field = TYPED_FIELD[verb];
  const value = field ? event.after?.[field] : undefined;
  return typeof value === 'string' && value.trim() ? value : null;
}

/** The verb of an audit action: `assignment.return` -> `return`. */
const verbOf = (action: string) => action.slice(action.lastIndexOf('.') + 1);

function fromAuditEvents(events: readonly AuditEventRecord[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const event of events) {
    const verb = verbOf(event.action);
    // A report shows as itself, with its four fields, not as a state change.
    if (verb === 'report') continue;
    // 分派: who now handles it (null: handed back to the whole organization).
    if (verb === 'hand-over') {
      const name = event.after?.['handlerName'];
      entries.push({ key: `audit-${event.id}`, at: event.createdAt, kind: 'handler', actorId: event.actorId, name: typeof name === 'string' ? name : null });
      continue;
    }
    if (verb === 'complete-with-lead') {
      const lead = event.after?.['leadOrganization'];
      entries.push({ key: `audit-${event.id}`, at: event.createdAt, kind: 'withLead', actorId: event.actorId, lead: typeof lead === 'string' ? lead : null });
      continue;
    }
    if (verb === 'urge') {
      entries.push({ key: `audit-${event.id}`, at: event.createdAt, kind: 'urge', actorId: event.actorId, text: typedText(event, verb) });
      continue;
    }
    const before = event.before?.['state'];
    const after = event.after?.['state'];
    if (isState(after) && after !== before) {
      entries.push({ key: `audit-${event.id}`, at: event.createdAt, kind: 'state', state: after, actorId: event.actorId, text: typedText(event, verb) });
    }
  }
  return entries;
}

/** Without the audit trail, the assignment's own timestamps still tell when it was assigned, signed and closed. */
function fromTimestamps(assignment: TimelineSources['assignment']): TimelineEntry[] {
  const entries: TimelineEntry[] = [{ key: 'assigned', at: assignment.createdAt, kind: 'state', state: 'assigned', actorId: null, text: null }];
  if (assignment.signedAt) entries.push({ key: 'signed', at: assignment.signedAt, kind: 'state', state: 'signed', actorId: null, text: null });
  if (assignment.state === 'completed') {
    entries.push({ key: 'completed', at: assignment.completedAt ?? assignment.updatedAt, kind: 'state', state: 'completed', actorId: null, text: null });
  }
  if (assignment.state === 'cancelled') {
    entries.push({ key: 'cancelled', at: assignment.updatedAt, kind: 'state', state: 'cancelled', actorId: null, text: null });
  }
  return entries;
}

function fromExtensionRequests(requests: readonly ExtensionRequestRecord[]): TimelineEntry[] {
  return requests.flatMap((request): TimelineEntry[] => {
    const entries: TimelineEntry[] = [{ key: `ext-${request.id}`, at: request.createdAt, kind: 'extension', phase: 'requested', request }];
    if (request.state !== 'pending') {
      entries.push({ key: `ext-${request.id}-decision`, at: request.decidedAt ?? request.createdAt, kind: 'extension', phase: request.state, request });
    }
    return entries;
  });
}

const NOTICE_KINDS: readonly NotificationKind[] = ['urge', 'review_decision'];

/**
 * One history of an assignment, newest first: progress reports, state changes (from the audit trail
 * when the user may read it, else from the assignment's timestamps), urges and extension requests.
 */
export function buildTimeline({ assignment, reports, auditEvents, notifications, extensionRequests }: TimelineSources): TimelineEntry[] {
  const entries: TimelineEntry[] = reports.map((report) => ({ key: `report-${report.id}`, at: report.createdAt, kind: 'report', report }));
  const audited = auditEvents ? fromAuditEvents(auditEvents) : [];
  const reached = new Set(audited.flatMap((e) => (e.kind === 'state' ? [e.state] : [])));
  // Records made before the audit trail (demo data, imports) still show when they were assigned or signed.
  entries.push(...audited, ...fromTimestamps(assignment).filter((e) => e.kind === 'state' && !reached.has(e.state)));
  entries.push(...fromExtensionRequests(extensionRequests));
  // Whoever cannot read the audit trail learns of urges and review decisions from their own messages.
  if (!auditEvents) {
    for (const n of notifications) {
      if (n.assignmentId !== assignment.id || !NOTICE_KINDS.includes(n.kind)) continue;
      entries.push({ key: `notice-${n.id}`, at: n.createdAt, kind: 'notice', notice: n.kind, title: n.title, text: n.body || null });
    }
  }
  return entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || a.key.localeCompare(b.key));
}
