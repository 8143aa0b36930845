import { Create, SimpleForm } from 'react-admin';
import { OrganizationInputs } from './OrganizationInputs';

export function OrganizationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ aliases: [], kind: 'government' }}>
        <OrganizationInputs />
      </SimpleForm>
    </Create>
  );
}
