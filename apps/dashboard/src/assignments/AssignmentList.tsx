import { DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { assignmentFilters } from './AssignmentFilters';
import { assignmentColumns } from './assignment-columns';

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
        {assignmentColumns('itemTitle', 'organization', 'role', 'state', 'dueDate', 'percent', 'light', 'overdue')}
      </DataTable>
    </List>
  );
}
