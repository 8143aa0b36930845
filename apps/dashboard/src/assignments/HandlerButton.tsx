import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { isOpenAssignmentState } from '@luoshi/common';
import { useEffect, useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useActor } from '../auth/useActor';
import type { LuoshiDataProvider } from '../data/dataProvider';
import type { AssignmentRecord } from './assignment.types';

interface Candidate {
  id: string;
  displayName: string;
  organizationName: string;
}

const NOBODY = '';

/** 分派 / 指定经办人: the organization's admin hands an open assignment to a member of staff. */
export function HandlerButton() {
  const record = useRecordContext<AssignmentRecord>();
  const actor = useActor();
  const translate = useTranslate();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState(NOBODY);
  const [pending, setPending] = useState(false);
  const id = record?.id;

  useEffect(() => {
    if (!open || !id) return;
    setChosen(record?.handlerId ?? NOBODY);
    dataProvider
      .request<Candidate[]>('GET', `/assignments/${encodeURIComponent(id)}/handler-candidates`)
      .then(setCandidates)
      .catch((error: unknown) => notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }));
  }, [open, id, record?.handlerId, dataProvider, notify]);

  if (!record || actor?.role !== 'org_admin' || !isOpenAssignmentState(record.state)) return null;

  const save = async () => {
    setPending(true);
    try {
      await dataProvider.act('assignments', record.id, 'handler', { handlerId: chosen || null, version: record.version });
      notify(chosen ? 'luoshi.handler.done' : 'luoshi.handler.cleared', { type: 'success' });
      setOpen(false);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      refresh();
    }
  };

  return (
    <>
      <Button label="luoshi.handler.choose" variant="outlined" onClick={() => setOpen(true)} data-action="handler">
        <PersonAddIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs" data-dialog="handler">
        <DialogTitle>{translate('luoshi.handler.chooseTitle')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary">
            {translate('luoshi.handler.chooseHelp')}
          </Typography>
          <RadioGroup value={chosen} onChange={(event) => setChosen(event.target.value)}>
            <FormControlLabel value={NOBODY} control={<Radio />} label={translate('luoshi.handler.clear')} />
            {candidates.map((c) => (
              <FormControlLabel key={c.id} value={c.id} control={<Radio />} label={`${c.displayName}（${c.organizationName}）`} data-candidate={c.displayName} />
            ))}
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.confirm" variant="contained" disabled={pending} onClick={() => void save()} data-testid="handler-save" />
        </DialogActions>
      </Dialog>
    </>
  );
}
