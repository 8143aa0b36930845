import { useCallback } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

/** Saves an attachment under its own name: fetched with the bearer token, then handed to the browser. */
export function useDownload() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  return useCallback(
    async (file: { id: string; name: string }) => {
      try {
        const blob = await dataProvider.download(file.id);
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = file.name;
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'ra.notification.http_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      }
    },
    [dataProvider, notify],
  );
}
