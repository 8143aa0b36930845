import Typography from '@mui/material/Typography';
import {
  DataTable,
  Labeled,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextArrayField,
  TextField,
  useTranslate,
} from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { assignmentColumns } from '../assignments/assignment-columns';
import { OfficeDateField } from '../shared/OfficeDateField';

export function OrganizationShow() {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="shortName" emptyText="—" />
        <EnumChip source="kind" group="organizationKind" />
        <TextArrayField source="aliases" />
        <ReferenceField source="parentId" reference="organizations" link="show" emptyText="—" />
        <OfficeDateField source="updatedAt" showTime />
        <Labeled label="luoshi.organization.children" fullWidth>
          <ReferenceManyField reference="organizations" target="parentId" sort={{ field: 'name', order: 'ASC' }} empty={<Typography variant="body2">—</Typography>}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="name" />
              <DataTable.Col source="kind">
                <EnumChip source="kind" group="organizationKind" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </Labeled>
        <Labeled label="luoshi.organization.assignments" fullWidth>
          <ReferenceManyField
            reference="assignments"
            target="organizationId"
            sort={{ field: 'dueDate', order: 'ASC' }}
            perPage={50}
            empty={<Typography variant="body2">{translate('ra.navigation.no_results', { name: translate('resources.assignments.name') })}</Typography>}
          >
            <DataTable rowClick="show" bulkActionButtons={false}>
              {assignmentColumns('itemTitle', 'state', 'dueDate', 'percent', 'light')}
            </DataTable>
          </ReferenceManyField>
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}
