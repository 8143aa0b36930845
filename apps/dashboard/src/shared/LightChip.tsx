import Chip from '@mui/material/Chip';
import type { Light } from '@luoshi/common';
import { useRecordContext, useTranslate } from 'react-admin';

/** Traffic-light colours are the meaning here, so they are fixed rather than taken from the theme. */
const LIGHT_COLORS: Record<Light, { bg: string; fg: string }> = {
  green: { bg: '#2e7d32', fg: '#fff' },
  yellow: { bg: '#f9a825', fg: '#000' },
  red: { bg: '#c62828', fg: '#fff' },
};

export interface LightChipProps {
  source?: string;
  label?: string;
}

export function LightChip({ source = 'light' }: LightChipProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const light = record?.[source] as Light | null | undefined;
  if (!light) return <span>{translate('luoshi.assignment.noLight')}</span>;
  const { bg, fg } = LIGHT_COLORS[light];
  return (
    <Chip
      size="small"
      label={translate(`luoshi.enums.light.${light}`)}
      sx={{ bgcolor: bg, color: fg, fontWeight: 600 }}
      data-light={light}
    />
  );
}
