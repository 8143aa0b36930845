import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { Button, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { DRILL_DOWN_FILTERS, drillDownConditions, isDrillDown, type DrillDownFilter } from './drill-down';
import { lastDay } from './period';

/** The words of a drill-down condition; a false one says its opposite where the 看板 uses it. */
function conditionLabel(key: DrillDownFilter, value: unknown, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (key === 'light') return t('luoshi.leaders.filters.light', { light: t(`luoshi.enums.light.${String(value)}`) });
  if (value === false) {
    if (key === 'completedOnTime') return t('luoshi.leaders.filters.completedLate');
    if (key === 'completed') return t('luoshi.leaders.filters.notCompleted');
    if (key === 'overdue') return t('luoshi.leaders.filters.notOverdue');
  }
  return t(`luoshi.leaders.filters.${key}`);
}

/**
 * Above the assignments list opened from the 看板: what it was filtered to (the period and each
 * condition), how many rows that is (the number clicked), and a way back to the plain list.
 */
export function DrillDownBanner() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { filterValues, setFilters, displayedFilters, total } = useListContext();
  if (!isDrillDown(filterValues)) return null;
  const from = typeof filterValues['countedFrom'] === 'string' ? filterValues['countedFrom'] : null;
  const to = typeof filterValues['countedTo'] === 'string' ? filterValues['countedTo'] : null;
  const clear = () => {
    const keep = Object.fromEntries(Object.entries(filterValues).filter(([k]) => !(DRILL_DOWN_FILTERS as readonly string[]).includes(k)));
    const shown = Object.fromEntries(Object.entries(displayedFilters ?? {}).filter(([k]) => k in keep));
    setFilters(keep, shown);
  };
  return (
    <Alert severity="info" icon={false} sx={{ mb: 1, '& .MuiAlert-message': { width: '100%' } }} data-testid="drill-down" data-total={total ?? ''}>
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
        <strong>{translate('luoshi.leaders.filters.title')}</strong>
        {from && to && <Chip size="small" label={translate('luoshi.leaders.filters.counted', { from: formatDate(from, locale), to: formatDate(lastDay({ start: from, end: to }), locale) })} />}
        {drillDownConditions(filterValues).map(({ key, value }) => (
          <Chip key={key} size="small" color="primary" variant="outlined" label={conditionLabel(key, value, translate)} data-condition={key} />
        ))}
        {'organizationSubtree' in filterValues && <Chip size="small" variant="outlined" label={translate('luoshi.leaders.filters.organizationSubtree')} />}
        {'sectionId' in filterValues && <Chip size="small" variant="outlined" label={translate('luoshi.leaders.filters.sectionId')} />}
        {total !== undefined && <span data-testid="drill-down-total">{translate('luoshi.leaders.filters.total', { smart_count: total })}</span>}
        <Button label="luoshi.leaders.filters.clear" onClick={clear} size="small" />
      </Stack>
    </Alert>
  );
}

