import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { isLocked, type UserFormValues } from './user-form';

/** 解除锁定: shown while the account is locked after too many failed sign-ins (admins only reach this screen). */
export function UnlockUserButton() {
  const record = useRecordContext<UserFormValues & { id: string; lockedUntil?: string | null }>();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  if (!record || !isLocked(record)) return null;

  async function unlock(id: string) {
    setPending(true);
    try {
      await dataProvider.act('users', id, 'unlock');
      notify('luoshi.user.unlocked', { type: 'success' });
    } catch (error) {
      const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
      notify(message, { type: 'error', messageArgs: { _: message } });
    } finally {
      setPending(false);
      refresh();
    }
  }

  return (
    <Button label="luoshi.user.unlock" onClick={() => void unlock(record.id)} disabled={pending} data-testid="unlock-user">
      <LockOpenIcon />
    </Button>
  );
}
