import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Autocomplete from '@mui/material/Autocomplete';
import IconButton from '@mui/material/IconButton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useGetList, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { dateError } from '../shared/OfficeDateInput';
import { BOARD_PERIOD_KINDS, type BoardPeriodKind, type PeriodChoice } from './period';
import { periodLabel } from './chart-options';

/** What the 看板 shows: a period and, optionally, one speech or one organization's subtree. */
export interface BoardChoice extends PeriodChoice {
  speechId: string | null;
  organizationId: string | null;
}

/** A quarter by default: long enough for the weekly trend to say something. */
export const DEFAULT_BOARD_CHOICE: BoardChoice = { kind: 'quarter', offset: 0, speechId: null, organizationId: null };

interface Named {
  id: string;
  name?: string;
  title?: string;
}

/** How many records a picker offers at a time: the newest (or first by name), or those matching what was typed. */
const PICKER_PAGE = 20;
/** Typing settles this long before the search goes to the API. */
const SEARCH_DELAY_MS = 300;

/**
 * A choice among a resource's records, searched on the server as the user types (the list's `q`):
 * years of speeches are thousands, so the picker never loads them all.
 */
function RecordPicker({ resource, label, allLabel, value, onChange, optionText, sortField, testId }: { resource: string; label: string; allLabel: string; value: string | null; onChange: (id: string | null) => void; optionText: 'name' | 'title'; sortField: string; testId: string }) {
  const translate = useTranslate();
  const [input, setInput] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(input.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [input]);
  const { data = [], isFetching } = useGetList<Named>(resource, {
    pagination: { page: 1, perPage: PICKER_PAGE },
    sort: { field: sortField, order: sortField === 'date' ? 'DESC' : 'ASC' },
    filter: search ? { q: search } : {},
  });
  // The chosen record stays shown when it is not among the offered ones.
  const listed = data.find((r) => r.id === value);
  const { data: chosen } = useGetOne<Named>(resource, { id: value ?? '' }, { enabled: value !== null && !listed });
  const selected = listed ?? (value !== null && chosen?.id === value ? chosen : null);
  const options = selected && !listed ? [selected, ...data] : data;
  return (
    <Autocomplete
      size="small"
      options={options}
      value={selected}
      loading={isFetching}
      filterOptions={(x) => x}
      onChange={(_e, record) => onChange(record?.id ?? null)}
      onInputChange={(_e, text, reason) => {
        if (reason === 'input' || reason === 'clear') setInput(text);
      }}
      getOptionLabel={(r) => r[optionText] ?? ''}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      sx={{ width: { xs: '100%', md: 300 } }}
      data-testid={testId}
      noOptionsText={translate('luoshi.leaders.board.noMatch')}
      renderInput={(params) => <TextField {...params} label={translate(label)} placeholder={translate(allLabel)} />}
    />
  );
}

/** The period picker, and (unless `periodOnly`) the speech and organization pickers. */
export function BoardControls({ choice, onChange, from, to, periodOnly = false }: { choice: BoardChoice; onChange: (next: BoardChoice) => void; from: string; to: string; periodOnly?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const setDate = (key: 'from' | 'to', value: string) => {
    if (!dateError(value) && value) onChange({ ...choice, [key]: value });
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' }, flexWrap: 'wrap', rowGap: 1.5 }} data-testid="board-controls">
      <ToggleButtonGroup
        size="small"
        exclusive
        value={choice.kind}
        onChange={(_e, kind: BoardPeriodKind | null) => kind && onChange({ ...choice, kind, offset: 0, from: choice.from ?? from, to: choice.to ?? to })}
        aria-label={translate('luoshi.leaders.board.period')}
      >
        {BOARD_PERIOD_KINDS.map((kind) => (
          <ToggleButton key={kind} value={kind} data-period={kind}>
            {translate(`luoshi.leaders.board.${kind}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {choice.kind === 'custom' ? (
        <Stack direction="row" spacing={1}>
          <TextField size="small" label={translate('luoshi.leaders.board.from')} placeholder="YYYY-MM-DD" defaultValue={choice.from ?? from} onBlur={(e) => setDate('from', e.target.value)} sx={{ width: 150 }} slotProps={{ htmlInput: { 'data-date-input': 'from' } }} />
          <TextField size="small" label={translate('luoshi.leaders.board.to')} placeholder="YYYY-MM-DD" defaultValue={choice.to ?? to} onBlur={(e) => setDate('to', e.target.value)} sx={{ width: 150 }} slotProps={{ htmlInput: { 'data-date-input': 'to' } }} />
        </Stack>
      ) : (
        <Stack direction="row" sx={{ alignItems: 'center' }}>
          <Tooltip title={translate('luoshi.leaders.board.previous')}>
            <IconButton size="small" onClick={() => onChange({ ...choice, offset: choice.offset + 1 })} aria-label={translate('luoshi.leaders.board.previous')}>
              <ChevronLeftIcon />
            </IconButton>
          </Tooltip>
          <Typography variant="body2" sx={{ mx: 1, whiteSpace: 'nowrap' }} data-testid="board-period">
            {periodLabel(from, to, locale)}
          </Typography>
          <Tooltip title={translate('luoshi.leaders.board.next')}>
            <span>
              <IconButton size="small" disabled={choice.offset === 0} onClick={() => onChange({ ...choice, offset: Math.max(0, choice.offset - 1) })} aria-label={translate('luoshi.leaders.board.next')}>
                <ChevronRightIcon />
              </IconButton>
            </span>
          </Tooltip>
        </Stack>
      )}
      {!periodOnly && (
        <>
      <RecordPicker resource="speeches" label="luoshi.leaders.board.speech" allLabel="luoshi.leaders.board.allSpeeches" value={choice.speechId} onChange={(speechId) => onChange({ ...choice, speechId })} optionText="title" sortField="date" testId="board-speech" />
      <RecordPicker
        resource="organizations"
        label="luoshi.leaders.board.organization"
        allLabel="luoshi.leaders.board.allOrganizations"
        value={choice.organizationId}
        onChange={(organizationId) => onChange({ ...choice, organizationId })}
        optionText="name"
        sortField="name"
        testId="board-organization"
      />
        </>
      )}
    </Stack>
  );
}
