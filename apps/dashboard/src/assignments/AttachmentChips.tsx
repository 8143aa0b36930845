import AttachFileIcon from '@mui/icons-material/AttachFile';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';
import type { AttachmentRecord } from './assignment.types';
import { formatSize } from '../shared/file-size';
import { useDownload } from './useDownload';

/** Files as chips; a click downloads one. */
export function AttachmentChips({ files }: { files: readonly AttachmentRecord[] }) {
  const translate = useTranslate();
  const download = useDownload();
  if (files.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      {files.map((file) => (
        <Chip
          key={file.id}
          size="small"
          variant="outlined"
          icon={<AttachFileIcon />}
          label={`${file.name} (${formatSize(file.size)})`}
          title={translate('luoshi.detail.download')}
          onClick={() => void download(file)}
          data-attachment={file.name}
        />
      ))}
    </Box>
  );
}
