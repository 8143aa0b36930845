import { SearchInput, SelectInput } from 'react-admin';
import { organizationKindChoices } from '../shared/choices';

export const organizationFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={organizationKindChoices} alwaysOn />,
];
