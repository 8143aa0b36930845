import FactCheckIcon from '@mui/icons-material/FactCheck';
import InboxIcon from '@mui/icons-material/Inbox';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import Badge from '@mui/material/Badge';
import { isOrganizationRole, type Role } from '@luoshi/common';
import { Menu, useGetList, usePermissions } from 'react-admin';
import { canRoleSeePage } from '../auth/access';
import { QueueBoardMenuItem } from '../notification-preferences/QueueBoardMenuItem';

/** How many completion requests wait for review, shown on the menu entry. */
function ReviewQueueIcon() {
  const { total } = useGetList('assignments', {
    filter: { state: 'completion_requested' },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'dueDate', order: 'ASC' },
  });
  return (
    <Badge badgeContent={total ?? 0} color="warning" max={99}>
      <FactCheckIcon />
    </Badge>
  );
}

/**
 * Organization users start from 我的任务, the supervision office has 待审核; the resources follow.
 * The 督办看板 is the office's and the leaders' view, so organization users do not get it (their
 * own scorecard is linked from 我的任务).
 */
export function AppMenu() {
  const { permissions } = usePermissions<Role>();
  return (
    <Menu>
      {permissions && !isOrganizationRole(permissions) && <Menu.DashboardItem primaryText="luoshi.leaders.menu.board" />}
      {permissions && canRoleSeePage(permissions, 'myTasks') && <Menu.Item to="/my-tasks" primaryText="luoshi.menu.myTasks" leftIcon={<InboxIcon />} />}
      {permissions && canRoleSeePage(permissions, 'reviewQueue') && (
        <Menu.Item to="/review" primaryText="luoshi.menu.reviewQueue" leftIcon={<ReviewQueueIcon />} />
      )}
      <Menu.ResourceItems />
      {permissions && canRoleSeePage(permissions, 'notificationPreferences') && (
        <Menu.Item to="/notification-preferences" primaryText="luoshi.menu.notificationPreferences" leftIcon={<NotificationsActiveIcon />} />
      )}
      {permissions && canRoleSeePage(permissions, 'queueBoard') && <QueueBoardMenuItem />}
    </Menu>
  );
}
