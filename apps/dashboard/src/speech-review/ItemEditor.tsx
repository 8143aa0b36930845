import { CADENCES, ITEM_KINDS, type Cadence, type ItemKind } from '@luoshi/common';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import DeleteIcon from '@mui/icons-material/Delete';
import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef, useState } from 'react';
import { Button, Confirm, useTranslate } from 'react-admin';
import { canSplitAt, planOf, splitByRole } from './item-tree';
import { OrganizationPicker } from './OrganizationPicker';
import { dateError } from '../shared/OfficeDateInput';
import type { RegistryOrganization, ReviewItem } from './speech-review.types';

/** The fields a supervisor edits inline; the rest of the record travels back unchanged. */
export interface ItemChanges {
  title: string;
  kind: ItemKind;
  dueDate: string | null;
  cadence: Cadence | null;
  organizations: ReviewItem['organizations'];
}

export interface ItemEditorProps {
  item: ReviewItem;
  organizations: readonly RegistryOrganization[];
  busy: boolean;
  onSave: (item: ReviewItem, changes: ItemChanges) => void;
  onSplit: (item: ReviewItem, at: number) => void;
  onDelete: (item: ReviewItem, keepChildren: boolean) => void;
  /** How many items sit below this one: the delete dialog names them and offers to keep them. */
  descendants: number;
  /** Today on the office calendar (YYYY-MM-DD): a due date before it is flagged. */
  today: string;
}

/**
 * The selected draft item's form. Its state is its own: typing re-renders this form only, never
 * the speech text or the other rows. Mounted with the item's version as key, so a saved or
 * reloaded record starts a fresh form.
 */
export function ItemEditor({ item, organizations, busy, onSave, onSplit, onDelete, descendants, today }: ItemEditorProps) {
  const translate = useTranslate();
  const initial = splitByRole(item.organizations);
  const [title, setTitle] = useState(item.title);
  const [kind, setKind] = useState<ItemKind>(item.kind);
  const [lead, setLead] = useState(initial.lead);
  const [support, setSupport] = useState(initial.support);
  const [dueDate, setDueDate] = useState(item.dueDate ?? '');
  const [cadence, setCadence] = useState<Cadence | ''>(item.cadence ?? '');
  const [cursor, setCursor] = useState<number | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [keepChildren, setKeepChildren] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const plan = planOf({ lead, support });
  const dirty =
    title !== item.title ||
    kind !== item.kind ||
    dueDate !== (item.dueDate ?? '') ||
    cadence !== (item.cadence ?? '') ||
    JSON.stringify(plan) !== JSON.stringify(planOf(initial));
  const isSection = kind === 'section';
  const badDate = dateError(dueDate);
  const pastDue = !badDate && dueDate !== '' && dueDate < today;

  const reset = () => {
    setTitle(item.title);
    setKind(item.kind);
    setLead(initial.lead);
    setSupport(initial.support);
    setDueDate(item.dueDate ?? '');
    setCadence(item.cadence ?? '');
  };
  const trackCursor = () => setCursor(textRef.current ? textRef.current.selectionStart : null);

  return (
    <Box
      component="form"
      data-testid="item-editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (dirty && title.trim() && !badDate) onSave(item, { title: title.trim(), kind, dueDate: dueDate || null, cadence: cadence || null, organizations: isSection ? [] : plan });
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, p: 2, bgcolor: 'action.hover', borderRadius: 1 }}
    >
      <TextField
        size="small"
        name="title"
        label={translate('resources.items.fields.title')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={!title.trim()}
        helperText={title.trim() ? undefined : translate('ra.validation.required')}
        slotProps={{ htmlInput: { maxLength: 300 } }}
        fullWidth
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(96px, 1fr) minmax(150px, 1.4fr) minmax(110px, 1fr)', gap: 1.5 }}>
        <TextField select size="small" name="kind" label={translate('resources.items.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value as ItemKind)}>
          {ITEM_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`luoshi.enums.itemKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          size="small"
          name="dueDate"
          placeholder="YYYY-MM-DD"
          label={translate('resources.items.fields.dueDate')}
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value.trim())}
          error={Boolean(badDate)}
          // A past due date is allowed (publishing stays possible) but never silent.
          helperText={badDate ? translate(badDate) : pastDue ? translate('luoshi.validation.pastDue', { date: dueDate }) : undefined}
          slotProps={{ inputLabel: { shrink: true }, formHelperText: { sx: pastDue ? { color: 'warning.main' } : undefined, 'data-testid': pastDue ? 'past-due-warning' : undefined } as object }}
        />
        <TextField
          select
          size="small"
          name="cadence"
          label={translate('resources.items.fields.cadence')}
          value={cadence}
          onChange={(e) => setCadence(e.target.value as Cadence | '')}
        >
          <MenuItem value="">
            <em>{translate('luoshi.speechReview.noCadence')}</em>
          </MenuItem>
          {CADENCES.map((c) => (
            <MenuItem key={c} value={c}>
              {translate(`luoshi.enums.cadence.${c}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {isSection ? (
        <Typography variant="body2" color="text.secondary">
          {translate('luoshi.speechReview.sectionHasNoOrganizations')}
        </Typography>
      ) : (
        <>
          <OrganizationPicker
            name="lead"
            label={translate('luoshi.speechReview.lead')}
            organizations={organizations}
            value={lead}
            exclude={support}
            onChange={setLead}
            color="primary"
          />
          <OrganizationPicker
            name="support"
            label={translate('luoshi.speechReview.support')}
            organizations={organizations}
            value={support}
            exclude={lead}
            onChange={setSupport}
            color="default"
          />
        </>
      )}
      <TextField
        inputRef={textRef}
        size="small"
        name="text"
        label={translate('resources.items.fields.text')}
        value={item.text}
        multiline
        maxRows={8}
        helperText={translate('luoshi.speechReview.splitHelp')}
        onSelect={trackCursor}
        onClick={trackCursor}
        onKeyUp={trackCursor}
        slotProps={{ htmlInput: { readOnly: true } }}
        fullWidth
      />
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <Button type="submit" variant="contained" label="luoshi.speechReview.save" disabled={!dirty || !title.trim() || Boolean(badDate) || busy}>
          <SaveIcon />
        </Button>
        <Button label="luoshi.speechReview.reset" onClick={reset} disabled={!dirty || busy}>
          <UndoIcon />
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button
          label="luoshi.speechReview.split"
          onClick={() => {
            if (canSplitAt(item.text, cursor)) onSplit(item, cursor);
          }}
          disabled={busy || dirty || !canSplitAt(item.text, cursor)}
        >
          <CallSplitIcon />
        </Button>
        <Button label="luoshi.speechReview.delete" color="error" onClick={() => setConfirmDelete(true)} disabled={busy}>
          <DeleteIcon />
        </Button>
      </Box>
      <Confirm
        isOpen={confirmDelete}
        title="luoshi.speechReview.deleteTitle"
        content={
          <Box data-testid="delete-dialog">
            <Typography>
              {descendants > 0 && !keepChildren
                ? translate('luoshi.deleteDialog.withChildren', { title: item.title, smart_count: descendants })
                : translate('luoshi.speechReview.deleteConfirm', { title: item.title })}
            </Typography>
            {descendants > 0 && (
              <FormControlLabel
                control={<Checkbox checked={keepChildren} onChange={(e) => setKeepChildren(e.target.checked)} name="keepChildren" />}
                label={translate('luoshi.deleteDialog.keepChildren')}
              />
            )}
            <Typography variant="body2" color="text.secondary">
              {translate('luoshi.deleteDialog.onlyThis')}
            </Typography>
          </Box>
        }
        onConfirm={() => {
          setConfirmDelete(false);
          onDelete(item, keepChildren);
        }}
        onClose={() => setConfirmDelete(false)}
      />
    </Box>
  );
}
