import { Create, Edit, NumberInput, SimpleForm, TextInput, maxValue, minValue, required } from 'react-admin';

const points = [required(), minValue(0), maxValue(1000)];

/** The scheme's terms; deductions are written as positive numbers (the scorecard shows them as −). */
function SchemeInputs() {
  return (
    <>
      <TextInput source="name" label="luoshi.leaders.schemes.name" validate={required()} sx={{ minWidth: 320 }} />
      <NumberInput source="base" label="luoshi.leaders.schemes.base" validate={points} />
      <NumberInput source="overduePenalty" label="luoshi.leaders.schemes.overduePenalty" validate={points} />
      <NumberInput source="overdueDayPenalty" label="luoshi.leaders.schemes.overdueDayPenalty" validate={points} step={0.5} />
      <NumberInput source="overdueDayCap" label="luoshi.leaders.schemes.overdueDayCap" validate={points} />
      <NumberInput source="missedReportPenalty" label="luoshi.leaders.schemes.missedReportPenalty" validate={points} />
      <NumberInput source="returnPenalty" label="luoshi.leaders.schemes.returnPenalty" validate={points} />
      <NumberInput source="earlyBonus" label="luoshi.leaders.schemes.earlyBonus" validate={points} />
      <NumberInput source="earlyDays" label="luoshi.leaders.schemes.earlyDays" validate={[required(), minValue(0), maxValue(365)]} step={1} />
      <NumberInput source="earlyBonusCap" label="luoshi.leaders.schemes.earlyBonusCap" validate={points} />
      <NumberInput source="floor" label="luoshi.leaders.schemes.floor" validate={points} />
    </>
  );
}

// Pessimistic: a stale `version` is refused with 409, and the admin must see that before leaving.
export function ScoringSchemeEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <SchemeInputs />
      </SimpleForm>
    </Edit>
  );
}

/** The default scheme as the starting point of a new one. */
const DEFAULTS = { base: 100, overduePenalty: 2, overdueDayPenalty: 0.5, overdueDayCap: 10, missedReportPenalty: 1, returnPenalty: 1, earlyBonus: 1, earlyDays: 7, earlyBonusCap: 5, floor: 0 };

export function ScoringSchemeCreate() {
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={DEFAULTS}>
        <SchemeInputs />
      </SimpleForm>
    </Create>
  );
}
