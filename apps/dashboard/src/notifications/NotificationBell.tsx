import NotificationsIcon from '@mui/icons-material/Notifications';
import Badge from '@mui/material/Badge';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useNavigate, useTranslate } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

/** How often the bell asks for the unread count (a background request: not activity). */
export const UNREAD_POLL_MS = 15_000;
export const UNREAD_QUERY_KEY = ['notifications', 'unread-count'] as const;

/** The app bar's bell: the unread count, kept current without a reload; opens the inbox. */
export function NotificationBell() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const { data } = useQuery({
    queryKey: UNREAD_QUERY_KEY,
    queryFn: () => dataProvider.poll<{ count: number }>('/notifications/unread-count'),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
  });
  const count = data?.count ?? 0;
  return (
    <Tooltip title={translate('luoshi.inbox.bell', { count })}>
      <IconButton color="inherit" aria-label={translate('luoshi.inbox.bell', { count })} onClick={() => navigate('/notifications')} data-testid="notification-bell">
        <Badge badgeContent={count} color="error" max={99} data-testid="notification-count">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
}
