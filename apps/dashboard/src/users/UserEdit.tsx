import { Edit, ListButton, SimpleForm, TopToolbar } from 'react-admin';
import { UnlockUserButton } from './UnlockUserButton';
import { withoutEmptyPassword } from './user-form';
import { UserInputs } from './UserInputs';

function UserEditActions() {
  return (
    <TopToolbar>
      <UnlockUserButton />
      <ListButton />
    </TopToolbar>
  );
}

// Pessimistic: a stale `version` is refused with 409, and the user must see that before leaving.
export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={withoutEmptyPassword} actions={<UserEditActions />}>
      <SimpleForm>
        <UserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
