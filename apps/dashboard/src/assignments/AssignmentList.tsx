import { DataTable, ExportButton, FilterButton, List, ReferenceField, TopToolbar } from 'react-admin';
import { AssignmentStateChip } from '../shared/AssignmentStateChip';
import { EnumChip } from '../shared/EnumChip';
import { LightChip } from '../shared/LightChip';
import { OverdueBadge } from '../shared/OverdueBadge';
import { PercentField } from '../shared/PercentField';
import { assignmentFilters } from './AssignmentFilters';

// Assignments are created by publishing a speech, never by hand: no create button.
function AssignmentListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButton />
    </TopToolbar>
  );
}

export function AssignmentList() {
  return (
    <List filters={assignmentFilters} sort={{ field: 'dueDate', order: 'ASC' }} actions={<AssignmentListActions />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="itemTitle" disableSort />
        <DataTable.Col source="organizationId">
          <ReferenceField source="organizationId" reference="organizations" link={false} />
        </DataTable.Col>
        <DataTable.Col source="role" disableSort>
          <EnumChip source="role" group="assignmentRole" />
        </DataTable.Col>
        <DataTable.Col source="state">
          <AssignmentStateChip />
        </DataTable.Col>
        <DataTable.Col source="dueDate" />
        <DataTable.Col source="percent">
          <PercentField />
        </DataTable.Col>
        <DataTable.Col source="light" disableSort>
          <LightChip />
        </DataTable.Col>
        <DataTable.Col source="overdue" disableSort>
          <OverdueBadge />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
