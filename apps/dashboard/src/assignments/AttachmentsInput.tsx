import AttachFileIcon from '@mui/icons-material/AttachFile';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import { useRef, useState } from 'react';
import { Button, useDataProvider, useInput, useNotify, useTranslate } from 'react-admin';
import type { LuoshiDataProvider, UploadedFile } from '../data/dataProvider';
import { formatSize } from '../shared/file-size';

/**
 * Files are uploaded as soon as they are picked (`POST /api/attachments`); the form carries only
 * their ids, which the report then claims.
 */
export function AttachmentsInput({ source, assignmentId }: { source: string; assignmentId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<LuoshiDataProvider>();
  const { field } = useInput<string[]>({ source, defaultValue: [] });
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const setAll = (next: UploadedFile[]) => {
    setFiles(next);
    field.onChange(next.map((f) => f.id));
  };

  const upload = async (picked: FileList | null) => {
    if (!picked?.length) return;
    setUploading(true);
    const uploaded: UploadedFile[] = [];
    for (const file of Array.from(picked)) {
      try {
        uploaded.push(await dataProvider.upload(assignmentId, file));
      } catch (error) {
        const message = error instanceof Error ? error.message : 'ra.notification.http_error';
        notify(message, { type: 'error', messageArgs: { _: message } });
      }
    }
    setAll([...files, ...uploaded]);
    setUploading(false);
    if (picker.current) picker.current.value = '';
  };

  return (
    <Box sx={{ mb: 1 }}>
      <input ref={picker} type="file" multiple hidden data-testid="attachments-file" onChange={(event) => void upload(event.target.files)} />
      <Button label="luoshi.forms.attach" onClick={() => picker.current?.click()} disabled={uploading}>
        {uploading ? <CircularProgress size={16} /> : <AttachFileIcon />}
      </Button>
      {uploading && <Box component="span" sx={{ ml: 1, typography: 'caption' }}>{translate('luoshi.forms.uploading')}</Box>}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1 }}>
        {files.map((file) => (
          <Chip
            key={file.id}
            size="small"
            icon={<AttachFileIcon />}
            label={`${file.name} (${formatSize(file.size)})`}
            onDelete={() => setAll(files.filter((f) => f.id !== file.id))}
            title={translate('luoshi.forms.removeAttachment')}
          />
        ))}
      </Box>
    </Box>
  );
}
