import Chip from '@mui/material/Chip';
import type { FC } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { deadlineOf, type DeadlineInput } from './deadline';

/**
 * 超期 N 天 in red, 今日到期 / N 天后到期 in amber; nothing when the due date is not close. `label` is
 * read by the layout that wraps the badge.
 */
export const DeadlineBadge: FC<{ label?: string }> = () => {
  const record = useRecordContext<DeadlineInput & { id: string }>();
  const translate = useTranslate();
  const deadline = record ? deadlineOf(record) : null;
  if (!deadline) return null;
  if (deadline.kind === 'overdue') {
    return <Chip size="small" color="error" label={translate('luoshi.assignment.overdueDays', { smart_count: deadline.days })} data-deadline="overdue" />;
  }
  const label = deadline.kind === 'dueToday' ? translate('luoshi.assignment.dueToday') : translate('luoshi.assignment.dueInDays', { smart_count: deadline.days });
  return <Chip size="small" color="warning" variant="outlined" label={label} data-deadline="dueSoon" />;
};
