import Chip from '@mui/material/Chip';
import { useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { AssignmentRecord } from './assignment.types';

/**
 * On a support organization's assignment: the lead organization and its state (已办结, 办理中…),
 * never its percentage or reports.
 */
export function LeadStateField() {
  const record = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  const { data: lead } = useGetOne<{ id: string; name: string }>(
    'organizations',
    { id: record?.leadOrganizationId ?? '' },
    { enabled: Boolean(record?.leadOrganizationId) },
  );
  if (!record?.leadState) return null;
  const text = translate('luoshi.lead.stateOf', { organization: lead?.name ?? '', state: translate(`luoshi.enums.assignmentState.${record.leadState}`) });
  return <Chip size="small" variant="outlined" color={record.leadState === 'completed' ? 'success' : 'default'} label={text} data-testid="lead-state" />;
}
