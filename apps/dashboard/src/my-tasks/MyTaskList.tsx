import { OPEN_ASSIGNMENT_STATES, type Role } from '@luoshi/common';
import Paper from '@mui/material/Paper';
import type { Theme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { DataTable, List, ListBase, Navigate, usePermissions, useTranslate } from 'react-admin';
import { canRoleSeePage } from '../auth/access';
import { AssignmentCards } from '../assignments/AssignmentCards';
import { myTaskFilters, myTaskPhoneFilters } from './MyTaskFilters';
import { MyScorecardLink } from '../leaders/MyScorecardLink';
import { assignmentColumns } from '../assignments/assignment-columns';
import { exportAssignments } from '../assignments/assignment-export';
import { TABLE_HEADERS_ON_ONE_LINE } from '../shared/table-style';

const OPEN_FIRST = { state: [...OPEN_ASSIGNMENT_STATES] };
const MINE_OPEN = { mine: true, state: [...OPEN_ASSIGNMENT_STATES] };
const COLUMNS = ['itemTitle', 'speech', 'organization', 'role', 'handler', 'state', 'dueDate', 'deadline', 'percent', 'light', 'lastReportAt'] as const;

function MyTasksEmpty() {
  const translate = useTranslate();
  return (
    <Typography variant="body1" sx={{ p: 3 }} color="text.secondary">
      {translate('luoshi.myTasks.empty')}
    </Typography>
  );
}

/** 交给我的: what the organization's admin handed to this user, open ones, above everything else. */
function HandedToMe({ phone }: { phone: boolean }) {
  const translate = useTranslate();
  const empty = <Typography sx={{ px: 2, py: 1.5 }} color="text.secondary">{translate('luoshi.handler.mineEmpty')}</Typography>;
  return (
    <ListBase resource="assignments" filter={MINE_OPEN} sort={{ field: 'dueDate', order: 'ASC' }} perPage={50} disableSyncWithLocation storeKey={false}>
      <Paper variant="outlined" sx={{ mt: 2 }} data-testid="handed-to-me">
        <Typography variant="subtitle1" component="h2" sx={{ px: 2, pt: 1.5, fontWeight: 600 }}>
          {translate('luoshi.handler.mine')}
        </Typography>
        {phone ? (
          <AssignmentCards empty={empty} />
        ) : (
          <DataTable rowClick="show" bulkActionButtons={false} sx={TABLE_HEADERS_ON_ONE_LINE} empty={empty}>
            {assignmentColumns(...COLUMNS)}
          </DataTable>
        )}
      </Paper>
    </ListBase>
  );
}

/**
 * 我的任务: what was handed to the user first (交给我的), then the assignments of the user's
 * organization (the API scopes the list), open ones first by due date, with 超期 / 剩余天数.
 * On a phone the rows are cards and only the search box stays open (the rest behind 筛选).
 */
export function MyTaskList() {
  const translate = useTranslate();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return null;
  if (!permissions || !canRoleSeePage(permissions, 'myTasks')) return <Navigate to="/" replace />;
  return (
    <>
      <MyScorecardLink />
      <HandedToMe phone={phone} />
      <List
        resource="assignments"
        storeKey="myTasks"
        title="luoshi.myTasks.title"
        filters={phone ? myTaskPhoneFilters : myTaskFilters}
        filterDefaultValues={OPEN_FIRST}
        sort={{ field: 'dueDate', order: 'ASC' }}
        exporter={exportAssignments}
        empty={<MyTasksEmpty />}
      >
        <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
          {translate('luoshi.myTasks.subtitle')}
        </Typography>
        {phone ? (
          <AssignmentCards testId="my-tasks" />
        ) : (
          <DataTable rowClick="show" bulkActionButtons={false} data-testid="my-tasks" sx={TABLE_HEADERS_ON_ONE_LINE}>
            {assignmentColumns(...COLUMNS)}
          </DataTable>
        )}
      </List>
    </>
  );
}
