import { Edit, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';

// Pessimistic: a stale `version` is refused with 409, and the user must see that before leaving.
export function OrganizationEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <OrganizationInputs />
      </SimpleForm>
    </Edit>
  );
}
