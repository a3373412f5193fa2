import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Button, Select, SelectOption } from '@utrecht/component-library-react';
import { describedBy, Field } from '../../components/Field.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { AuditQuery } from './auditApi.ts';
import { TextField } from './TextField.tsx';

export const emptyQuery: AuditQuery = { betrokkene: '', verwerkingsactiviteit: '', vanafDatum: '', totEnMetDatum: '', paginaGrootte: 25 };
const PAGE_SIZES = [10, 25, 50, 100];
const ID = 'logboek';

/** Search by data subject (pseudonym), processing activity and a date range. */
export function AuditSearchForm({ query, onSearch, busy }: { query: AuditQuery; onSearch(query: AuditQuery): void; busy: boolean }) {
  const { t } = useI18n();
  const [values, setValues] = useState(query);
  const [seen, setSeen] = useState(query);
  const [errors, setErrors] = useState<{ betrokkene?: string; totEnMetDatum?: string }>({});
  // A search started elsewhere (a pseudonym in the results) fills in the form too.
  if (seen !== query) {
    setSeen(query);
    setValues(query);
  }
  const set = (key: keyof Omit<AuditQuery, 'paginaGrootte'>) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (values.betrokkene.trim() && !/^ps_[\w-]+$/.test(values.betrokkene.trim())) found.betrokkene = t('identity.audit.subjectInvalid');
    if (values.vanafDatum && values.totEnMetDatum && values.totEnMetDatum < values.vanafDatum) found.totEnMetDatum = t('identity.audit.rangeInvalid');
    setErrors(found);
    if (found.betrokkene) return document.getElementById(`${ID}-betrokkene`)?.focus();
    if (found.totEnMetDatum) return document.getElementById(`${ID}-totEnMetDatum`)?.focus();
    onSearch(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('identity.audit.searchLabel')} className="naast-audit-search">
      <div className="naast-filters">
        <TextField
          id={`${ID}-betrokkene`}
          label={t('identity.audit.subject')}
          description={t('identity.audit.subjectHelp')}
          value={values.betrokkene}
          onChange={set('betrokkene')}
          error={errors.betrokkene}
        />
        <TextField
          id={`${ID}-activiteit`}
          label={t('identity.audit.activity')}
          description={t('identity.audit.activityHelp')}
          value={values.verwerkingsactiviteit}
          onChange={set('verwerkingsactiviteit')}
        />
      </div>
      <div className="naast-filters">
        <TextField id={`${ID}-vanafDatum`} label={t('identity.audit.from')} type="date" value={values.vanafDatum} onChange={set('vanafDatum')} />
        <TextField
          id={`${ID}-totEnMetDatum`}
          label={t('identity.audit.to')}
          type="date"
          value={values.totEnMetDatum}
          onChange={set('totEnMetDatum')}
          error={errors.totEnMetDatum}
        />
        <Field id={`${ID}-grootte`} label={t('identity.audit.pageSize')}>
          <Select
            id={`${ID}-grootte`}
            value={String(values.paginaGrootte)}
            aria-describedby={describedBy(`${ID}-grootte`, {})}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => setValues((v) => ({ ...v, paginaGrootte: Number(e.target.value) }))}
          >
            {PAGE_SIZES.map((size) => (
              <SelectOption key={size} value={String(size)}>
                {size}
              </SelectOption>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" appearance="primary-action-button" busy={busy}>
        {t('identity.audit.search')}
      </Button>{' '}
      <Button
        appearance="subtle-button"
        onClick={() => {
          setErrors({});
          onSearch(emptyQuery);
        }}
      >
        {t('identity.audit.clear')}
      </Button>
    </form>
  );
}
