import { describe, expect, it } from 'vitest';
import { buildTimeline, type TimelineSources } from '../assignment-timeline';
import type { AuditEventRecord, NotificationRecord, ProgressReportRecord } from '../assignment.types';

const assignment: TimelineSources['assignment'] = {
  id: 'a1',
  state: 'in_progress',
  createdAt: '2026-03-16T02:00:00.000Z',
  signedAt: '2026-03-17T02:00:00.000Z',
  completedAt: null,
  updatedAt: '2026-03-20T02:00:00.000Z',
};

const report = (id: string, createdAt: string, percent: number): ProgressReportRecord => ({
  id,
  assignmentId: 'a1',
  authorId: 'u2',
  attachments: [],
  done: '已完成',
  nextSteps: '',
  problems: '',
  helpNeeded: '',
  percent,
  createdAt,
});

const event = (id: string, action: string, createdAt: string, before: string | null, after: string | null, extra: Record<string, unknown> = {}): AuditEventRecord => ({
  id,
  actorId: 'u1',
  action,
  entityType: 'assignment',
  entityId: 'a1',
  before: before ? { state: before } : null,
  after: after ? { state: after, ...extra } : extra,
  createdAt,
});

const kinds = (entries: ReturnType<typeof buildTimeline>) => entries.map((e) => (e.kind === 'state' ? `state:${e.state}` : e.kind));

describe('buildTimeline', () => {
  it('without the audit trail, takes state changes from the dates and urges from the user\'s messages', () => {
    const notifications: NotificationRecord[] = [
      { id: 'n1', recipientId: 'u2', assignmentId: 'a1', kind: 'urge', title: '催办：请加快进度', body: '', senderId: 'u1', createdAt: '2026-03-19T00:00:00.000Z' },
      { id: 'n2', recipientId: 'u2', assignmentId: 'other', kind: 'urge', title: '别的任务', body: '', senderId: 'u1', createdAt: '2026-03-19T00:00:00.000Z' },
      { id: 'n3', recipientId: 'u2', assignmentId: 'a1', kind: 'due_soon', title: '即将到期', body: '', senderId: null, createdAt: '2026-03-19T00:00:00.000Z' },
    ];
    const entries = buildTimeline({ assignment, reports: [report('r1', '2026-03-18T00:00:00.000Z', 30)], auditEvents: null, notifications, extensionRequests: [] });
    expect(kinds(entries)).toEqual(['notice', 'report', 'state:signed', 'state:assigned']);
  });

  it('with the audit trail, shows each state change with its reason, each urge, and no duplicate of a report', () => {
    const events = [
      event('e1', 'assignment.sign', '2026-03-17T02:00:00.000Z', 'assigned', 'signed'),
      event('e2', 'assignment.report', '2026-03-18T00:00:00.000Z', 'signed', 'in_progress'),
      event('e3', 'assignment.request-completion', '2026-03-19T00:00:00.000Z', 'in_progress', 'completion_requested', { completionSummary: '已全部完成', returnReason: null }),
      event('e4', 'assignment.return', '2026-03-20T00:00:00.000Z', 'completion_requested', 'in_progress', { completionSummary: '已全部完成', returnReason: '缺少佐证材料' }),
      // A second request keeps the earlier return reason in its snapshot: only its own summary counts.
      event('e6', 'assignment.request-completion', '2026-03-22T00:00:00.000Z', 'in_progress', 'completion_requested', { completionSummary: '补充材料后完成', returnReason: '缺少佐证材料' }),
      event('e5', 'assignment.urge', '2026-03-21T00:00:00.000Z', null, null, { message: '请尽快报送' }),
    ];
    const entries = buildTimeline({ assignment, reports: [report('r1', '2026-03-18T00:00:00.000Z', 30)], auditEvents: events, notifications: [], extensionRequests: [] });
    expect(kinds(entries)).toEqual(['state:completion_requested', 'urge', 'state:in_progress', 'state:completion_requested', 'report', 'state:signed', 'state:assigned']);
    expect(entries[0]?.kind === 'state' ? entries[0].text : null).toBe('补充材料后完成');
    const returned = entries.find((e) => e.kind === 'state' && e.state === 'in_progress');
    expect(returned && 'text' in returned ? returned.text : null).toBe('缺少佐证材料');
    expect(entries[1]?.kind === 'urge' ? entries[1].text : null).toBe('请尽快报送');
  });

  it('shows extension requests and their decisions', () => {
    const entries = buildTimeline({
      assignment,
      reports: [],
      auditEvents: [],
      notifications: [],
      extensionRequests: [
        {
          id: 'x1',
          assignmentId: 'a1',
          requestedById: 'u2',
          currentDueDate: '2026-04-01',
          newDueDate: '2026-05-01',
          reason: '需等待资金下达',
          state: 'rejected',
          decidedById: 'u1',
          decidedAt: '2026-03-22T00:00:00.000Z',
          decisionReason: '时限不能调整',
          createdAt: '2026-03-21T00:00:00.000Z',
          version: 2,
        },
      ],
    });
    expect(entries.slice(0, 2).map((e) => (e.kind === 'extension' ? e.phase : e.kind))).toEqual(['rejected', 'requested']);
  });

  it('marks a closed assignment as completed from its own date when the trail does not say so', () => {
    const entries = buildTimeline({
      assignment: { ...assignment, state: 'completed', completedAt: '2026-03-25T00:00:00.000Z' },
      reports: [],
      auditEvents: null,
      notifications: [],
      extensionRequests: [],
    });
    expect(kinds(entries)).toEqual(['state:completed', 'state:signed', 'state:assigned']);
  });
});
