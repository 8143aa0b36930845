import ReplayIcon from '@mui/icons-material/Replay';
import { useMutation } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

interface DeliveryRecord {
  id: string;
  state: string;
}

/** Sends a failed delivery again; shown only on failed rows. */
export function RetryDeliveryButton() {
  const record = useRecordContext<DeliveryRecord>();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useMutation({
    mutationFn: (id: string) => dataProvider.act('deliveries', id, 'retry'),
    onSuccess: () => {
      notify('luoshi.channels.retried', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record || record.state !== 'failed') return null;
  return (
    <Button
      label="luoshi.channels.retry"
      disabled={isPending}
      onClick={(event) => {
        event.stopPropagation();
        mutate(record.id);
      }}
    >
      <ReplayIcon />
    </Button>
  );
}
