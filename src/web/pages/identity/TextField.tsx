import type { ChangeEvent, HTMLInputTypeAttribute } from 'react';
import { Textbox } from '@utrecht/component-library-react';
import { describedBy, Field } from '../../components/Field.tsx';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  description?: string;
  error?: string;
  type?: HTMLInputTypeAttribute;
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'email' | 'text';
  min?: number;
  max?: number;
}

/** A labelled text box with its help text and error read along (aria-describedby). */
export function TextField({ id, label, value, onChange, description, error, type = 'text', autoComplete = 'off', required, inputMode, min, max }: Props) {
  return (
    <Field id={id} label={label} description={description} error={error}>
      <Textbox
        id={id}
        type={type}
        value={value}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
        min={min}
        max={max}
        invalid={Boolean(error)}
        aria-describedby={describedBy(id, { description, error })}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </Field>
  );
}
