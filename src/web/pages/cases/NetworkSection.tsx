import { useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/context.tsx';
import { changeCase } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { SelectField, TextField } from './fields.tsx';
import { REPRESENTATIVE_KINDS, type FullCase, type NetworkMember } from './planTypes.ts';
import { useAction } from './useAction.tsx';

interface Row {
  naam: string;
  relatie: string;
  telefoon: string;
}

const toRow = (m: NetworkMember): Row => ({ naam: m.naam, relatie: m.relatie, telefoon: m.telefoon ?? '' });

/**
 * The informal network (family, neighbours, volunteers, with their relation) and the representative
 * (gemachtigde). Saved with the other client details in one PUT; the BSN is left out so it stays as
 * it is, and consents are not sent (they are records of their own).
 */
export function NetworkSection({ c, onChanged, writable }: ChangeProps) {
  const { t } = useI18n();
  const action = useAction();
  const full = c as FullCase;
  const [rows, setRows] = useState<Row[]>(() => (full.client.netwerk ?? []).map(toRow));
  const [repName, setRepName] = useState(full.client.vertegenwoordiger?.naam ?? '');
  const [repKind, setRepKind] = useState<string>(full.client.vertegenwoordiger?.soort ?? '');
  const [repPhone, setRepPhone] = useState(full.client.vertegenwoordiger?.telefoon ?? '');
  const [tried, setTried] = useState(false);
  // Fetched again after a save elsewhere on the page: show what the server has. Only when the server
  // sent a new version, not on every render; done while rendering (React's pattern for state that follows a prop).
  const [seenVersion, setSeenVersion] = useState(full.versie);
  if (full.versie !== seenVersion) {
    setSeenVersion(full.versie);
    setRows((full.client.netwerk ?? []).map(toRow));
    setRepName(full.client.vertegenwoordiger?.naam ?? '');
    setRepKind(full.client.vertegenwoordiger?.soort ?? '');
    setRepPhone(full.client.vertegenwoordiger?.telefoon ?? '');
  }

  const update = (i: number, field: keyof Row, value: string) => setRows((all) => all.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const rowMissing = (r: Row) => !r.naam.trim() || !r.relatie.trim();
  const repIncomplete = (repName.trim() !== '') !== (repKind !== '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (rows.some(rowMissing) || repIncomplete) return;
    const client = full.client;
    void action.run(async () => {
      await changeCase(c, 'PUT', '/clientgegevens', {
        naam: client.naam,
        telefoon: client.telefoon,
        email: client.email,
        adres: client.adres,
        leeftijdscategorie: client.leeftijdscategorie,
        doelgroepen: client.doelgroepen ?? [],
        netwerk: rows.map((r) => ({ naam: r.naam.trim(), relatie: r.relatie.trim(), telefoon: r.telefoon.trim() || null })),
        vertegenwoordiger: repName.trim() ? { naam: repName.trim(), soort: repKind, telefoon: repPhone.trim() || null } : null,
      });
      onChanged();
    });
  };

  if (!writable) {
    return (
      <section aria-labelledby="netwerk-kop">
        <Heading2 id="netwerk-kop">{t('cases.network.title')}</Heading2>
        {rows.length === 0 && <Paragraph>{t('cases.network.empty')}</Paragraph>}
        <ul className="naast-case-list">
          {rows.map((r, i) => (
            <li key={i}>
              {r.naam} ({r.relatie}){r.telefoon && `, ${r.telefoon}`}
            </li>
          ))}
        </ul>
        <Paragraph>{repName ? `${t('cases.network.representative')}: ${repName} (${t(`cases.repKind.${repKind as 'curator'}`)})` : t('cases.network.repNone')}</Paragraph>
      </section>
    );
  }
  return (
    <section aria-labelledby="netwerk-kop">
      <Heading2 id="netwerk-kop">{t('cases.network.title')}</Heading2>
      <Paragraph>{t('cases.network.intro')}</Paragraph>
      <form onSubmit={submit} noValidate data-testid="network-form">
        {rows.length === 0 && <Paragraph>{t('cases.network.empty')}</Paragraph>}
        {rows.map((r, i) => (
          <Fieldset key={i} className="naast-case-sub">
            <FieldsetLegend>{t('cases.network.member', { number: i + 1 })}</FieldsetLegend>
            <TextField id={`netwerk-${i}-naam`} label={t('cases.network.name', { number: i + 1 })} value={r.naam} onChange={(v) => update(i, 'naam', v)} error={tried && !r.naam.trim() ? t('cases.required') : undefined} />
            <TextField
              id={`netwerk-${i}-relatie`}
              label={t('cases.network.relation', { number: i + 1 })}
              description={t('cases.network.relationHelp')}
              value={r.relatie}
              onChange={(v) => update(i, 'relatie', v)}
              error={tried && !r.relatie.trim() ? t('cases.required') : undefined}
            />
            <TextField id={`netwerk-${i}-telefoon`} type="tel" label={`${t('cases.network.phone', { number: i + 1 })} ${t('cases.optional')}`} value={r.telefoon} onChange={(v) => update(i, 'telefoon', v)} />
            <Button type="button" appearance="subtle-button" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
              {t('cases.network.remove', { number: i + 1 })}
            </Button>
          </Fieldset>
        ))}
        <Button type="button" appearance="secondary-action-button" onClick={() => setRows((all) => [...all, { naam: '', relatie: '', telefoon: '' }])}>
          {t('cases.network.add')}
        </Button>
        <Fieldset className="naast-case-sub">
          <FieldsetLegend>{t('cases.network.representative')}</FieldsetLegend>
          <TextField
            id="vertegenwoordiger-naam"
            label={`${t('cases.network.repName')} ${t('cases.optional')}`}
            value={repName}
            onChange={setRepName}
            error={tried && repIncomplete && !repName.trim() ? t('cases.required') : undefined}
          />
          <SelectField
            id="vertegenwoordiger-soort"
            label={t('cases.network.repKind')}
            value={repKind}
            onChange={setRepKind}
            placeholder={t('cases.choose')}
            options={REPRESENTATIVE_KINDS.map((k) => ({ value: k, label: t(`cases.repKind.${k}`) }))}
            error={tried && repIncomplete && !repKind ? t('cases.required') : undefined}
          />
          <TextField id="vertegenwoordiger-telefoon" type="tel" label={`${t('cases.network.repPhone')} ${t('cases.optional')}`} value={repPhone} onChange={setRepPhone} />
        </Fieldset>
        {action.problem}
        <Button type="submit" appearance="primary-action-button" busy={action.busy}>
          {t('cases.network.submit')}
        </Button>
      </form>
    </section>
  );
}
