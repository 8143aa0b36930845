import { ORGANIZATION_KINDS, type OrganizationKind } from '@luoshi/common';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Button, useCreate, useNotify, useTranslate } from 'react-admin';
import { guessOrganizationKind } from './organization-kind-guess';

export interface AddOrganizationDialogProps {
  /** The mention as it stands in the speech; the dialog is closed when null. */
  mention: string | null;
  onClose: () => void;
  onAdded: (name: string) => void;
}

/** Adds a name the registry did not know as a new organization (`POST /api/organizations`). */
export function AddOrganizationDialog({ mention, onClose, onAdded }: AddOrganizationDialogProps) {
  return (
    <Dialog open={mention !== null} onClose={onClose} fullWidth maxWidth="xs" data-dialog="add-organization">
      {mention !== null && <AddOrganizationForm key={mention} mention={mention} onClose={onClose} onAdded={onAdded} />}
    </Dialog>
  );
}

function AddOrganizationForm({ mention, onClose, onAdded }: { mention: string; onClose: () => void; onAdded: (name: string) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const [create, { isPending }] = useCreate();
  const [name, setName] = useState(mention);
  const [shortName, setShortName] = useState('');
  const [kind, setKind] = useState<OrganizationKind>(guessOrganizationKind(mention));

  const submit = () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    const aliases = trimmed === mention ? [] : [mention];
    void create(
      'organizations',
      { data: { name: trimmed, kind, shortName: shortName.trim() || null, aliases } },
      {
        onSuccess: () => onAdded(trimmed),
        onError: (error) => {
          const message = error instanceof Error ? error.message : 'ra.notification.http_error';
          notify(message, { type: 'error', messageArgs: { _: message } });
        },
      },
    );
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <DialogTitle>{translate('luoshi.speechReview.addOrganizationTitle')}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <TextField
          name="name"
          label={translate('resources.organizations.fields.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          autoFocus
          helperText={translate('luoshi.speechReview.addOrganizationHelp')}
        />
        <TextField select name="kind" label={translate('resources.organizations.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as OrganizationKind)}>
          {ORGANIZATION_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`luoshi.enums.organizationKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField name="shortName" label={translate('resources.organizations.fields.shortName')} value={shortName} onChange={(e) => setShortName(e.target.value)} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button type="submit" variant="contained" label="ra.action.create" disabled={isPending || !name.trim()} />
      </DialogActions>
    </form>
  );
}
