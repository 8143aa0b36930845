import { NOTIFICATION_CHANNELS } from '@luoshi/common';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  regex,
  required,
  TextInput,
} from 'react-admin';
import { ArrayNumberInput } from './ArrayNumberInput';

const channelChoices = NOTIFICATION_CHANNELS.map((id) => ({ id, name: `luoshi.enums.notificationChannel.${id}` }));

/** A rule applies to one organization or one speech; neither: the default. */
export function ReminderRuleInputs({ isDefault }: { isDefault: boolean }) {
  return (
    <>
      <TextInput source="name" validate={required()} />
      {!isDefault && (
        <>
          <ReferenceInput source="organizationId" reference="organizations">
            <AutocompleteInput optionText="name" helperText="luoshi.reminderRule.organizationHelp" />
          </ReferenceInput>
          <ReferenceInput source="speechId" reference="speeches">
            <AutocompleteInput optionText="title" helperText="luoshi.reminderRule.speechHelp" />
          </ReferenceInput>
        </>
      )}
      <ArrayNumberInput source="dueSoonDays" helperText="luoshi.reminderRule.dueSoonHelp" />
      <NumberInput source="overdueEveryDays" min={1} max={365} validate={[required(), minValue(1), maxValue(365)]} helperText="luoshi.reminderRule.overdueHelp" />
      <NumberInput source="escalateAfterDays" min={0} max={365} validate={[required(), minValue(0), maxValue(365)]} helperText="luoshi.reminderRule.escalateHelp" />
      <TextInput source="sendTime" validate={[required(), regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'luoshi.reminderRule.sendTimeFormat')]} helperText="luoshi.reminderRule.sendTimeHelp" />
      <BooleanInput source="periodicReports" helperText="luoshi.reminderRule.periodicHelp" />
      <CheckboxGroupInput source="channels" choices={channelChoices} />
      <BooleanInput source="active" />
    </>
  );
}
