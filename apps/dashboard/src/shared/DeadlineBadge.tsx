import Chip from '@mui/material/Chip';
import type { FC } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { deadlineOf, type DeadlineInput } from './deadline';

/**
 * 超期 N 天 in red, 今日到期 / N 天后到期 in amber, 剩 N 天 plain; nothing for closed work or without a
 * due date. `label` is read by the layout that wraps the badge.
 */
export const DeadlineBadge: FC<{ label?: string }> = () => {
  const record = useRecordContext<DeadlineInput & { id: string }>();
  const translate = useTranslate();
  const deadline = record ? deadlineOf(record) : null;
  if (!deadline) return null;
  if (deadline.kind === 'overdue') {
    return <Chip size="small" color="error" label={translate('luoshi.assignment.overdueDays', { smart_count: deadline.days })} data-deadline="overdue" />;
  }
  if (deadline.kind === 'later') {
    return <Chip size="small" variant="outlined" label={translate('luoshi.assignment.daysLeft', { smart_count: deadline.days })} data-deadline="later" sx={{ whiteSpace: 'nowrap' }} />;
  }
  const label = deadline.kind === 'dueToday' ? translate('luoshi.assignment.dueToday') : translate('luoshi.assignment.dueInDays', { smart_count: deadline.days });
  return <Chip size="small" color="warning" variant="outlined" label={label} data-deadline="dueSoon" />;
};
