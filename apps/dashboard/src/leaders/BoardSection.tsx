import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled panel of the leaders' view that waits for its data and says when it failed. */
export function BoardSection({ title, hint, actions, loading, error, height = 240, children, testId }: { title: string; hint?: string; actions?: ReactNode; loading: boolean; error: unknown; height?: number; children?: ReactNode; testId: string }) {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} data-testid={testId} className="board-section">
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
        {hint && (
          <Typography variant="caption" color="text.secondary" sx={{ flex: 1 }}>
            {translate(hint)}
          </Typography>
        )}
        {actions}
      </Box>
      {error ? (
        <Alert severity="error">{translate('luoshi.leaders.loadFailed', { error: error instanceof Error ? error.message : String(error) })}</Alert>
      ) : loading ? (
        <Skeleton variant="rectangular" height={height} />
      ) : (
        children
      )}
    </Paper>
  );
}
