import AddIcon from '@mui/icons-material/Add';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { calendarDate, type Bulletin } from '@luoshi/common';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, DataTable, List, TopToolbar, useCanAccess, useDataProvider, useLocaleState, useNavigate, useNotify, useRecordContext, useRefresh, useStore, useTranslate } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { formatDateTime } from '../shared/format-date';
import { BoardControls, DEFAULT_BOARD_CHOICE, type BoardChoice } from './BoardControls';
import { periodLabel } from './chart-options';
import { resolvePeriod } from './period';

/** 印发本期通报: the chosen period's bulletin, numbered by the API (the number is kept once issued). */
function IssueBulletinButton() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [choice, setChoice] = useStore<BoardChoice>('leaders.bulletinPeriod', { ...DEFAULT_BOARD_CHOICE, kind: 'week', offset: 1 });
  const period = resolvePeriod(choice, calendarDate(new Date()));
  const { canAccess } = useCanAccess({ resource: 'bulletins', action: 'create' });
  if (!canAccess) return null;
  const issue = async () => {
    setBusy(true);
    try {
      const bulletin = await dataProvider.request<Bulletin>('POST', '/bulletins', { from: period.start, to: period.end });
      notify('luoshi.leaders.bulletins.issued', { type: 'success', messageArgs: { numberLine: bulletin.numberLine } });
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: ['bulletins'] });
      refresh();
      navigate(`/bulletins/${bulletin.id}/show`);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="luoshi.leaders.bulletins.issue" onClick={() => setOpen(true)} data-testid="issue-bulletin">
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogTitle>{translate('luoshi.leaders.bulletins.issueTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('luoshi.leaders.bulletins.issueHelp')}
          </Typography>
          <BoardControls choice={choice} onChange={setChoice} from={period.start} to={period.end} periodOnly />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="luoshi.leaders.bulletins.issue" variant="contained" disabled={busy} onClick={issue} data-testid="issue-bulletin-confirm" />
        </DialogActions>
      </Dialog>
    </>
  );
}

/** `label` is read by the DataTable column around it. */
function PeriodField(props: { label?: string }) {
  void props;
  const record = useRecordContext<Bulletin>();
  const [locale] = useLocaleState();
  return <span>{record ? periodLabel(record.from, record.to, locale) : ''}</span>;
}

function IssuedAtField(props: { label?: string }) {
  void props;
  const record = useRecordContext<Bulletin>();
  const [locale] = useLocaleState();
  return <span>{formatDateTime(record?.issuedAt, locale)}</span>;
}

/** 督查通报: the issued bulletins, newest first; one opens its print view and its Word file. */
export function BulletinList() {
  return (
    <List
      resource="bulletins"
      title="luoshi.leaders.bulletins.title"
      sort={{ field: 'issuedAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <IssueBulletinButton />
        </TopToolbar>
      }
      exporter={false}
      empty={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="numberLine" label="luoshi.leaders.bulletins.numberLine" disableSort />
        <DataTable.Col source="title" label="luoshi.leaders.bulletins.title" disableSort />
        <DataTable.Col source="from" label="luoshi.leaders.bulletins.period" disableSort>
          <PeriodField />
        </DataTable.Col>
        <DataTable.Col source="issuedAt" label="luoshi.leaders.bulletins.issuedAt">
          <IssuedAtField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
