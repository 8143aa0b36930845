import Typography from '@mui/material/Typography';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { AttachmentChips } from './AttachmentChips';
import type { AssignmentRecord, AttachmentRecord } from './assignment.types';

/** Every file of the assignment, whichever report brought it. */
export function AssignmentAttachments() {
  const record = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  const { data } = useGetList<AttachmentRecord>(
    'attachments',
    { filter: { assignmentId: record?.id ?? '' }, sort: { field: 'createdAt', order: 'DESC' }, pagination: { page: 1, perPage: 500 } },
    { enabled: Boolean(record) },
  );
  if (!data?.length) return <Typography variant="body2">{translate('luoshi.detail.noAttachments')}</Typography>;
  return <AttachmentChips files={data} />;
}
