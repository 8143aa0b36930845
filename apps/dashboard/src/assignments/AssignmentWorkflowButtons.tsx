import AlarmIcon from '@mui/icons-material/AlarmOn';
import BlockIcon from '@mui/icons-material/Block';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import DrawIcon from '@mui/icons-material/Draw';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import UndoIcon from '@mui/icons-material/Undo';
import Stack from '@mui/material/Stack';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useRecordContext, useTranslate } from 'react-admin';
import type { AssignmentWorkflowAction } from '../auth/access';
import { useActor } from '../auth/useActor';
import { ACTION_ENDPOINTS, availableAssignmentActions } from './assignment-actions';
import type { AssignmentRecord } from './assignment.types';
import { ExtensionDialog } from './ExtensionDialog';
import { ReportDialog } from './ReportDialog';
import { TextActionDialog } from './TextActionDialog';
import { useWorkflowAction } from './useWorkflowAction';

const ICONS: Record<AssignmentWorkflowAction, ReactElement> = {
  sign: <DrawIcon />,
  report: <EditNoteIcon />,
  request_completion: <FlagIcon />,
  request_extension: <EventIcon />,
  approve: <DoneAllIcon />,
  return: <UndoIcon />,
  cancel: <BlockIcon />,
  urge: <AlarmIcon />,
};

/** Actions whose one text the API requires, and the field it goes in. */
const TEXT_ACTIONS = {
  request_completion: { source: 'summary', label: 'luoshi.forms.summary', helperText: 'luoshi.forms.summaryHelp', required: true },
  return: { source: 'reason', label: 'luoshi.forms.returnReason', required: true },
  cancel: { source: 'reason', label: 'luoshi.forms.cancelReason', required: true },
  urge: { source: 'message', label: 'luoshi.forms.urgeMessage', required: false },
} as const;
type TextAction = keyof typeof TEXT_ACTIONS;

const isTextAction = (action: AssignmentWorkflowAction | null): action is TextAction => action !== null && action in TEXT_ACTIONS;

/**
 * The buttons for what this user may do to this assignment now (state machine × role), each with
 * its form. `only` narrows them (the review queue offers approve and return).
 */
export function AssignmentWorkflowButtons({ only }: { only?: readonly AssignmentWorkflowAction[] }) {
  const record = useRecordContext<AssignmentRecord>();
  const actor = useActor();
  const translate = useTranslate();
  const { run, pending } = useWorkflowAction();
  const [open, setOpen] = useState<AssignmentWorkflowAction | null>(null);
  if (!record) return null;

  const actions = availableAssignmentActions(actor, record).filter((a) => !only || only.includes(a));
  if (actions.length === 0) return null;

  const close = () => setOpen(null);
  const act = (action: Exclude<AssignmentWorkflowAction, 'request_extension'>, body: Record<string, unknown> = {}) =>
    run(action, (provider) => provider.act('assignments', record.id, ACTION_ENDPOINTS[action], { ...body, version: record.version }));
  const title = record.itemTitle ?? '';

  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1 }} data-workflow-actions>
      {actions.map((action) => (
        <Button
          key={action}
          label={`luoshi.actions.${action}`}
          variant={action === 'cancel' || action === 'urge' ? 'outlined' : 'contained'}
          color={action === 'cancel' || action === 'return' ? 'inherit' : 'primary'}
          disabled={pending}
          onClick={(event) => {
            event.stopPropagation();
            setOpen(action);
          }}
          data-action={action}
        >
          {ICONS[action]}
        </Button>
      ))}
      <Confirm
        isOpen={open === 'sign'}
        loading={pending}
        title="luoshi.actions.sign"
        content={translate('luoshi.forms.signConfirm', { title })}
        onConfirm={() => void act('sign').then(close)}
        onClose={close}
      />
      <Confirm
        isOpen={open === 'approve'}
        loading={pending}
        title="luoshi.actions.approve"
        content={translate('luoshi.forms.approveConfirm', { title })}
        onConfirm={() => void act('approve').then(close)}
        onClose={close}
      />
      {open === 'report' && <ReportDialog open assignmentId={record.id} percent={record.percent} onClose={close} onSubmit={(body) => act('report', { ...body })} />}
      {open === 'request_extension' && (
        <ExtensionDialog
          open
          dueDate={record.dueDate}
          onClose={close}
          onSubmit={(body) =>
            run('request_extension', (provider) => provider.create('extension-requests', { data: { assignmentId: record.id, ...body } }))
          }
        />
      )}
      {isTextAction(open) && (
        <TextActionDialog
          open
          title={`luoshi.actions.${open}`}
          {...TEXT_ACTIONS[open]}
          onClose={close}
          onSubmit={(text) => act(open, text ? { [TEXT_ACTIONS[open].source]: text } : {})}
        />
      )}
    </Stack>
  );
}
