import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { LinkBase, useGetList, useTranslate } from 'react-admin';
import { assignmentListPath, type DashboardCardSpec } from './dashboard-cards';

/** One count of assignments; the total comes from Content-Range, so one row is enough. */
export function DashboardCard({ spec }: { spec: DashboardCardSpec }) {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList('assignments', {
    filter: spec.filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'dueDate', order: 'ASC' },
  });
  return (
    <Card variant="outlined" sx={{ borderTop: 4, borderTopColor: `${spec.tone}.main`, height: '100%' }} data-card={spec.key}>
      <CardActionArea component={LinkBase} to={assignmentListPath(spec.filter)} sx={{ height: '100%' }}>
        <CardContent>
          <Typography variant="subtitle1" color="text.secondary">
            {translate(spec.title)}
          </Typography>
          <Typography variant="h3" component="p" sx={{ my: 1, color: `${spec.tone}.main`, fontWeight: 600 }}>
            {isPending ? <Skeleton width={60} /> : error ? '—' : (total ?? 0)}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate(spec.hint)}
          </Typography>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
