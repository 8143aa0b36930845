import ArticleIcon from '@mui/icons-material/Article';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Button, LinkBase, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { AssignmentRecord } from './assignment.types';

interface ItemRecord {
  id: string;
  title: string;
  text: string | null;
  speechId: string | null;
}

/** The task and the passage of the speech it came from, with links to both. */
export function ItemPassage() {
  const record = useRecordContext<AssignmentRecord>();
  const translate = useTranslate();
  const { data: item, isPending } = useGetOne<ItemRecord>('items', { id: record?.itemId ?? '' }, { enabled: Boolean(record?.itemId) });
  if (!record) return null;
  const speechId = item?.speechId ?? record.speechId;
  return (
    <Box data-testid="item-passage">
      <Typography variant="overline" color="text.secondary">
        {translate('luoshi.detail.item')}
      </Typography>
      <Typography variant="h6" component="h2" gutterBottom>
        {item?.title ?? record.itemTitle}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={60} />
      ) : (
        item?.text && (
          <>
            <Typography variant="overline" color="text.secondary">
              {translate('luoshi.detail.source')}
            </Typography>
            <Box
              component="blockquote"
              sx={{ m: 0, pl: 2, py: 0.5, borderLeft: 3, borderColor: 'primary.main', bgcolor: 'action.hover', whiteSpace: 'pre-wrap', lineHeight: 1.9 }}
            >
              {item.text}
            </Box>
          </>
        )
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button component={LinkBase} to={`/items/${record.itemId}/show`} label="luoshi.detail.openItem">
          <OpenInNewIcon />
        </Button>
        {speechId && (
          <Button component={LinkBase} to={`/speeches/${speechId}/show/text`} label="luoshi.detail.openSpeech">
            <ArticleIcon />
          </Button>
        )}
      </Stack>
    </Box>
  );
}
