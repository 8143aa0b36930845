import { Create, Edit, SimpleForm, useRecordContext } from 'react-admin';
import { ReminderRuleInputs } from './ReminderRuleInputs';

function EditInputs() {
  const record = useRecordContext<{ organizationId: string | null; speechId: string | null }>();
  return <ReminderRuleInputs isDefault={!!record && !record.organizationId && !record.speechId} />;
}

// Pessimistic: a stale `version` is refused with 409, and the admin must see that before leaving.
export function ReminderRuleEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <EditInputs />
      </SimpleForm>
    </Edit>
  );
}

const DEFAULTS = { dueSoonDays: [7, 1], overdueEveryDays: 3, escalateAfterDays: 7, sendTime: '09:00', periodicReports: true, channels: ['in_app', 'email'], active: true };

export function ReminderRuleCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={DEFAULTS}>
        <ReminderRuleInputs isDefault={false} />
      </SimpleForm>
    </Create>
  );
}
