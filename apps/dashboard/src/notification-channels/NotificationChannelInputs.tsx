import { AutocompleteInput, BooleanInput, maxLength, PasswordInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { groupChannelChoices } from '../shared/choices';

/**
 * The address and the secret are write-only: the API returns them masked, so an edit starts
 * with both empty and leaving them empty keeps what is stored.
 */
export function NotificationChannelInputs({ mode }: { mode: 'create' | 'edit' }) {
  const emptyToUndefined = (v: string) => (v ? v : undefined);
  return (
    <>
      <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" validate={required()} fullWidth />
      </ReferenceInput>
      <SelectInput source="kind" choices={groupChannelChoices} validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(100)]} fullWidth />
      <TextInput
        source="url"
        validate={mode === 'create' ? [required(), maxLength(2000)] : maxLength(2000)}
        helperText={mode === 'create' ? 'luoshi.channels.urlHelp' : 'luoshi.channels.urlKeepHelp'}
        parse={emptyToUndefined}
        autoComplete="off"
        fullWidth
      />
      <PasswordInput
        source="secret"
        validate={maxLength(500)}
        helperText={mode === 'create' ? 'luoshi.channels.secretHelp' : 'luoshi.channels.secretKeepHelp'}
        parse={emptyToUndefined}
        autoComplete="new-password"
        fullWidth
      />
      {mode === 'edit' && <BooleanInput source="clearSecret" label="luoshi.channels.clearSecret" />}
      <BooleanInput source="enabled" defaultValue={true} />
    </>
  );
}
