import SendIcon from '@mui/icons-material/Send';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { Button, Form, required, ResourceContextProvider, SaveButton, TextInput, useTranslate } from 'react-admin';
import { OfficeDateInput } from '../shared/OfficeDateInput';

export interface ExtensionValues {
  newDueDate: string;
  reason: string;
}

/** The new due date must be later than the current one (both 'YYYY-MM-DD', so strings compare). */
export function laterThan(current: string | null) {
  return (value: unknown) =>
    current && typeof value === 'string' && value && value <= current ? { message: 'luoshi.forms.newDueDateAfter', args: { date: current } } : undefined;
}

export function ExtensionDialog({
  open,
  dueDate,
  onClose,
  onSubmit,
}: {
  open: boolean;
  dueDate: string | null;
  onClose: () => void;
  onSubmit: (body: ExtensionValues) => Promise<boolean>;
}) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-dialog="extension">
      <ResourceContextProvider value="extension-requests">
        <Form
          record={{}}
          onSubmit={async (values: Record<string, unknown>) => {
            const body = { newDueDate: String(values['newDueDate'] ?? ''), reason: String(values['reason'] ?? '').trim() };
            if (await onSubmit(body)) onClose();
          }}
        >
          <DialogTitle>{translate('luoshi.actions.request_extension')}</DialogTitle>
          <DialogContent>
            {dueDate && <DialogContentText sx={{ mb: 1 }}>{translate('luoshi.forms.currentDueDate', { date: dueDate })}</DialogContentText>}
            <OfficeDateInput source="newDueDate" validate={[required(), laterThan(dueDate)]} />
            <TextInput source="reason" validate={required()} multiline minRows={3} fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton label="luoshi.forms.submit" icon={<SendIcon />} />
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}
