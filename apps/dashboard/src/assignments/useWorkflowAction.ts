import { useCallback, useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import type { AppMessages } from '../i18n/app-messages.type';

export type DoneMessage = keyof AppMessages['luoshi']['done'];

/** The API's words for a refusal (a 409 says the current state and what is allowed). */
function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
}

/**
 * Runs one workflow call: says so when it worked, shows the API's message when it did not, and
 * refreshes the view either way (a 409 means the record moved on: show where it is now).
 */
export function useWorkflowAction() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  const run = useCallback(
    async (done: DoneMessage, call: (provider: LuoshiDataProvider) => Promise<unknown>): Promise<boolean> => {
      setPending(true);
      try {
        await call(dataProvider);
        notify(`luoshi.done.${done}`, { type: 'success' });
        return true;
      } catch (error) {
        const message = messageOf(error);
        notify(message, { type: 'error', messageArgs: { _: message } });
        return false;
      } finally {
        setPending(false);
        refresh();
      }
    },
    [dataProvider, notify, refresh],
  );

  return { run, pending };
}
