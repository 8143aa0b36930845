import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, useDataProvider, useNotify } from 'react-admin';
import type { LuoshiDataProvider } from '../data/dataProvider';
import { saveBlob } from '../assignments/useDownload';

/**
 * Downloads a file the API builds (`/exports/...`): a link cannot carry the bearer token, so the
 * bytes come through fetch, like the attachments and the CSV export.
 */
export function ExportFileButton({ path, fileName, label, icon, testId }: { path: string; fileName: string; label: string; icon?: ReactElement; testId: string }) {
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      label={label}
      disabled={busy}
      data-testid={testId}
      onClick={async () => {
        setBusy(true);
        try {
          saveBlob(await dataProvider.file(path), fileName);
        } catch (error) {
          notify('luoshi.leaders.exports.failed', { type: 'error', messageArgs: { error: error instanceof Error ? error.message : String(error) } });
        } finally {
          setBusy(false);
        }
      }}
    >
      {icon}
    </Button>
  );
}
