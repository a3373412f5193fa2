import type { ReactNode } from 'react';
import { FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel } from '@utrecht/component-library-react';

interface Props {
  /** The id of the input inside; the label points to it. */
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  children: ReactNode;
}

/**
 * A labelled form field (NL Design System form field). Give the input `aria-describedby={describedBy(id, …)}`
 * so the description and error are read with it.
 */
export function Field({ id, label, description, error, children }: Props) {
  return (
    <FormField
      invalid={Boolean(error)}
      label={<FormLabel htmlFor={id}>{label}</FormLabel>}
      description={description ? <FormFieldDescription id={`${id}-description`}>{description}</FormFieldDescription> : undefined}
      errorMessage={error ? <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage> : undefined}
      input={children}
    />
  );
}

/** The ids of a field's description and error, for `aria-describedby`. */
export function describedBy(id: string, { description, error }: { description?: unknown; error?: unknown }): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}
