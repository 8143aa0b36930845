import { BooleanInput, Create, DateInput, Edit, required, SimpleForm, TextInput } from 'react-admin';

function Inputs() {
  return (
    <>
      <DateInput source="date" validate={required()} />
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
