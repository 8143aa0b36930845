import SendIcon from '@mui/icons-material/Send';
import Alert from '@mui/material/Alert';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Button, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../shared/format-date';
import type { LuoshiDataProvider } from '../data/dataProvider';
import type { PublishPreview } from './speech-review.types';

export interface PublishDialogProps {
  open: boolean;
  speechId: string;
  onClose: () => void;
  /** Publishes; resolves when done (the dialog then closes) or failed (it stays open). */
  onConfirm: () => Promise<boolean>;
  /** Jumps to an item that still names no organization. */
  onShowItem: (id: string) => void;
}

/** 立项 + 交办: says how many assignments publishing creates, and refuses while an item has no organization. */
export function PublishDialog({ open, speechId, onClose, onConfirm, onShowItem }: PublishDialogProps) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const [publishing, setPublishing] = useState(false);
  const [locale] = useLocaleState();
  const [preview, setPreview] = useState<{ data?: PublishPreview; error?: string } | null>(null);

  // Asked afresh each time the dialog opens: the count must match what publishing will do now.
  useEffect(() => {
    if (!open) return;
    let current = true;
    setPreview(null);
    dataProvider
      .request<PublishPreview>('GET', `/speeches/${encodeURIComponent(speechId)}/publish-preview`)
      .then((data) => current && setPreview({ data }))
      .catch((error: unknown) => current && setPreview({ error: error instanceof Error ? error.message : 'ra.notification.http_error' }));
    return () => {
      current = false;
    };
  }, [open, speechId, dataProvider]);
  const data = preview?.data;
  const blocked = !data || data.unassigned.length > 0 || data.items === 0;

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-dialog="publish">
      <DialogTitle>{translate('luoshi.speechReview.publishTitle')}</DialogTitle>
      <DialogContent>
        {!data ? (
          preview?.error ? (
            <Alert severity="error">{translate(preview.error, { _: preview.error })}</Alert>
          ) : (
            <CircularProgress size={24} />
          )
        ) : (
          <>
            <Typography data-testid="publish-summary" sx={{ mb: 1 }}>
              {data.items === 0
                ? translate('luoshi.speechReview.publishNothing')
                : translate('luoshi.speechReview.publishSummary', { items: data.items, smart_count: data.assignments })}
            </Typography>
            {data.unassigned.length > 0 && (
              <Alert severity="warning" data-testid="publish-unassigned">
                {translate('luoshi.speechReview.publishUnassigned', { smart_count: data.unassigned.length })}
                <List dense disablePadding>
                  {data.unassigned.map((u) => (
                    <ListItem key={u.id} disableGutters sx={{ py: 0 }}>
                      <Link component="button" type="button" onClick={() => onShowItem(u.id)}>
                        {u.title}
                      </Link>
                    </ListItem>
                  ))}
                </List>
              </Alert>
            )}
            {data.pastDue.length > 0 && (
              <Alert severity="info" data-testid="publish-past-due" sx={{ mt: 1 }}>
                {translate('luoshi.validation.pastDueList', { smart_count: data.pastDue.length })}
                <List dense disablePadding>
                  {data.pastDue.map((u) => (
                    <ListItem key={u.id} disableGutters sx={{ py: 0 }}>
                      <Link component="button" type="button" onClick={() => onShowItem(u.id)}>
                        {`${u.title}（${formatDate(u.dueDate, locale)}）`}
                      </Link>
                    </ListItem>
                  ))}
                </List>
              </Alert>
            )}
            {!blocked && (
              <Typography variant="body2" color="text.secondary">
                {translate('luoshi.speechReview.publishNote')}
              </Typography>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button
          variant="contained"
          label="luoshi.speechReview.publishConfirm"
          disabled={blocked || publishing}
          onClick={async () => {
            setPublishing(true);
            const done = await onConfirm();
            setPublishing(false);
            if (done) onClose();
          }}
        >
          <SendIcon />
        </Button>
      </DialogActions>
    </Dialog>
  );
}
