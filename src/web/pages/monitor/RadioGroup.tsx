import type { ReactNode } from 'react';
import { Fieldset, FieldsetLegend, FormFieldDescription, FormFieldErrorMessage, FormLabel, RadioButton } from '@utrecht/component-library-react';

interface Props {
  /** Prefix of the ids: the options get `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  description?: ReactNode;
  options: { value: string; label: ReactNode; lang?: string }[];
  value: string;
  onChange(value: string): void;
  error?: string;
  /** Options below each other (long labels) instead of side by side. */
  stacked?: boolean;
  /** Language of the legend and description when they come from the data (WCAG 3.1.2). */
  lang?: string;
}

/**
 * A group of radio buttons in a fieldset with a legend (NL Design System). The description and the error
 * are tied to the group with aria-describedby, and aria-invalid marks a group with an error.
 */
export function RadioGroup({ id, legend, description, options, value, onChange, error, stacked, lang }: Props) {
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Fieldset role="radiogroup" aria-labelledby={`${id}-legend`} aria-describedby={describedBy} invalid={Boolean(error)} data-testid={id}>
      <FieldsetLegend id={`${id}-legend`} lang={lang}>
        {legend}
      </FieldsetLegend>
      {description && (
        <FormFieldDescription id={`${id}-description`} lang={lang}>
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`}>
          <span lang="nl">{error}</span>
        </FormFieldErrorMessage>
      )}
      <div className={`naast-radio-options${stacked ? ' naast-radio-options--stacked' : ''}`}>
        {options.map((option) => (
          <div key={option.value} className="naast-radio">
            <RadioButton
              id={`${id}-${option.value}`}
              name={id}
              value={option.value}
              checked={value === option.value}
              invalid={Boolean(error)}
              onChange={() => onChange(option.value)}
            />
            <FormLabel htmlFor={`${id}-${option.value}`} type="radio" checked={value === option.value} lang={option.lang}>
              {option.label}
            </FormLabel>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
