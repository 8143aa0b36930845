import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { itemKindChoices, itemStatusChoices } from '../shared/choices';

export const itemFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="speechId" source="speechId" reference="speeches" sort={{ field: 'date', order: 'DESC' }} alwaysOn>
    <AutocompleteInput optionText="title" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={itemKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={itemStatusChoices} />,
];
