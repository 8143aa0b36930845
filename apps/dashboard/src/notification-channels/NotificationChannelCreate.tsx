import { Create, SimpleForm } from 'react-admin';
import { NotificationChannelInputs } from './NotificationChannelInputs';

export function NotificationChannelCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <NotificationChannelInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}
