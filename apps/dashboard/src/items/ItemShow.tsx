import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  ArrayField,
  DataTable,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { assignmentColumns } from '../assignments/assignment-columns';

function ItemText() {
  const record = useRecordContext<{ id: string; text?: string }>();
  if (!record?.text) return <Typography variant="body2">—</Typography>;
  return (
    <Box component="blockquote" sx={{ m: 0, pl: 2, borderLeft: 3, borderColor: 'divider', whiteSpace: 'pre-wrap', lineHeight: 1.9, maxWidth: '48em' }}>
      {record.text}
    </Box>
  );
}

const emptyDash = <Typography variant="body2">—</Typography>;

export function ItemShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <EnumChip source="kind" group="itemKind" />
        <EnumChip source="status" group="itemStatus" />
        <ReferenceField source="speechId" reference="speeches" link="show" emptyText="—" />
        <ReferenceField source="parentId" reference="items" link="show" emptyText="—" />
        <Labeled source="text">
          <ItemText />
        </Labeled>
        <TextField source="dueDate" emptyText="—" />
        <EnumChip source="cadence" group="cadence" emptyText="—" />
        <NumberField source="confidence" options={{ style: 'percent' }} emptyText="—" />
        <ArrayField source="organizations">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="organizationId">
              <ReferenceField source="organizationId" reference="organizations" link="show" />
            </DataTable.Col>
            <DataTable.Col source="role">
              <EnumChip source="role" group="assignmentRole" />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
        <Labeled label="luoshi.item.assignments" fullWidth>
          <ReferenceManyField reference="assignments" target="itemId" sort={{ field: 'dueDate', order: 'ASC' }} empty={emptyDash}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              {assignmentColumns('organization', 'role', 'state', 'percent', 'light', 'overdue')}
            </DataTable>
          </ReferenceManyField>
        </Labeled>
        <Labeled label="luoshi.item.children" fullWidth>
          <ReferenceManyField reference="items" target="parentId" sort={{ field: 'position', order: 'ASC' }} empty={emptyDash}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="title" />
              <DataTable.Col source="kind">
                <EnumChip source="kind" group="itemKind" />
              </DataTable.Col>
              <DataTable.Col source="dueDate" />
            </DataTable>
          </ReferenceManyField>
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
