import { TextInput, type TextInputProps } from 'react-admin';

/** Days as "7, 1": a short list of whole numbers typed in one field. */
export function ArrayNumberInput(props: TextInputProps) {
  return (
    <TextInput
      {...props}
      format={(value: unknown) => (Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '')}
      parse={(text: string) =>
        text
          .split(/[,，\s]+/)
          .filter(Boolean)
          .map(Number)
      }
      validate={(value: unknown) =>
        Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 1 && n <= 365) ? undefined : 'luoshi.reminderRule.daysFormat'
      }
    />
  );
}
