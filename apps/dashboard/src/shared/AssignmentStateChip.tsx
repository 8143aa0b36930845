import type { ChipProps } from '@mui/material/Chip';
import type { AssignmentState } from '@luoshi/common';
import { EnumChip } from './EnumChip';

// Red stays reserved for overdue and the red light, so no state chip is red.
const STATE_COLORS: Record<AssignmentState, ChipProps['color']> = {
  assigned: 'default',
  signed: 'info',
  in_progress: 'secondary',
  completion_requested: 'warning',
  completed: 'success',
  cancelled: 'default',
};

export function AssignmentStateChip({ source = 'state' }: { source?: string; label?: string }) {
  return <EnumChip source={source} group="assignmentState" colors={STATE_COLORS} variant="filled" emptyText="—" />;
}
