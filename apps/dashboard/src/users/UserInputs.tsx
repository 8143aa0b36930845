import { DEFAULT_PASSWORD_POLICY, isOrganizationRole, meetsPasswordPolicy, type Role } from '@luoshi/common';
import {
  AutocompleteInput,
  BooleanInput,
  email,
  PasswordInput,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { roleChoices } from '../shared/choices';

/** The default policy (the API checks the configured one and names the field if it differs). */
function meetsPolicy(value: unknown) {
  return typeof value === 'string' && value && !meetsPasswordPolicy(value, DEFAULT_PASSWORD_POLICY) ? 'luoshi.user.passwordHelp' : undefined;
}

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
        <PasswordInput source="password" validate={[required(), meetsPolicy]} helperText="luoshi.user.passwordHelp" autoComplete="new-password" />
      ) : (
        <PasswordInput
          source="password"
          label="luoshi.user.newPassword"
          validate={meetsPolicy}
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
