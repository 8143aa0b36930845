import { cloneElement } from 'react';
import { AutocompleteInput, ReferenceInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import { assignmentStateChoices, lightChoices } from '../shared/choices';
import { OfficeDateInput } from '../shared/OfficeDateInput';

export const myTaskFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="state" source="state" choices={assignmentStateChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="light" source="light" choices={lightChoices} alwaysOn />,
  <ReferenceInput key="speechId" source="speechId" reference="speeches" sort={{ field: 'date', order: 'DESC' }} alwaysOn>
    <AutocompleteInput optionText="title" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <OfficeDateInput key="dueDate_gte" source="dueDate_gte" label="luoshi.filters.dueFrom" alwaysOn />,
  <OfficeDateInput key="dueDate_lte" source="dueDate_lte" label="luoshi.filters.dueTo" alwaysOn />,
];

/** The same filters on a phone: the search box open, the others behind 筛选 (react-admin's FilterButton). */
export const myTaskPhoneFilters = myTaskFilters.map((filter) => (filter.key === 'q' ? filter : cloneElement(filter, { alwaysOn: false })));
