import { ITEM_KINDS } from '@luoshi/common';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import { useTranslate } from 'react-admin';
import { kindColor } from './SpeechText';

/** The text pane's header: what each tint and the wavy underline mean. */
export function SpeechLegend({ title, hasMentions }: { title: string; hasMentions: boolean }) {
  const translate = useTranslate();
  const theme = useTheme();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}>
      <Typography variant="subtitle1" sx={{ flex: 1 }}>
        {title}
      </Typography>
      {ITEM_KINDS.map((kind) => (
        <Typography key={kind} variant="caption" sx={{ px: 0.75, borderRadius: 0.5, bgcolor: alpha(kindColor(theme, kind), 0.25) }}>
          {translate(`luoshi.enums.itemKind.${kind}`)}
        </Typography>
      ))}
      {hasMentions && (
        <Typography
          variant="caption"
          sx={{ textDecorationLine: 'underline', textDecorationStyle: 'wavy', textDecorationColor: theme.palette.error.main, textUnderlineOffset: '4px' }}
        >
          {translate('luoshi.speechReview.mention')}
        </Typography>
      )}
      <Typography variant="caption" color="text.secondary">
        {translate('luoshi.speechReview.hint')}
      </Typography>
    </Box>
  );
}
