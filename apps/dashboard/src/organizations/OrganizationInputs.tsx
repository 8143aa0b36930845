import { AutocompleteInput, ReferenceInput, required, SelectInput, TextArrayInput, TextInput, useRecordContext } from 'react-admin';
import { organizationKindChoices } from '../shared/choices';

/** The fields shared by the create and edit forms. */
export function OrganizationInputs() {
  const record = useRecordContext<{ id: string }>();
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <SelectInput source="kind" choices={organizationKindChoices} validate={required()} />
      <TextInput source="shortName" />
      <TextArrayInput source="aliases" helperText="luoshi.organization.aliasesHelp" fullWidth />
      <ReferenceInput source="parentId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          optionText="name"
          // The API wants a UUID or null, never an empty string.
          parse={(v: string | null | undefined) => v || null}
          // An organization cannot sit under itself (the API also refuses its own subtree).
          getOptionDisabled={(option: { id: string }) => option.id === record?.id}
          fullWidth
        />
      </ReferenceInput>
    </>
  );
}
