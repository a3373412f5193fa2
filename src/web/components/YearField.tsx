import type { ChangeEvent } from 'react';
import { Select, SelectOption } from '@utrecht/component-library-react';
import { Field } from './Field.tsx';

interface Props {
  id: string;
  label: string;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}

/** A labelled choice of one year out of a list (budget year, division year). */
export function YearField({ id, label, years, value, onChange }: Props) {
  return (
    <Field id={id} label={label}>
      <Select id={id} value={String(value)} onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <SelectOption key={y} value={String(y)}>
            {y}
          </SelectOption>
        ))}
      </Select>
    </Field>
  );
}
