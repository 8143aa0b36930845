import { CreateButton, DataTable, ExportButton, List, ReferenceField, TextArrayField, TopToolbar } from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { organizationFilters } from './OrganizationFilters';

function OrganizationListActions() {
  return (
    <TopToolbar>
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function OrganizationList() {
  return (
    <List filters={organizationFilters} sort={{ field: 'name', order: 'ASC' }} actions={<OrganizationListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="shortName" />
        <DataTable.Col source="kind">
          <EnumChip source="kind" group="organizationKind" />
        </DataTable.Col>
        <DataTable.Col source="parentId" disableSort>
          <ReferenceField source="parentId" reference="organizations" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="aliases" disableSort>
          <TextArrayField source="aliases" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
