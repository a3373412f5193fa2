import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Textarea, Textbox } from '@utrecht/component-library-react';
import { Field } from '../../components/Field.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { Term, Values } from './api.ts';

/** One field of a form, by the API's own field name. */
export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'textarea' | 'list' }
  | { name: string; label: string; kind: 'select'; options: Term[] }
  | { name: string; label: string; kind: 'multi'; options: Term[] }
  | { name: string; label: string; kind: 'checkbox' }
  | { name: string; label: string; kind: 'number' };

const listText = (value: unknown) => (Array.isArray(value) ? value.join(', ') : '');
const splitList = (text: string) => text.split(',').map((v) => v.trim()).filter(Boolean);

/**
 * A form for one entity of the social map: fields by spec, comma lists for codes and keywords, and the
 * server's problems (every field at once) above the form.
 */
export function EntityForm({ id, fields, initial, onSubmit, onCancel }: { id: string; fields: FieldSpec[]; initial: Values; onSubmit: (values: Values) => Promise<void>; onCancel?: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(initial);
  const [error, setError] = useState<Error>();
  const [busy, setBusy] = useState(false);
  // Comma lists keep what was typed (a trailing comma), the value holds the parsed list.
  const [raw, setRaw] = useState<Record<string, string>>({});
  const set = (name: string, value: unknown) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit(values);
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate data-testid={`${id}-form`}>
      {error && <ProblemSummary error={error} title={t('common.error')} />}
      {fields.map((f) => {
        const fid = `${id}-${f.name}`;
        const value = values[f.name];
        switch (f.kind) {
          case 'text':
          case 'number':
            return (
              <Field key={f.name} id={fid} label={f.label}>
                <Textbox id={fid} type={f.kind === 'number' ? 'number' : 'text'} value={value === null || value === undefined ? '' : String(value)} onChange={(e: ChangeEvent<HTMLInputElement>) => set(f.name, f.kind === 'number' ? Number(e.target.value) : e.target.value)} />
              </Field>
            );
          case 'textarea':
            return (
              <Field key={f.name} id={fid} label={f.label}>
                <Textarea id={fid} rows={3} value={String(value ?? '')} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => set(f.name, e.target.value)} />
              </Field>
            );
          case 'list':
            return (
              <Field key={f.name} id={fid} label={f.label}>
                <Textbox
                  id={fid}
                  value={raw[f.name] ?? listText(value)}
                  onChange={(e: ChangeEvent<HTMLInputElement>) => {
                    setRaw((r) => ({ ...r, [f.name]: e.target.value }));
                    set(f.name, splitList(e.target.value));
                  }}
                />
              </Field>
            );
          case 'select':
            return (
              <Field key={f.name} id={fid} label={f.label}>
                <select id={fid} className="utrecht-select utrecht-select--html-select" value={String(value ?? '')} onChange={(e) => set(f.name, e.target.value)}>
                  {f.options.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.label}
                    </option>
                  ))}
                </select>
              </Field>
            );
          case 'checkbox':
            return (
              <div key={f.name} className="naast-sk-check">
                <input id={fid} type="checkbox" className="utrecht-checkbox utrecht-checkbox--html-input" checked={value === true} onChange={(e) => set(f.name, e.target.checked)} />
                <label className="utrecht-form-label" htmlFor={fid}>
                  {f.label}
                </label>
              </div>
            );
          case 'multi': {
            const selected = Array.isArray(value) ? (value as string[]) : [];
            return (
              <Fieldset key={f.name}>
                <FieldsetLegend>{f.label}</FieldsetLegend>
                {f.options.map((o) => (
                  <div key={o.code} className="naast-sk-check">
                    <input
                      id={`${fid}-${o.code}`}
                      type="checkbox"
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      checked={selected.includes(o.code)}
                      onChange={(e) => set(f.name, e.target.checked ? [...selected, o.code] : selected.filter((c) => c !== o.code))}
                    />
                    <label className="utrecht-form-label" htmlFor={`${fid}-${o.code}`}>
                      {o.label}
                    </label>
                  </div>
                ))}
              </Fieldset>
            );
          }
        }
      })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('socialmap.manage.save')}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('socialmap.manage.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
