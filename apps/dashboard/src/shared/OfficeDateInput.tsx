import { TextInput, type TextInputProps, type Validator } from 'react-admin';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD, or the message key saying it is not. */
export function dateError(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !PLAIN_DATE.test(value)) return 'luoshi.validation.dateFormat';
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value ? undefined : 'luoshi.validation.dateFormat';
}

/**
 * A date typed as YYYY-MM-DD whatever the browser's language (a native date box would show
 * mm/dd/yyyy in an English browser).
 */
export function OfficeDateInput({ validate, ...props }: TextInputProps) {
  const validators: Validator[] = [dateError, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return <TextInput {...props} validate={validators} placeholder="YYYY-MM-DD" slotProps={{ htmlInput: { inputMode: 'numeric', 'data-date-input': props.source } }} />;
}
