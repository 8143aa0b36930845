import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { isOrganizationRole, type Role } from '@luoshi/common';
import { Navigate, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { DashboardCard } from './DashboardCard';
import { DASHBOARD_CARDS } from './dashboard-cards';

export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions, isPending } = usePermissions<Role>();
  if (isPending) return null;
  // Organization users land on their own work, not on the office's counts.
  if (permissions && isOrganizationRole(permissions)) return <Navigate to="/my-tasks" replace />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="luoshi.dashboard.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {identity ? translate('luoshi.dashboard.welcome', { name: identity.fullName ?? '' }) : translate('luoshi.dashboard.title')}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 3 }}>
        {translate('luoshi.dashboard.subtitle')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(5, 1fr)' } }}>
        {DASHBOARD_CARDS.map((spec) => (
          <DashboardCard key={spec.key} spec={spec} />
        ))}
      </Box>
    </Box>
  );
}
