import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Labeled, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { AssignmentStateChip } from '../shared/AssignmentStateChip';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { EnumChip } from '../shared/EnumChip';
import { LightChip } from '../shared/LightChip';
import { PercentField } from '../shared/PercentField';
import { AssignmentAttachments } from './AssignmentAttachments';
import { AssignmentTimeline } from './AssignmentTimeline';
import { AssignmentWorkflowButtons } from './AssignmentWorkflowButtons';
import { HandlerButton } from './HandlerButton';
import { LeadStateField } from './LeadStateField';
import type { AssignmentRecord } from './assignment.types';
import { ItemPassage } from './ItemPassage';
import { OfficeDateField } from '../shared/OfficeDateField';

function AssignmentShowActions() {
  return (
    <TopToolbar>
      <HandlerButton />
      <AssignmentWorkflowButtons />
    </TopToolbar>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box component="section">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Box>
  );
}

const NOTES = ['completionSummary', 'returnReason', 'cancelReason'] as const;

/** The words of the latest completion request, return and cancellation, only those there are. */
function ReviewNotes() {
  const record = useRecordContext<AssignmentRecord>();
  const notes = NOTES.filter((source) => record?.[source]?.trim());
  if (notes.length === 0) return null;
  return (
    <Stack spacing={1} sx={{ px: 2, pb: 2 }} data-testid="review-notes">
      {notes.map((source) => (
        <Labeled key={source} source={source}>
          <TextField source={source} sx={{ whiteSpace: 'pre-wrap' }} />
        </Labeled>
      ))}
    </Stack>
  );
}

/** The light only while there is one: closed work has none. */
function LightIfAny() {
  const record = useRecordContext<AssignmentRecord>();
  return record?.light ? <LightChip /> : null;
}

function DetailHeading() {
  const record = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="assignment-heading">
      <Typography variant="h5" component="h1">
        {translate('luoshi.detail.title')}
      </Typography>
      <AssignmentStateChip />
      <LightIfAny />
      <DeadlineBadge />
    </Stack>
  );
}

/** 交办详情: the task and its passage, the history, the facts, the files, and what may be done now. */
export function AssignmentShow() {
  return (
    <Show actions={<AssignmentShowActions />} component="div">
      <AssignmentShowBody />
    </Show>
  );
}

function AssignmentShowBody() {
  const record = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  return (
    <>
      <Stack spacing={2} sx={{ mt: 1 }}>
        <DetailHeading />
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(300px, 1fr)' }, alignItems: 'start' }}>
          <Paper variant="outlined" sx={{ p: 2 }}>
            <ItemPassage />
            <Divider sx={{ my: 2 }} />
            <Section title="luoshi.detail.timeline">
              <AssignmentTimeline />
            </Section>
          </Paper>
          <Stack spacing={2}>
            <Paper variant="outlined">
              <SimpleShowLayout>
                <ReferenceField source="organizationId" reference="organizations" link="show" />
                <EnumChip source="role" group="assignmentRole" />
                <TextField source="handlerName" emptyText={translate('luoshi.handler.none')} data-testid="handler-name" />
                {record?.role === 'support' && record.leadState && (
                  <Labeled label="resources.assignments.fields.leadState">
                    <LeadStateField />
                  </Labeled>
                )}
                <AssignmentStateChip source="state" label="resources.assignments.fields.state" />
                <Labeled label="luoshi.detail.deadline">
                  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <TextField source="dueDate" emptyText="—" />
                    <LightIfAny />
                    <DeadlineBadge />
                  </Stack>
                </Labeled>
                <Labeled label="luoshi.detail.progress">
                  <PercentField />
                </Labeled>
                <EnumChip source="cadence" group="cadence" emptyText="—" />
                <OfficeDateField source="createdAt" showTime />
                <OfficeDateField source="signedAt" showTime emptyText="—" />
                <OfficeDateField source="lastReportAt" showTime emptyText="—" />
                <OfficeDateField source="completedAt" showTime emptyText="—" />
              </SimpleShowLayout>
              <ReviewNotes />
            </Paper>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <Section title="luoshi.detail.attachments">
                <AssignmentAttachments />
              </Section>
            </Paper>
          </Stack>
        </Box>
      </Stack>
    </>
  );
}
