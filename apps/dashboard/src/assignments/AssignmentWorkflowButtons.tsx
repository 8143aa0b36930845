import AlarmIcon from '@mui/icons-material/AlarmOn';
import BlockIcon from '@mui/icons-material/Block';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import DrawIcon from '@mui/icons-material/Draw';
import EditNoteIcon from '@mui/icons-material/EditNote';
import EventIcon from '@mui/icons-material/Event';
import FlagIcon from '@mui/icons-material/Flag';
import UndoIcon from '@mui/icons-material/Undo';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useState, type ReactElement } from 'react';
import { Button, Confirm, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import { ApproveDialog } from './ApproveDialog';
import type { ExtensionRequestRecord } from './assignment.types';
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
  const [locale] = useLocaleState();
  // While an extension request waits for its decision, it shows instead of a second request.
  const { data: pendingExtensions = [] } = useGetList<ExtensionRequestRecord>(
    'extension-requests',
    { filter: { assignmentId: record?.id ?? '', state: 'pending' }, pagination: { page: 1, perPage: 1 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: Boolean(record?.id) },
  );
  if (!record) return null;

  const pendingExtension = pendingExtensions[0];
  const actions = availableAssignmentActions(actor, record).filter((a) => (!only || only.includes(a)) && !(a === 'request_extension' && pendingExtension));
  const offersExtension = availableAssignmentActions(actor, record).includes('request_extension') && (!only || only.includes('request_extension'));
  if (actions.length === 0 && !(pendingExtension && offersExtension)) return null;

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
      {pendingExtension && offersExtension && (
        <Chip
          color="warning"
          variant="outlined"
          label={translate('luoshi.extension.pending', {
            date: formatDate(pendingExtension.newDueDate, locale),
            requested: formatDate(pendingExtension.createdAt, locale),
          })}
          data-testid="extension-pending"
        />
      )}
      {open === 'approve' && (
        <ApproveDialog
          record={record}
          pending={pending}
          onClose={close}
          onConfirm={(supportIds) =>
            void run('approve', async (provider) => {
              await provider.act('assignments', record.id, ACTION_ENDPOINTS.approve, { version: record.version });
              for (const id of supportIds) await provider.act('assignments', id, 'complete-with-lead', {});
            }).then(close)
          }
        />
      )}
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
