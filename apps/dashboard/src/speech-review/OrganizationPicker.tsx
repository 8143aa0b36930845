import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import type { RegistryOrganization } from './speech-review.types';

/** Matches what a supervisor types against the name, the short name and every alias. */
const filterOptions = createFilterOptions<RegistryOrganization>({
  stringify: (o) => [o.name, o.shortName ?? '', ...o.aliases].join(' '),
});

export interface OrganizationPickerProps {
  label: string;
  organizations: readonly RegistryOrganization[];
  value: readonly string[];
  /** Picked in the other role: not offered here. */
  exclude: readonly string[];
  onChange: (ids: string[]) => void;
  color: 'primary' | 'default';
  disabled?: boolean;
  name: string;
}

/** Several organizations from the registry, by autocomplete. */
export function OrganizationPicker({ label, organizations, value, exclude, onChange, color, disabled, name }: OrganizationPickerProps) {
  const translate = useTranslate();
  const byId = useMemo(() => new Map(organizations.map((o) => [o.id, o])), [organizations]);
  const selected = value.map((id) => byId.get(id)).filter((o): o is RegistryOrganization => Boolean(o));
  const options = useMemo(() => organizations.filter((o) => !exclude.includes(o.id)), [organizations, exclude]);
  return (
    <Autocomplete
      multiple
      size="small"
      disabled={disabled}
      options={options}
      value={selected}
      filterOptions={filterOptions}
      getOptionLabel={(o) => o.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_, picked) => onChange(picked.map((o) => o.id))}
      noOptionsText={translate('ra.navigation.no_results')}
      renderValue={(picked, getItemProps) =>
        picked.map((o, index) => {
          const { key, ...itemProps } = getItemProps({ index });
          return <Chip key={key} {...itemProps} size="small" color={color} variant={color === 'primary' ? 'filled' : 'outlined'} label={o.name} />;
        })
      }
      renderInput={(params) => <TextField {...params} label={label} name={name} />}
    />
  );
}
