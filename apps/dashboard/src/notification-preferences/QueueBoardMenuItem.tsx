import ViewListIcon from '@mui/icons-material/ViewList';
import ListItemIcon from '@mui/material/ListItemIcon';
import MenuItem from '@mui/material/MenuItem';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

/**
 * Opens Bull Board (admins). A new tab cannot carry the bearer token, so the API first sets a
 * short-lived HTTP-only cookie for the board's path; the tab is opened at once (before the
 * request) so that the browser does not block it as a pop-up.
 */
export function QueueBoardMenuItem() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const open = async () => {
    const tab = window.open('about:blank', '_blank');
    try {
      const { url } = await dataProvider.request<{ url: string }>('POST', '/admin/queue-session');
      if (tab) tab.location.href = url;
      else window.location.href = url;
    } catch (error) {
      tab?.close();
      notify(error instanceof Error ? error.message : 'luoshi.channels.queueBoardFailed', { type: 'error' });
    }
  };
  return (
    <MenuItem onClick={() => void open()} sx={{ color: 'text.secondary' }}>
      <ListItemIcon sx={{ minWidth: 40 }}>
        <ViewListIcon fontSize="small" />
      </ListItemIcon>
      {translate('luoshi.menu.queueBoard')}
    </MenuItem>
  );
}
