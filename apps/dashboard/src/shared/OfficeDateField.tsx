import Typography from '@mui/material/Typography';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate, formatDateTime } from './format-date';

/**
 * A date (or an instant, with `showTime`) written the one way the UI writes dates: 2026年12月1日
 * 09:30 in Chinese, 2026-12-01 09:30 in English. `label` is read by the layout around it.
 */
export function OfficeDateField({ source, showTime = false, emptyText = '—' }: { source: string; showTime?: boolean; emptyText?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Record<string, unknown>>();
  const [locale] = useLocaleState();
  const value = record?.[source];
  const text = typeof value === 'string' ? (showTime ? formatDateTime(value, locale) : formatDate(value, locale)) : '';
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {text || emptyText}
    </Typography>
  );
}
