import type { ChangeEvent } from 'react';
import { Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { describedBy, Field } from '../../components/Field.tsx';

export { TextField } from '../identity/TextField.tsx';

interface SelectProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  options: { value: string; label: string; lang?: string }[];
  /** The first, empty choice ("Maak een keuze"); leave out when a value is always chosen. */
  placeholder?: string;
  description?: string;
  error?: string;
}

/** A labelled choice list with its help text and error read along. */
export function SelectField({ id, label, value, onChange, options, placeholder, description, error }: SelectProps) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Select
        id={id}
        value={value}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <SelectOption value="">{placeholder}</SelectOption>}
        {options.map((o) => (
          <SelectOption key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  error?: string;
  rows?: number;
}

/** A labelled multi-line text field. */
export function TextAreaField({ id, label, value, onChange, description, error, rows = 3 }: TextAreaProps) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Textarea
        id={id}
        rows={rows}
        value={value}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
      />
    </Field>
  );
}
