import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import { memo } from 'react';
import { useTranslate } from 'react-admin';
import type { ReviewItem } from './speech-review.types';
import { kindColor } from './SpeechText';

/** Below this the extractor was unsure: the row says so. */
const LOW_CONFIDENCE = 0.6;

export interface ItemRowProps {
  item: ReviewItem;
  depth: number;
  selected: boolean;
  checked: boolean;
  /** Draft and the user may edit: offers the merge checkbox. */
  editable: boolean;
  organizationNames: ReadonlyMap<string, string>;
  onSelect: (id: string) => void;
  onCheck: (id: string, checked: boolean) => void;
}

/** One item of the tree: kind, title, organizations (lead first), due date and cadence. */
export const ItemRow = memo(function ItemRow({ item, depth, selected, checked, editable, organizationNames, onSelect, onCheck }: ItemRowProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const color = kindColor(theme, item.kind);
  const isSection = item.kind === 'section';
  return (
    <Box
      data-row-id={item.id}
      data-kind={item.kind}
      data-selected={selected ? 'true' : undefined}
      onClick={() => onSelect(item.id)}
      sx={{
        display: 'flex',
        alignItems: 'flex-start',
        gap: 0.5,
        pl: 0.5 + depth * 3,
        pr: 1,
        py: 0.75,
        cursor: 'pointer',
        borderLeft: 4,
        borderLeftColor: selected ? color : alpha(color, 0.35),
        bgcolor: selected ? alpha(color, 0.14) : 'transparent',
        '&:hover': { bgcolor: alpha(color, selected ? 0.18 : 0.06) },
      }}
    >
      <Checkbox
        size="small"
        checked={checked}
        disabled={!editable}
        onClick={(e) => e.stopPropagation()}
        onChange={(e) => onCheck(item.id, e.target.checked)}
        slotProps={{ input: { 'aria-label': translate('luoshi.speechReview.selectForMerge') } }}
        sx={{ p: 0.5, visibility: editable ? 'visible' : 'hidden' }}
      />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Chip
            size="small"
            label={translate(`luoshi.enums.itemKind.${item.kind}`)}
            sx={{ bgcolor: alpha(color, 0.2), color: 'text.primary', height: 20, fontSize: '0.75rem' }}
          />
          <Typography
            variant="body2"
            sx={{ fontWeight: isSection || selected ? 600 : 400, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            title={item.title}
          >
            {item.title}
          </Typography>
          {item.confidence !== null && item.confidence < LOW_CONFIDENCE && (
            <Tooltip title={translate('luoshi.speechReview.lowConfidence', { percent: Math.round(item.confidence * 100) })}>
              <WarningAmberIcon fontSize="small" color="warning" />
            </Tooltip>
          )}
        </Box>
        {!isSection && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, mt: 0.5 }}>
            {item.organizations.length === 0 ? (
              <Typography variant="caption" color="error">
                {translate('luoshi.speechReview.noOrganizations')}
              </Typography>
            ) : (
              item.organizations.map((o) => (
                <Chip
                  key={o.organizationId}
                  size="small"
                  color={o.role === 'lead' ? 'primary' : 'default'}
                  variant={o.role === 'lead' ? 'filled' : 'outlined'}
                  label={`${organizationNames.get(o.organizationId) ?? '…'}${translate(`luoshi.speechReview.roleSuffix.${o.role}`)}`}
                  sx={{ height: 20, fontSize: '0.75rem' }}
                />
              ))
            )}
            {item.dueDate && (
              <Typography variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                {translate('luoshi.speechReview.due', { date: item.dueDate })}
              </Typography>
            )}
            {item.cadence && (
              <Typography variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
                {translate(`luoshi.enums.cadence.${item.cadence}`)}
                {translate('luoshi.speechReview.report')}
              </Typography>
            )}
          </Box>
        )}
      </Box>
    </Box>
  );
});
