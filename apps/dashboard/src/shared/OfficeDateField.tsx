import Typography from '@mui/material/Typography';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate } from './format-date';

const TIME = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * A date (or an instant, with `showTime`) written the one way the UI writes dates: 2026年12月1日
 * 09:30 in Chinese, 2026-12-01 09:30 in English. `label` is read by the layout around it.
 */
export function OfficeDateField({ source, showTime = false, emptyText = '—' }: { source: string; showTime?: boolean; emptyText?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext<Record<string, unknown>>();
  const [locale] = useLocaleState();
  const value = record?.[source];
  const text = typeof value === 'string' ? formatDate(value, locale) : '';
  const time = showTime && typeof value === 'string' && !Number.isNaN(Date.parse(value)) && value.length > 10 ? ` ${TIME.format(new Date(value))}` : '';
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {text ? `${text}${time}` : emptyText}
    </Typography>
  );
}
