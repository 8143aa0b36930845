import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export function UserCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ active: true, role: 'org_staff' }}>
        <UserInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
