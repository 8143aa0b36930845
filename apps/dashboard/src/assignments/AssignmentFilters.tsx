import Chip from '@mui/material/Chip';
import { AutocompleteInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { assignmentRoleChoices, assignmentStateChoices } from '../shared/choices';
import { OfficeDateInput } from '../shared/OfficeDateInput';

/** A filter that is either on (with its fixed value) or absent, shown as a chip. */
function QuickFilter({ label }: { source: string; label: string; defaultValue: unknown }) {
  const translate = useTranslate();
  return <Chip sx={{ mb: 1 }} label={translate(label)} color="error" variant="outlined" />;
}

export const assignmentFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="state" source="state" choices={assignmentStateChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <ReferenceInput key="organizationId" source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <ReferenceInput key="speechId" source="speechId" reference="speeches" sort={{ field: 'date', order: 'DESC' }}>
    <AutocompleteInput optionText="title" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <QuickFilter key="overdue" source="overdue" label="luoshi.assignment.overdueOnly" defaultValue={true} />,
  <SelectInput key="role" source="role" choices={assignmentRoleChoices} />,
  <OfficeDateInput key="dueDate_gte" source="dueDate_gte" label="luoshi.filters.dueFrom" />,
  <OfficeDateInput key="dueDate_lte" source="dueDate_lte" label="luoshi.filters.dueTo" />,
];
