import Box from '@mui/material/Box';
import Slider from '@mui/material/Slider';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useInput, useTranslate } from 'react-admin';

/** A whole number from 0 to 100, or the message key saying it is not (never silently corrected). */
export function percentError(value: unknown): string | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= 100 ? undefined : 'luoshi.validation.percentRange';
}

const validatePercent = (value: unknown) => percentError(value);

/** A percentage as a slider for a quick estimate and a number box for an exact figure. */
export function PercentInput({ source, defaultValue = 0 }: { source: string; defaultValue?: number }) {
  const translate = useTranslate();
  const { field, id, fieldState, formState } = useInput({ source, defaultValue, validate: validatePercent });
  const typed: unknown = field.value;
  const sliderValue = Math.max(0, Math.min(100, Number(typed) || 0));
  // Said as soon as the box is left or the form is sent, in our own words.
  const error = fieldState.isTouched || formState.isSubmitted ? percentError(typed) : undefined;
  return (
    <Box sx={{ mt: 1, mb: 2 }}>
      <Typography variant="body2" color="text.secondary" component="label" htmlFor={id}>
        {translate(`resources.reports.fields.${source}`)}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: { xs: 2, sm: 3 }, px: 1 }}>
        <Slider
          value={sliderValue}
          onChange={(_event, next) => field.onChange(Array.isArray(next) ? (next[0] ?? 0) : next)}
          step={5}
          marks
          min={0}
          max={100}
          valueLabelDisplay="auto"
          sx={{ flex: 1, minWidth: 120 }}
          aria-label={translate(`resources.reports.fields.${source}`)}
        />
        <TextField
          id={id}
          name={field.name}
          type="number"
          size="small"
          value={typeof typed === 'number' || typeof typed === 'string' ? typed : ''}
          // Kept as typed: 150 stays 150 and is refused with a message, not turned into 100.
          onChange={(event) => field.onChange(event.target.value === '' ? '' : Number(event.target.value))}
          onBlur={field.onBlur}
          error={Boolean(error)}
          // No min/max: the browser's own bubble would speak the browser's language, not the UI's.
          slotProps={{ htmlInput: { step: 1, inputMode: 'numeric', 'data-testid': 'percent-number' }, input: { endAdornment: '%' } }}
          // react-admin's theme makes every text box 100% wide below `sm`: doubled specificity keeps
          // this one narrow, or on a phone it pushes past the screen and the slider shrinks to nothing.
          fullWidth={false}
          sx={{ '&&': { width: 110 }, flexShrink: 0 }}
        />
      </Box>
      <Typography variant="caption" color={error ? 'error' : 'text.secondary'} data-testid={error ? 'percent-error' : undefined}>
        {translate(error ?? 'luoshi.forms.percentHelp')}
      </Typography>
    </Box>
  );
}
