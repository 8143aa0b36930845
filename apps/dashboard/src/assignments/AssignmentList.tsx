import { DataTable, ExportButton, FilterButton, List, TopToolbar } from 'react-admin';
import { assignmentFilters } from './AssignmentFilters';
import { assignmentColumns } from './assignment-columns';
import { exportAssignments } from './assignment-export';
import { TABLE_HEADERS_ON_ONE_LINE } from '../shared/table-style';
import { DrillDownBanner } from '../leaders/DrillDownBanner';
import { LedgerExportButton } from '../leaders/LedgerExportButton';

// Assignments are created by publishing a speech, never by hand: no create button.
function AssignmentListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButton />
      <LedgerExportButton />
    </TopToolbar>
  );
}

export function AssignmentList() {
  return (
    <List filters={assignmentFilters} sort={{ field: 'dueDate', order: 'ASC' }} actions={<AssignmentListActions />} exporter={exportAssignments}>
      <DrillDownBanner />
      <DataTable rowClick="show" bulkActionButtons={false} sx={TABLE_HEADERS_ON_ONE_LINE}>
        {assignmentColumns('itemTitle', 'organization', 'role', 'handler', 'state', 'dueDate', 'deadline', 'percent', 'light', 'overdue')}
      </DataTable>
    </List>
  );
}
