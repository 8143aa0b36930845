import { BooleanField, DataTable, EmailField, List, ReferenceField } from 'react-admin';
import { UnlockUserButton } from './UnlockUserButton';
import { EnumChip } from '../shared/EnumChip';
import { userFilters } from './UserFilters';
import { OfficeDateField } from '../shared/OfficeDateField';

export function UserList() {
  return (
    <List filters={userFilters} sort={{ field: 'username', order: 'ASC' }}>
      <DataTable rowClick="edit" bulkActionButtons={false}>
        <DataTable.Col source="username" />
        <DataTable.Col source="name" />
        <DataTable.Col source="role">
          <EnumChip source="role" group="role" />
        </DataTable.Col>
        <DataTable.Col source="organizationId" disableSort>
          <ReferenceField source="organizationId" reference="organizations" link="show" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="email" disableSort>
          <EmailField source="email" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="active" disableSort>
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="lockedUntil" disableSort>
          <OfficeDateField source="lockedUntil" showTime emptyText="—" />
        </DataTable.Col>
        <DataTable.Col label="" disableSort>
          <UnlockUserButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
