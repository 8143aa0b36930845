import SendIcon from '@mui/icons-material/Send';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { Theme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useState } from 'react';
import { Button, Confirm, Form, required, ResourceContextProvider, SaveButton, TextInput, useTranslate } from 'react-admin';
import { AttachmentsInput } from './AttachmentsInput';
import { PercentInput, percentError } from './PercentInput';

/** The body of `POST /api/assignments/:id/report`. */
export interface ReportValues {
  done: string;
  nextSteps: string;
  problems: string;
  helpNeeded: string;
  percent: number;
  attachments?: string[];
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Keeps only the report's fields, trimmed; no empty attachment list. */
export function toReportBody(values: Record<string, unknown>): ReportValues {
  const attachments = Array.isArray(values['attachments']) ? values['attachments'].filter((id): id is string => typeof id === 'string') : [];
  const percent = Number(values['percent']);
  return {
    done: text(values['done']),
    nextSteps: text(values['nextSteps']),
    problems: text(values['problems']),
    helpNeeded: text(values['helpNeeded']),
    percent: Number.isFinite(percent) ? Math.max(0, Math.min(100, Math.round(percent))) : 0,
    ...(attachments.length ? { attachments } : {}),
  };
}

const validateDone = [required()];

/** 进展反馈: 完成情况, 下步计划, 存在问题, 需协调事项, a percentage and files. */
export function ReportDialog({
  open,
  assignmentId,
  percent,
  onClose,
  onSubmit,
}: {
  open: boolean;
  assignmentId: string;
  percent: number;
  onClose: () => void;
  onSubmit: (body: ReportValues) => Promise<boolean>;
}) {
  const translate = useTranslate();
  // On a phone the form takes the whole screen: five boxes and the files do not fit a small dialog.
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // A report lowering the progress is sent only once the user confirms it.
  const [lowering, setLowering] = useState<ReportValues | null>(null);
  const send = async (body: ReportValues) => {
    if (await onSubmit(body)) onClose();
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" fullScreen={phone} data-dialog="report">
      <Confirm
        isOpen={lowering !== null}
        title="luoshi.validation.lowerTitle"
        content={translate('luoshi.validation.lowerConfirm', { next: lowering?.percent ?? 0, current: percent })}
        onConfirm={() => {
          const body = lowering;
          setLowering(null);
          if (body) void send(body);
        }}
        onClose={() => setLowering(null)}
      />
      {/* Labels come from resources.reports.fields.* */}
      <ResourceContextProvider value="reports">
        <Form
          record={{}}
          defaultValues={{ percent }}
          onSubmit={async (values: Record<string, unknown>) => {
            // 150 is refused with a message, never sent as 100.
            if (percentError(values['percent'])) return;
            const body = toReportBody(values);
            if (body.percent < percent) setLowering(body);
            else await send(body);
          }}
        >
          <DialogTitle>{translate('luoshi.actions.report')}</DialogTitle>
          <DialogContent>
            <TextInput source="done" validate={validateDone} multiline minRows={3} fullWidth autoFocus />
            <TextInput source="nextSteps" multiline minRows={2} fullWidth />
            <TextInput source="problems" multiline minRows={2} fullWidth />
            <TextInput source="helpNeeded" multiline minRows={2} fullWidth />
            <PercentInput source="percent" defaultValue={percent} />
            <AttachmentsInput source="attachments" assignmentId={assignmentId} />
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
