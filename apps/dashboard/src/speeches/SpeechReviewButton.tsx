import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { MouseEvent } from 'react';
import { Button, LinkBase, useCanAccess, useRecordContext } from 'react-admin';

/** Opens the speech's review screen (原文对照 and task list); for those who may edit speeches. */
export function SpeechReviewButton() {
  const record = useRecordContext<{ id: string }>();
  const { canAccess } = useCanAccess({ resource: 'speeches', action: 'edit' });
  if (!record || !canAccess) return null;
  return (
    <Button
      component={LinkBase}
      to={`/speeches/${record.id}/review`}
      label="luoshi.speechReview.open"
      onClick={(e: MouseEvent) => e.stopPropagation()}
      data-testid="speech-review-button"
    >
      <FactCheckIcon />
    </Button>
  );
}
