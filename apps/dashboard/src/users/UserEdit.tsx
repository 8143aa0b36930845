import { Edit, SimpleForm } from 'react-admin';
import { withoutEmptyPassword } from './user-form';
import { UserInputs } from './UserInputs';

// Pessimistic: a stale `version` is refused with 409, and the user must see that before leaving.
export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list" transform={withoutEmptyPassword}>
      <SimpleForm>
        <UserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
