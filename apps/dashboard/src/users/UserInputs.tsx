import { isOrganizationRole, type Role } from '@luoshi/common';
import {
  AutocompleteInput,
  BooleanInput,
  email,
  minLength,
  PasswordInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { roleChoices } from '../shared/choices';

const validateUsername = [required(), regex(/^[A-Za-z0-9_.-]{3,64}$/, 'luoshi.user.usernameFormat')];

/** The API refuses an organization user without an organization; say so before it does. */
function requiredForOrganizationRoles(value: unknown, values: { role?: Role }) {
  return values.role && isOrganizationRole(values.role) && !value ? 'ra.validation.required' : undefined;
}

/** Create requires a password; edit takes an optional new one (never shown: the API never sends it). */
export function UserInputs({ mode }: { mode: 'create' | 'edit' }) {
  return (
    <>
      <TextInput source="username" validate={validateUsername} autoComplete="off" />
      {mode === 'create' ? (
        <PasswordInput source="password" validate={[required(), minLength(8)]} helperText="luoshi.user.passwordHelp" autoComplete="new-password" />
      ) : (
        <PasswordInput
          source="password"
          label="luoshi.user.newPassword"
          validate={minLength(8)}
          helperText="luoshi.user.newPasswordHelp"
          autoComplete="new-password"
        />
      )}
      <TextInput source="name" validate={required()} />
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <ReferenceInput source="organizationId" reference="organizations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          optionText="name"
          parse={(v: string | null | undefined) => v || null}
          validate={requiredForOrganizationRoles}
          helperText="luoshi.user.organizationHelp"
          fullWidth
        />
      </ReferenceInput>
      <TextInput source="email" type="email" validate={email()} parse={(v: string) => v || null} />
      <BooleanInput source="active" />
    </>
  );
}
