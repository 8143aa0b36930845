import { Edit, SimpleForm } from 'react-admin';
import { NotificationChannelInputs } from './NotificationChannelInputs';

// Pessimistic: a stale `version` is refused with 409, and the user must see that before leaving.
export function NotificationChannelEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <NotificationChannelInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}
