import Chip from '@mui/material/Chip';
import type { FC } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';

interface DeadlineRecord {
  overdue?: boolean;
  daysLeft?: number | null;
}

/**
 * 超期 N 天 for overdue assignments, nothing otherwise (overdue is derived by the API). `label` is
 * read by the show layout that wraps the badge.
 */
export const OverdueBadge: FC<{ label?: string }> = () => {
  const record = useRecordContext<DeadlineRecord & { id: string }>();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  const days = Math.abs(record.daysLeft ?? 0);
  return <Chip size="small" color="error" label={translate('luoshi.assignment.overdueDays', { smart_count: days })} />;
};
