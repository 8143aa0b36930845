import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataProvider, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { AttachmentChips } from './AttachmentChips';
import type { AssignmentRecord, AttachmentRecord, AuditEventRecord, ExtensionRequestRecord, NotificationRecord, ProgressReportRecord } from './assignment.types';
import { buildTimeline, type TimelineEntry } from './assignment-timeline';
import { formatDateTime } from '../shared/format-date';

const ALL = { page: 1, perPage: 500 };
const NEWEST_FIRST = { field: 'createdAt', order: 'DESC' as const };
const REPORT_FIELDS = ['done', 'nextSteps', 'problems', 'helpNeeded'] as const;

// Red stays reserved for overdue and the red light.
const DOT_COLORS: Record<TimelineEntry['kind'], string> = {
  state: 'secondary.main',
  report: 'info.main',
  urge: 'warning.main',
  notice: 'warning.main',
  extension: 'success.main',
  handler: 'info.main',
  withLead: 'secondary.main',
};

function Entry({ entry, at, title, children }: { entry: TimelineEntry; at: string; title: string; children?: ReactNode }) {
  return (
    <Box component="li" sx={{ position: 'relative', pl: 3, pb: 2.5, listStyle: 'none' }} data-timeline={entry.kind}>
      <Box sx={{ position: 'absolute', left: -6, top: 6, width: 12, height: 12, borderRadius: '50%', bgcolor: DOT_COLORS[entry.kind] }} />
      <Typography variant="caption" color="text.secondary">
        {at}
      </Typography>
      <Typography variant="subtitle2">{title}</Typography>
      {children}
    </Box>
  );
}

function Paragraph({ label, text }: { label?: string; text: string }) {
  return (
    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
      {label && (
        <Box component="span" sx={{ color: 'text.secondary', mr: 1 }}>
          {label}
        </Box>
      )}
      {text}
    </Typography>
  );
}

/**
 * 办理记录: reports, state changes, urges and extension requests in one list, newest first. State
 * changes come from the assignment's own history (its audit events), which its organization reads too.
 */
export function AssignmentTimeline() {
  const record = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const id = record?.id ?? '';
  const enabled = Boolean(record);

  const reports = useGetList<ProgressReportRecord>('reports', { filter: { assignmentId: id }, sort: NEWEST_FIRST, pagination: ALL }, { enabled });
  const files = useGetList<AttachmentRecord>('attachments', { filter: { assignmentId: id }, sort: NEWEST_FIRST, pagination: ALL }, { enabled });
  const extensions = useGetList<ExtensionRequestRecord>('extension-requests', { filter: { assignmentId: id }, sort: NEWEST_FIRST, pagination: ALL }, { enabled });
  // The assignment's own audit trail: readable by everyone who may see the assignment.
  const history = useQuery({
    queryKey: ['assignments', id, 'history'],
    queryFn: () => dataProvider.request<AuditEventRecord[]>('GET', `/assignments/${encodeURIComponent(id)}/history`),
    enabled,
  });
  const notifications = useGetList<NotificationRecord>(
    'notifications',
    { filter: { assignmentId: id, kind: ['urge', 'review_decision'] }, sort: NEWEST_FIRST, pagination: ALL },
    { enabled: enabled && history.isError });

  if (!record) return null;
  if (reports.isPending && enabled) return <LinearProgress />;

  const entries = buildTimeline({
    assignment: record,
    reports: reports.data ?? [],
    auditEvents: history.data ?? null,
    notifications: notifications.data ?? [],
    extensionRequests: extensions.data ?? [],
  });
  const filesOfReport = (reportId: string) => (files.data ?? []).filter((f) => f.reportId === reportId);
  const when = (at: string) => formatDateTime(at, locale);

  if (entries.length === 0) return <Typography variant="body2">{translate('luoshi.timeline.empty')}</Typography>;
  return (
    <Box component="ol" sx={{ m: 0, p: 0, ml: 1, borderLeft: 2, borderColor: 'divider' }} data-testid="assignment-timeline">
      {entries.map((entry) => {
        switch (entry.kind) {
          case 'report':
            return (
              <Entry key={entry.key} entry={entry} at={when(entry.at)} title={translate('luoshi.timeline.report', { percent: entry.report.percent })}>
                {REPORT_FIELDS.filter((f) => entry.report[f]?.trim()).map((f) => (
                  <Paragraph key={f} label={translate(`resources.reports.fields.${f}`)} text={entry.report[f]} />
                ))}
                <Box sx={{ mt: 1 }}>
                  <AttachmentChips files={filesOfReport(entry.report.id)} />
                </Box>
              </Entry>
            );
          case 'state':
            return (
              <Entry key={entry.key} entry={entry} at={when(entry.at)} title={translate(`luoshi.timeline.state.${entry.state}`)}>
                {entry.text && <Paragraph text={entry.text} />}
              </Entry>
            );
          case 'urge':
            return (
              <Entry key={entry.key} entry={entry} at={when(entry.at)} title={translate('luoshi.timeline.urge')}>
                {entry.text && <Paragraph text={entry.text} />}
              </Entry>
            );
          case 'handler':
            return (
              <Entry
                key={entry.key}
                entry={entry}
                at={when(entry.at)}
                title={entry.name ? translate('luoshi.handler.timeline', { name: entry.name }) : translate('luoshi.handler.timelineCleared')}
              />
            );
          case 'withLead':
            return (
              <Entry key={entry.key} entry={entry} at={when(entry.at)} title={translate('luoshi.lead.timeline')}>
                {entry.lead && <Paragraph text={translate('luoshi.lead.stateOf', { organization: entry.lead, state: translate('luoshi.enums.assignmentState.completed') })} />}
              </Entry>
            );
          case 'notice':
            return (
              <Entry key={entry.key} entry={entry} at={when(entry.at)} title={translate(`luoshi.timeline.notice.${entry.notice}`)}>
                <Paragraph text={entry.title} />
                {entry.text && <Paragraph text={entry.text} />}
              </Entry>
            );
          case 'extension': {
            const { request, phase } = entry;
            const title =
              phase === 'requested'
                ? translate('luoshi.timeline.extensionRequested', { date: request.newDueDate })
                : phase === 'approved'
                  ? translate('luoshi.timeline.extensionApproved', { date: request.newDueDate })
                  : translate('luoshi.timeline.extensionRejected');
            const text = phase === 'requested' ? request.reason : request.decisionReason;
            return (
              <Entry key={entry.key} entry={entry} at={when(entry.at)} title={title}>
                {text && <Paragraph text={text} />}
              </Entry>
            );
          }
        }
      })}
    </Box>
  );
}
