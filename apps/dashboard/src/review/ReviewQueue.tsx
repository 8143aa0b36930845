import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Role } from '@luoshi/common';
import type { ReactNode } from 'react';
import { DataTable, LinkBase, ListBase, Navigate, ReferenceField, TextField, Title, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { AssignmentRecord } from '../assignments/assignment.types';
import { AssignmentWorkflowButtons } from '../assignments/AssignmentWorkflowButtons';
import { canRoleSeePage } from '../auth/access';
import { ExtensionDecisionButtons } from './ExtensionDecisionButtons';
import { assignmentColumns } from '../assignments/assignment-columns';
import { OfficeDateField } from '../shared/OfficeDateField';

const REVIEW_ACTIONS = ['approve', 'return'] as const;

function QueueSection({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ mb: 3 }} data-testid={testId}>
      <Typography variant="h6" component="h2" sx={{ px: 2, pt: 2 }}>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
}

/** The task's title, linking to its 交办详情. */
function AssignmentLink() {
  const record = useRecordContext<AssignmentRecord>();
  if (!record) return null;
  return (
    <LinkBase to={`/assignments/${record.id}/show`}>
      {record.itemTitle}
    </LinkBase>
  );
}

function Empty({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
}

/** 待审核: completion requests to approve or return, extension requests to approve or reject. */
export function ReviewQueue() {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return null;
  if (!permissions || !canRoleSeePage(permissions, 'reviewQueue')) return <Navigate to="/" replace />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="luoshi.review.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('luoshi.review.title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 3 }}>
        {translate('luoshi.review.subtitle')}
      </Typography>
      <QueueSection title="luoshi.review.completionRequests" testId="review-completions">
        <ListBase
          resource="assignments"
          filter={{ state: 'completion_requested' }}
          sort={{ field: 'updatedAt', order: 'ASC' }}
          perPage={100}
          disableSyncWithLocation
          storeKey={false}
        >
          <DataTable rowClick={false} bulkActionButtons={false} empty={<Empty message="luoshi.review.noCompletionRequests" />}>
            <DataTable.Col source="itemTitle" label="luoshi.review.item" disableSort>
              <AssignmentLink />
            </DataTable.Col>
            {assignmentColumns('organization', 'dueDate', 'deadline', 'percent', 'light', 'lastReportAt')}
            <DataTable.Col label="luoshi.review.decision" disableSort>
              <AssignmentWorkflowButtons only={REVIEW_ACTIONS} />
            </DataTable.Col>
          </DataTable>
        </ListBase>
      </QueueSection>
      <QueueSection title="luoshi.review.extensionRequests" testId="review-extensions">
        <ListBase
          resource="extension-requests"
          filter={{ state: 'pending' }}
          sort={{ field: 'createdAt', order: 'ASC' }}
          perPage={100}
          disableSyncWithLocation
          storeKey={false}
        >
          <ExtensionTable />
        </ListBase>
      </QueueSection>
    </Box>
  );
}

function ExtensionTable() {
  return (
    <DataTable rowClick={false} bulkActionButtons={false} empty={<Empty message="luoshi.review.noExtensionRequests" />}>
      <DataTable.Col source="assignmentId" label="luoshi.review.item" disableSort>
        <ReferenceField source="assignmentId" reference="assignments" link="show">
          <TextField source="itemTitle" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col label="luoshi.review.organization" disableSort>
        <ReferenceField source="assignmentId" reference="assignments" link={false}>
          <ReferenceField source="organizationId" reference="organizations" link={false} />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="currentDueDate" disableSort />
      <DataTable.Col source="newDueDate" disableSort />
      <DataTable.Col source="reason" disableSort />
      <DataTable.Col source="createdAt" disableSort>
        <OfficeDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col label="luoshi.review.decision" disableSort>
        <ExtensionDecisionButtons />
      </DataTable.Col>
    </DataTable>
  );
}
