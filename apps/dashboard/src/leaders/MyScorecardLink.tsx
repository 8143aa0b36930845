import AssessmentIcon from '@mui/icons-material/Assessment';
import Box from '@mui/material/Box';
import { Button, LinkBase } from 'react-admin';
import { useActor } from '../auth/useActor';

/** 本单位考评: an organization user's own scorecard, one click from 我的任务 (never another's). */
export function MyScorecardLink() {
  const actor = useActor();
  if (!actor?.organizationId) return null;
  return (
    <Box sx={{ mt: 1, display: 'flex', justifyContent: 'flex-end' }}>
      <Button component={LinkBase} to={`/scorecard/${actor.organizationId}`} label="luoshi.leaders.scorecard.mine" variant="outlined" data-testid="my-scorecard">
        <AssessmentIcon />
      </Button>
    </Box>
  );
}
