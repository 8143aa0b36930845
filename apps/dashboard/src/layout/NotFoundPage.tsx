import HistoryIcon from '@mui/icons-material/History';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Button, Title, useTranslate } from 'react-admin';

/**
 * 未找到: react-admin's own page adds a half-width full stop after the message, which doubles the
 * Chinese one (“链接已失效。.”); this one prints the sentence as written.
 */
export function NotFoundPage() {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, mt: 10 }} data-testid="not-found">
      <Title title="ra.page.not_found" />
      <Typography variant="h4" component="h1" color="text.secondary">
        {translate('ra.page.not_found')}
      </Typography>
      <Typography color="text.secondary">{translate('ra.message.not_found')}</Typography>
      <Button variant="contained" label="ra.action.back" onClick={() => window.history.back()}>
        <HistoryIcon />
      </Button>
    </Box>
  );
}
