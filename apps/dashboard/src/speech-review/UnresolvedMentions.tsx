import AddBusinessIcon from '@mui/icons-material/AddBusiness';
import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { AddOrganizationDialog } from './AddOrganizationDialog';
import type { UnresolvedMention } from './speech-review.types';

export interface UnresolvedMentionsProps {
  mentions: readonly UnresolvedMention[];
  editable: boolean;
  onLocate: (mention: UnresolvedMention) => void;
  onReextract: () => void;
}

/**
 * Names that look like organizations but are not in the registry (underlined in the text). A
 * supervisor may add one; the next extraction then recognises it.
 */
export function UnresolvedMentions({ mentions, editable, onLocate, onReextract }: UnresolvedMentionsProps) {
  const translate = useTranslate();
  const [adding, setAdding] = useState<string | null>(null);
  const [added, setAdded] = useState<string[]>([]);
  if (mentions.length === 0) return null;
  return (
    <Box data-testid="unresolved-mentions" sx={{ p: 1.5, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="subtitle2">{translate('luoshi.speechReview.mentions', { smart_count: mentions.length })}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('luoshi.speechReview.mentionsHelp')}
      </Typography>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        {mentions.map((m) => (
          <Box key={`${m.start}-${m.text}`} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Chip
              size="small"
              variant="outlined"
              color="error"
              label={m.text}
              onClick={() => onLocate(m)}
              title={translate('luoshi.speechReview.locate')}
            />
            {editable &&
              (added.includes(m.text) ? (
                <Typography variant="caption" color="success.main">
                  {translate('luoshi.speechReview.added')}
                </Typography>
              ) : (
                <Button label="luoshi.speechReview.addOrganization" size="small" onClick={() => setAdding(m.text)}>
                  <AddBusinessIcon />
                </Button>
              ))}
          </Box>
        ))}
      </Box>
      {added.length > 0 && (
        <Alert
          severity="success"
          sx={{ mt: 1 }}
          action={
            <Button label="luoshi.speechReview.reextract" size="small" onClick={onReextract}>
              <RefreshIcon />
            </Button>
          }
        >
          {translate('luoshi.speechReview.organizationAdded', { name: added.join('、') })}
        </Alert>
      )}
      <AddOrganizationDialog
        mention={adding}
        onClose={() => setAdding(null)}
        onAdded={(name) => {
          setAdded((list) => [...list, adding ?? name]);
          setAdding(null);
        }}
      />
    </Box>
  );
}
