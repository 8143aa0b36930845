import { isOrganizationRole, type Role } from '@luoshi/common';
import { Navigate, usePermissions } from 'react-admin';
import { LazyLeadersBoard } from '../leaders/lazy-pages';

/**
 * Home: the 督办看板 for the supervision office, viewers and admins (its code and ECharts load only
 * then); organization users land on 我的任务, their own scorecard one click away there.
 */
export function Dashboard() {
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return null;
  if (permissions && isOrganizationRole(permissions)) return <Navigate to="/my-tasks" replace />;
  return <LazyLeadersBoard />;
}
