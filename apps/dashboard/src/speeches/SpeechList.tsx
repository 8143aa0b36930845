import { DataTable, List } from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { speechFilters } from './SpeechFilters';
import { SpeechReviewButton } from './SpeechReviewButton';

export function SpeechList() {
  return (
    <List filters={speechFilters} sort={{ field: 'date', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" />
        <DataTable.Col source="date" />
        <DataTable.Col source="speaker" disableSort />
        <DataTable.Col source="meeting" disableSort />
        <DataTable.Col source="status">
          <EnumChip source="status" group="speechStatus" />
        </DataTable.Col>
        <DataTable.Col label={false} disableSort>
          <SpeechReviewButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
