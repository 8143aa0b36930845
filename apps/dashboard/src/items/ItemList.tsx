import { DataTable, List, ReferenceField } from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { OfficeDateField } from '../shared/OfficeDateField';
import { itemFilters } from './ItemFilters';

export function ItemList() {
  return (
    <List filters={itemFilters} sort={{ field: 'position', order: 'ASC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="kind">
          <EnumChip source="kind" group="itemKind" />
        </DataTable.Col>
        <DataTable.Col source="speechId" disableSort>
          <ReferenceField source="speechId" reference="speeches" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="dueDate">
          <OfficeDateField source="dueDate" />
        </DataTable.Col>
        <DataTable.Col source="cadence" disableSort>
          <EnumChip source="cadence" group="cadence" />
        </DataTable.Col>
        <DataTable.Col source="status">
          <EnumChip source="status" group="itemStatus" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
