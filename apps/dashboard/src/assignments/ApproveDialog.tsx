import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { OPEN_ASSIGNMENT_STATES } from '@luoshi/common';
import { useEffect, useState } from 'react';
import { Button, ReferenceField, RecordContextProvider, useGetList, useTranslate } from 'react-admin';
import type { AssignmentRecord } from './assignment.types';

/**
 * 审核通过: for the lead organization's assignment it also offers to close the supporting
 * organizations' open assignments of the same item (随牵头单位办结), all checked by default.
 */
export function ApproveDialog({
  record,
  pending,
  onClose,
  onConfirm,
}: {
  record: AssignmentRecord;
  pending: boolean;
  onClose: () => void;
  onConfirm: (supportIds: string[]) => void;
}) {
  const translate = useTranslate();
  const isLead = record.role === 'lead';
  const { data: supporters = [] } = useGetList<AssignmentRecord>(
    'assignments',
    { filter: { itemId: record.itemId, role: 'support', state: [...OPEN_ASSIGNMENT_STATES] }, pagination: { page: 1, perPage: 100 }, sort: { field: 'organizationId', order: 'ASC' } },
    { enabled: isLead },
  );
  const [checked, setChecked] = useState<string[]>([]);
  const ids = supporters.map((s) => s.id).join(',');
  useEffect(() => setChecked(ids ? ids.split(',') : []), [ids]);

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" data-dialog="approve">
      <DialogTitle>{translate('luoshi.actions.approve')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('luoshi.forms.approveConfirm', { title: record.itemTitle ?? '' })}</DialogContentText>
        {isLead && (
          <Stack sx={{ mt: 2 }} data-testid="complete-with-lead">
            <Typography variant="subtitle2">{translate('luoshi.lead.offerTitle')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {translate(supporters.length ? 'luoshi.lead.offerHelp' : 'luoshi.lead.offerNone')}
            </Typography>
            {supporters.map((s) => (
              <RecordContextProvider key={s.id} value={s}>
                <FormControlLabel
                  control={
                    <Checkbox
                      checked={checked.includes(s.id)}
                      onChange={(event) => setChecked((now) => (event.target.checked ? [...now, s.id] : now.filter((x) => x !== s.id)))}
                    />
                  }
                  label={
                    <span>
                      <ReferenceField source="organizationId" reference="organizations" link={false} />
                      {`（${translate(`luoshi.enums.assignmentState.${s.state}`)}）`}
                    </span>
                  }
                />
              </RecordContextProvider>
            ))}
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="ra.action.confirm" variant="contained" disabled={pending} onClick={() => onConfirm(checked)} data-testid="approve-confirm" />
      </DialogActions>
    </Dialog>
  );
}
