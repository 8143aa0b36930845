import Box from '@mui/material/Box';
import Slider from '@mui/material/Slider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useInput, useTranslate } from 'react-admin';

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** A percentage as a slider for a quick estimate and a number box for an exact figure. */
export function PercentInput({ source, defaultValue = 0 }: { source: string; defaultValue?: number }) {
  const translate = useTranslate();
  const { field, id } = useInput({ source, defaultValue });
  const value = typeof field.value === 'number' ? field.value : Number(field.value) || 0;
  return (
    <Box sx={{ mt: 1, mb: 2 }}>
      <Typography variant="body2" color="text.secondary" component="label" htmlFor={id}>
        {translate(`resources.reports.fields.${source}`)}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 3 }}>
        <Slider
          value={value}
          onChange={(_event, next) => field.onChange(clamp(Array.isArray(next) ? (next[0] ?? 0) : next))}
          step={5}
          marks
          min={0}
          max={100}
          valueLabelDisplay="auto"
          sx={{ flex: 1 }}
          aria-label={translate(`resources.reports.fields.${source}`)}
        />
        <TextField
          id={id}
          name={field.name}
          type="number"
          size="small"
          value={value}
          onChange={(event) => field.onChange(clamp(Number(event.target.value)))}
          onBlur={field.onBlur}
          slotProps={{ htmlInput: { min: 0, max: 100, step: 1, 'data-testid': 'percent-number' }, input: { endAdornment: '%' } }}
          sx={{ width: 110 }}
        />
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('luoshi.forms.percentHelp')}
      </Typography>
    </Box>
  );
}
