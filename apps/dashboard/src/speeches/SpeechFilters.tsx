import { DateInput, SearchInput, SelectInput } from 'react-admin';
import { speechStatusChoices } from '../shared/choices';

export const speechFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={speechStatusChoices} alwaysOn />,
  <DateInput key="date_gte" source="date_gte" label="luoshi.filters.dateFrom" />,
  <DateInput key="date_lte" source="date_lte" label="luoshi.filters.dateTo" />,
];
