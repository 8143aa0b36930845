import Box from '@mui/material/Box';
import {
  DataTable,
  ReferenceArrayField,
  ReferenceManyField,
  Show,
  SingleFieldList,
  ChipField,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { EnumChip } from '../shared/EnumChip';
import { SpeechReviewButton } from './SpeechReviewButton';
import { OfficeDateField } from '../shared/OfficeDateField';

function RawText() {
  const record = useRecordContext<{ id: string; rawText?: string }>();
  return (
    <Box
      component="pre"
      sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontFamily: 'inherit', fontSize: '1rem', lineHeight: 1.9, m: 0, maxWidth: '48em' }}
    >
      {record?.rawText ?? ''}
    </Box>
  );
}

function SpeechShowActions() {
  return (
    <TopToolbar>
      <SpeechReviewButton />
    </TopToolbar>
  );
}

export function SpeechShow() {
  return (
    <Show actions={<SpeechShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="luoshi.speech.summary">
          <TextField source="title" />
          <TextField source="date" emptyText="—" />
          <TextField source="speaker" emptyText="—" />
          <TextField source="meeting" emptyText="—" />
          <EnumChip source="status" group="speechStatus" />
          <ReferenceArrayField source="audienceIds" reference="organizations">
            <SingleFieldList linkType="show">
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
          <TextField source="sourceFileName" emptyText="—" />
          <OfficeDateField source="publishedAt" showTime emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="luoshi.speech.items" path="items">
          <ReferenceManyField reference="items" target="speechId" sort={{ field: 'position', order: 'ASC' }} perPage={200} label={false}>
            <DataTable rowClick="show" bulkActionButtons={false}>
              <DataTable.Col source="title" />
              <DataTable.Col source="kind">
                <EnumChip source="kind" group="itemKind" />
              </DataTable.Col>
              <DataTable.Col source="dueDate" />
              <DataTable.Col source="status">
                <EnumChip source="status" group="itemStatus" />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="luoshi.speech.rawText" path="text">
          <RawText />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}
