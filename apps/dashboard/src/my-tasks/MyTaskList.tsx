import { OPEN_ASSIGNMENT_STATES, type Role } from '@luoshi/common';
import Typography from '@mui/material/Typography';
import { DataTable, List, Navigate, usePermissions, useTranslate } from 'react-admin';
import { canRoleSeePage } from '../auth/access';
import { myTaskFilters } from './MyTaskFilters';
import { assignmentColumns } from '../assignments/assignment-columns';

const OPEN_FIRST = { state: [...OPEN_ASSIGNMENT_STATES] };

function MyTasksEmpty() {
  const translate = useTranslate();
  return (
    <Typography variant="body1" sx={{ p: 3 }} color="text.secondary">
      {translate('luoshi.myTasks.empty')}
    </Typography>
  );
}

/**
 * 我的任务: the assignments of the user's organization (the API scopes the list), open ones first
 * by due date, with 超期 / 到期 badges.
 */
export function MyTaskList() {
  const translate = useTranslate();
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return null;
  if (!permissions || !canRoleSeePage(permissions, 'myTasks')) return <Navigate to="/" replace />;
  return (
    <List
      resource="assignments"
      storeKey="myTasks"
      title="luoshi.myTasks.title"
      filters={myTaskFilters}
      filterDefaultValues={OPEN_FIRST}
      sort={{ field: 'dueDate', order: 'ASC' }}
      exporter={false}
      empty={<MyTasksEmpty />}
    >
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('luoshi.myTasks.subtitle')}
      </Typography>
      <DataTable rowClick="show" bulkActionButtons={false} data-testid="my-tasks">
        {assignmentColumns('itemTitle', 'speech', 'organization', 'role', 'state', 'dueDate', 'deadline', 'percent', 'light', 'lastReportAt')}
      </DataTable>
    </List>
  );
}
