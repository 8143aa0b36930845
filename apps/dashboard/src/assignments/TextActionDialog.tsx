import SendIcon from '@mui/icons-material/Send';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { Button, Form, required, SaveButton, TextInput, useTranslate } from 'react-admin';

export interface TextActionDialogProps {
  open: boolean;
  title: string;
  /** The body field the API expects (`reason`, `summary`, `message`). */
  source: string;
  label: string;
  helperText?: string;
  required?: boolean;
  onClose: () => void;
  /** Resolves true when the action worked: the dialog then closes. */
  onSubmit: (text: string) => Promise<boolean>;
}

const validateRequired = [required()];

/** One action with one text: a return or rejection reason, a completion summary, an urge. */
export function TextActionDialog({ open, title, source, label, helperText, required: isRequired = false, onClose, onSubmit }: TextActionDialogProps) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-dialog={source}>
      {/* An empty record: the form must not start from the assignment around it. */}
      <Form
        record={{}}
        onSubmit={async (values: Record<string, unknown>) => {
          const value = values[source];
          const text = typeof value === 'string' ? value.trim() : '';
          if (await onSubmit(text)) onClose();
        }}
      >
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          <TextInput
            source={source}
            label={label}
            helperText={helperText ?? false}
            validate={isRequired ? validateRequired : undefined}
            multiline
            minRows={3}
            fullWidth
            autoFocus
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="luoshi.forms.submit" icon={<SendIcon />} alwaysEnable={!isRequired} />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
