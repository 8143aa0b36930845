import { AutocompleteInput, BooleanField, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SelectInput, TextField, TopToolbar } from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { groupChannelChoices } from '../shared/choices';

const filters = [
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={groupChannelChoices} alwaysOn />,
];

export function NotificationChannelList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} actions={<TopToolbar><CreateButton /></TopToolbar>}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="organizationId">
          <ReferenceField source="organizationId" reference="organizations" link={false} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <EnumChip source="kind" group="deliveryChannel" />
        </DataTable.Col>
        <DataTable.Col source="name" />
        <DataTable.Col source="urlMasked" disableSort>
          <TextField source="urlMasked" sx={{ fontFamily: 'monospace', fontSize: 12 }} />
        </DataTable.Col>
        <DataTable.Col source="hasSecret" disableSort>
          <BooleanField source="hasSecret" />
        </DataTable.Col>
        <DataTable.Col source="enabled">
          <BooleanField source="enabled" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
