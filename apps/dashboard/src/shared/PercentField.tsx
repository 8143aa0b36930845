import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useFieldValue } from 'react-admin';

export function PercentField({ source = 'percent' }: { source?: string; label?: string }) {
  const value: unknown = useFieldValue({ source });
  const percent = typeof value === 'number' ? Math.max(0, Math.min(100, value)) : 0;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 110 }}>
      <LinearProgress variant="determinate" value={percent} sx={{ flex: 1, height: 6, borderRadius: 3 }} />
      <Typography variant="body2" sx={{ minWidth: 36, textAlign: 'right' }}>
        {percent}%
      </Typography>
    </Box>
  );
}
