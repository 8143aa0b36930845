import { SearchInput, SelectInput } from 'react-admin';
import { speechStatusChoices } from '../shared/choices';
import { OfficeDateInput } from '../shared/OfficeDateInput';

export const speechFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={speechStatusChoices} alwaysOn />,
  <OfficeDateInput key="date_gte" source="date_gte" label="luoshi.filters.dateFrom" />,
  <OfficeDateInput key="date_lte" source="date_lte" label="luoshi.filters.dateTo" />,
];
