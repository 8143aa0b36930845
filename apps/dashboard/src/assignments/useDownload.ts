import { useCallback } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';

/** Hands fetched bytes to the browser as a download named `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves an attachment under its own name: fetched with the bearer token, then handed to the browser. */
export function useDownload() {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  return useCallback(
    async (file: { id: string; name: string }) => {
      try {
        saveBlob(await dataProvider.download(file.id), file.name);
      } catch (error) {
        const message = error instanceof Error ? error.message : 'ra.notification.http_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      }
    },
    [dataProvider, notify],
  );
}
