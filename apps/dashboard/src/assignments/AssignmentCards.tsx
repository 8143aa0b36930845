import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { LinkBase, RecordContextProvider, ReferenceField, TextField, useCreatePath, useListContext } from 'react-admin';
import { AssignmentStateChip } from '../shared/AssignmentStateChip';
import { DeadlineBadge } from '../shared/DeadlineBadge';
import { LightChip } from '../shared/LightChip';
import { OfficeDateField } from '../shared/OfficeDateField';
import { PercentField } from '../shared/PercentField';
import type { AssignmentRecord } from './assignment.types';

/**
 * Assignments as cards, one under the other, for a phone: a table of ten columns does not fit
 * 390 px. Each card opens the assignment, like a row of the table does.
 */
export function AssignmentCards({ empty, testId }: { empty?: ReactNode; testId?: string }) {
  const { data, isPending } = useListContext<AssignmentRecord>();
  const createPath = useCreatePath();
  if (isPending) return null;
  if (!data?.length) return <>{empty ?? null}</>;
  return (
    <Stack spacing={1} sx={{ p: 1 }} data-testid={testId}>
      {data.map((record) => (
        <RecordContextProvider key={record.id} value={record}>
          <Card variant="outlined" data-assignment-card={record.id}>
            <CardActionArea component={LinkBase} to={createPath({ resource: 'assignments', id: record.id, type: 'show' })}>
              <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
                <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, lineHeight: 1.4 }}>
                  {record.itemTitle}
                </Typography>
                <Typography variant="body2" color="text.secondary" component="div">
                  <ReferenceField source="organizationId" reference="organizations" link={false}>
                    <TextField source="name" />
                  </ReferenceField>
                  {record.handlerName ? ` · ${record.handlerName}` : ''}
                </Typography>
                <Stack direction="row" spacing={1} sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center', rowGap: 1 }}>
                  <AssignmentStateChip />
                  <LightChip />
                  <DeadlineBadge />
                  <OfficeDateField source="dueDate" emptyText="" />
                </Stack>
                <Stack sx={{ mt: 1 }}>
                  <PercentField />
                </Stack>
              </CardContent>
            </CardActionArea>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
}
