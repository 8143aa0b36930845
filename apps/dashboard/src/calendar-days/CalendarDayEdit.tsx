import { BooleanInput, Create, Edit, required, SimpleForm, TextInput } from 'react-admin';
import { OfficeDateInput } from '../shared/OfficeDateInput';

function Inputs() {
  return (
    <>
      <OfficeDateInput source="date" validate={required()} />
      <BooleanInput source="working" helperText="luoshi.calendar.workingHelp" />
      <TextInput source="name" helperText="luoshi.calendar.nameHelp" />
    </>
  );
}

export function CalendarDayEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <Inputs />
      </SimpleForm>
    </Edit>
  );
}

export function CalendarDayCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ working: false }}>
        <Inputs />
      </SimpleForm>
    </Create>
  );
}
