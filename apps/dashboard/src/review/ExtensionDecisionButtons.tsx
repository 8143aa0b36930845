import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import Stack from '@mui/material/Stack';
import type { Role } from '@luoshi/common';
import { useState } from 'react';
import { Button, Confirm, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { ExtensionRequestRecord } from '../assignments/assignment.types';
import { TextActionDialog } from '../assignments/TextActionDialog';
import { useWorkflowAction } from '../assignments/useWorkflowAction';
import { canRoleTakeAssignmentAction } from '../auth/access';

/** 同意 / 驳回 a pending extension request; a rejection needs a reason. */
export function ExtensionDecisionButtons() {
  const record = useRecordContext<ExtensionRequestRecord>();
  const { permissions } = usePermissions<Role>();
  const translate = useTranslate();
  const { run, pending } = useWorkflowAction();
  const [open, setOpen] = useState<'approve' | 'reject' | null>(null);
  // Deciding an extension is a review decision, like approving a completion.
  if (!record || record.state !== 'pending' || !permissions || !canRoleTakeAssignmentAction(permissions, 'approve')) return null;
  const close = () => setOpen(null);
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }} data-extension-actions>
      <Button label="luoshi.actions.approveExtension" variant="contained" disabled={pending} onClick={() => setOpen('approve')} data-action="approveExtension">
        <CheckIcon />
      </Button>
      <Button label="luoshi.actions.rejectExtension" variant="outlined" color="inherit" disabled={pending} onClick={() => setOpen('reject')} data-action="rejectExtension">
        <CloseIcon />
      </Button>
      <Confirm
        isOpen={open === 'approve'}
        loading={pending}
        title="luoshi.actions.approveExtension"
        content={translate('luoshi.forms.approveExtensionConfirm', { date: record.newDueDate })}
        onConfirm={() =>
          void run('approveExtension', (provider) => provider.act('extension-requests', record.id, 'approve', { version: record.version })).then(close)
        }
        onClose={close}
      />
      {open === 'reject' && (
        <TextActionDialog
          open
          title="luoshi.actions.rejectExtension"
          source="reason"
          label="luoshi.forms.rejectReason"
          required
          onClose={close}
          onSubmit={(reason) => run('rejectExtension', (provider) => provider.act('extension-requests', record.id, 'reject', { reason, version: record.version }))}
        />
      )}
    </Stack>
  );
}
