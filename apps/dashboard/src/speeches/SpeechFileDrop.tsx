import CloseIcon from '@mui/icons-material/Close';
import DescriptionIcon from '@mui/icons-material/Description';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslate } from 'react-admin';
import { formatSize } from '../shared/file-size';

export interface SpeechFileDropProps {
  file: File | null;
  onChange: (file: File | null) => void;
  disabled?: boolean;
}

/**
 * A .txt, .docx or .pdf, dropped or picked. The picker offers those types; a dropped file of any
 * other type still goes to the API, whose refusal (415) the form shows.
 */
export function SpeechFileDrop({ file, onChange, disabled }: SpeechFileDropProps) {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped && !disabled) onChange(dropped);
  };

  return (
    <Box
      data-testid="speech-file-drop"
      role="button"
      tabIndex={0}
      onClick={() => !disabled && input.current?.click()}
      onKeyDown={(e) => {
        if ((e.key === 'Enter' || e.key === ' ') && !disabled) input.current?.click();
      }}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        border: 2,
        borderStyle: 'dashed',
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : 'transparent',
        borderRadius: 2,
        p: 3,
        textAlign: 'center',
        cursor: disabled ? 'default' : 'pointer',
      }}
    >
      <input
        ref={input}
        type="file"
        name="file"
        accept=".txt,.docx,.pdf,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/pdf"
        hidden
        onChange={(e) => {
          onChange(e.target.files?.[0] ?? null);
          e.target.value = '';
        }}
      />
      {file ? (
        <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
          <DescriptionIcon color="primary" />
          <Typography data-testid="speech-file-name">{file.name}</Typography>
          <Typography variant="body2" color="text.secondary">
            {formatSize(file.size)}
          </Typography>
          <IconButton
            size="small"
            aria-label={translate('luoshi.speechIntake.removeFile')}
            disabled={disabled}
            onClick={(e) => {
              e.stopPropagation();
              onChange(null);
            }}
          >
            <CloseIcon fontSize="small" />
          </IconButton>
        </Box>
      ) : (
        <>
          <UploadFileIcon color="action" sx={{ fontSize: 40 }} />
          <Typography>{translate('luoshi.speechIntake.drop')}</Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('luoshi.speechIntake.dropHint')}
          </Typography>
        </>
      )}
    </Box>
  );
}
