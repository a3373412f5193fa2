import { useEffect, useState, type FormEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { LIFE_DOMAINS } from '../../api/caseTypes.ts';
import { sendJson } from '../../api/send.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import type { useVersioned } from '../monitor/useVersioned.ts';
import { casePath, formatDate } from './caseAccess.ts';
import type { ChangeProps } from './CasePage.tsx';
import { SelectField, TextAreaField, TextField } from './fields.tsx';
import { PLAN_PARTIES, type Plan, type PlanParty } from './planTypes.ts';
import { useAction } from './useAction.tsx';
import { todayIso } from './caseOverview.ts';

interface ResultRow {
  key: string;
  id?: string;
  omschrijving: string;
  leefgebied: string;
}
interface AgreementRow {
  key: string;
  id?: string;
  omschrijving: string;
  wieSoort: PlanParty | '';
  wie: string;
  resultaten: string[];
  datum: string;
}

/** The plan as the case page fetched it (the summary shows its results and dates too). */
export type PlanResource = ReturnType<typeof useVersioned<Plan>>;

let counter = 0;
const newKey = () => `nieuw-${++counter}`;

const rowsOf = (plan: Plan) => ({
  results: plan.resultaten.map((r): ResultRow => ({ key: r.id, id: r.id, omschrijving: r.omschrijving, leefgebied: r.leefgebied ?? '' })),
  agreements: plan.afspraken.map((a): AgreementRow => ({ key: a.id, id: a.id, omschrijving: a.omschrijving, wieSoort: a.wieSoort, wie: a.wie, resultaten: a.resultaten, datum: a.datum ?? '' })),
});


/**
 * The client's own plan (eigen plan) of the household: results, agreements and who does what, saved
 * as a new version each time (If-Match on the plan's version), the client's agreement with a version,
 * and sharing the plan with a family member's case (one family, one plan).
 */
export function PlanSection({ c, writable, resource }: Pick<ChangeProps, 'c' | 'writable'> & { resource: PlanResource }) {
  const { t, lang } = useI18n();
  const plan = resource.data;
  const action = useAction();
  const [results, setResults] = useState<ResultRow[]>([]);
  const [agreements, setAgreements] = useState<AgreementRow[]>([]);
  const [agreedOn, setAgreedOn] = useState(todayIso());
  const [other, setOther] = useState('');
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (!plan) return;
    const rows = rowsOf(plan);
    setResults(rows.results);
    setAgreements(rows.agreements);
  }, [plan]);

  const put = (body: object, done: string) =>
    action.run(async () => {
      const sent = await sendJson<Plan>('PUT', casePath(c, '/plan'), body, { 'If-Match': `"${plan!.versie}"` });
      setMessage(done.replace('{version}', String(sent.data.versie)));
      resource.reload();
    });

  const save = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const incomplete = results.some((r) => !r.omschrijving.trim()) || agreements.some((a) => !a.omschrijving.trim() || !a.wieSoort || (a.wieSoort !== 'client' && !a.wie.trim()));
    if (incomplete) return;
    const position = new Map(results.map((r, i) => [r.key, r.id ?? `#${i}`]));
    void put(
      {
        resultaten: results.map((r) => ({ ...(r.id ? { id: r.id } : {}), omschrijving: r.omschrijving.trim(), leefgebied: r.leefgebied || null })),
        afspraken: agreements.map((a) => ({
          ...(a.id ? { id: a.id } : {}),
          omschrijving: a.omschrijving.trim(),
          wieSoort: a.wieSoort,
          wie: a.wie.trim(),
          resultaten: a.resultaten.filter((k) => position.has(k)).map((k) => position.get(k)!),
          datum: a.datum || null,
        })),
        akkoordDatum: null,
      },
      t('cases.plan.saved', { version: '{version}' }),
    );
  };
  const agree = (event: FormEvent) => {
    event.preventDefault();
    if (!plan) return;
    void put({ resultaten: plan.resultaten, afspraken: plan.afspraken, akkoordDatum: agreedOn }, t('cases.plan.agreed'));
  };
  const link = (event: FormEvent) => {
    event.preventDefault();
    if (!other.trim()) return;
    void action.run(async () => {
      await sendJson<Plan>('POST', casePath(c, '/huishouden'), { dossierId: other.trim() });
      setOther('');
      setMessage(t('cases.plan.linked'));
      resource.reload();
    });
  };
  const updateResult = (i: number, patch: Partial<ResultRow>) => setResults((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const updateAgreement = (i: number, patch: Partial<AgreementRow>) => setAgreements((all) => all.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const required = (bad: boolean) => (tried && bad ? t('cases.required') : undefined);

  return (
    <section aria-labelledby="plan-kop">
      <Heading2 id="plan-kop">{t('cases.plan.title')}</Heading2>
      <Paragraph>{t('cases.plan.intro')}</Paragraph>
      <Paragraph role="status" data-testid="plan-message">
        {message}
      </Paragraph>
      {!plan && <LoadState error={resource.error} loading />}
      {plan && (
        <>
          <Paragraph data-testid="plan-status">
            {plan.versie === 0 ? t('cases.plan.noVersion') : `${t('cases.plan.version', { version: plan.versie })}. `}
            {plan.status === 'akkoord' && plan.akkoord && t('cases.plan.status.akkoord', { date: formatDate(plan.akkoord.datum, lang) })}
            {plan.status === 'eerdere_versie' && plan.akkoord && t('cases.plan.status.eerdere_versie', { date: formatDate(plan.akkoord.datum, lang), version: plan.akkoord.versie })}
            {plan.status === 'niet_akkoord' && plan.versie > 0 && t('cases.plan.status.niet_akkoord')}
          </Paragraph>
          {plan.aantalDossiersInHuishouden > 1 && <Paragraph data-testid="plan-household">{t('cases.plan.household', { count: plan.aantalDossiersInHuishouden })}</Paragraph>}
          <form onSubmit={save} noValidate data-testid="plan-form">
            <Heading3>{t('cases.plan.results')}</Heading3>
            <Paragraph>{t('cases.plan.resultsHelp')}</Paragraph>
            {results.map((r, i) => (
              <Fieldset key={r.key} className="naast-case-sub">
                <FieldsetLegend>{t('cases.plan.result', { number: i + 1 })}</FieldsetLegend>
                <TextAreaField id={`plan-resultaat-${i}`} label={t('cases.plan.resultText', { number: i + 1 })} value={r.omschrijving} onChange={(v) => updateResult(i, { omschrijving: v })} error={required(!r.omschrijving.trim())} />
                <SelectField
                  id={`plan-resultaat-${i}-leefgebied`}
                  label={t('cases.plan.resultDomain', { number: i + 1 })}
                  value={r.leefgebied}
                  onChange={(v) => updateResult(i, { leefgebied: v })}
                  options={[{ value: '', label: t('cases.plan.noDomain') }, ...LIFE_DOMAINS.map((d) => ({ value: d, label: t(`cases.domain.${d}`) }))]}
                />
                {writable && (
                  <Button type="button" appearance="subtle-button" onClick={() => setResults((all) => all.filter((_, j) => j !== i))}>
                    {t('cases.plan.removeResult', { number: i + 1 })}
                  </Button>
                )}
              </Fieldset>
            ))}
            {writable && (
              <Button type="button" appearance="secondary-action-button" onClick={() => setResults((all) => [...all, { key: newKey(), omschrijving: '', leefgebied: '' }])}>
                {t('cases.plan.addResult')}
              </Button>
            )}
            <Heading3>{t('cases.plan.agreements')}</Heading3>
            <Paragraph>{t('cases.plan.agreementsHelp')}</Paragraph>
            {agreements.map((a, i) => (
              <Fieldset key={a.key} className="naast-case-sub">
                <FieldsetLegend>{t('cases.plan.agreement', { number: i + 1 })}</FieldsetLegend>
                <TextAreaField id={`plan-afspraak-${i}`} label={t('cases.plan.agreementText', { number: i + 1 })} value={a.omschrijving} onChange={(v) => updateAgreement(i, { omschrijving: v })} error={required(!a.omschrijving.trim())} />
                <SelectField
                  id={`plan-afspraak-${i}-wiesoort`}
                  label={t('cases.plan.party', { number: i + 1 })}
                  value={a.wieSoort}
                  onChange={(v) => updateAgreement(i, { wieSoort: v as PlanParty })}
                  placeholder={t('cases.choose')}
                  options={PLAN_PARTIES.map((p) => ({ value: p, label: t(`cases.plan.party.${p}`) }))}
                  error={required(!a.wieSoort)}
                />
                <TextField
                  id={`plan-afspraak-${i}-wie`}
                  label={t('cases.plan.who', { number: i + 1 })}
                  description={t('cases.plan.whoHelp')}
                  value={a.wie}
                  onChange={(v) => updateAgreement(i, { wie: v })}
                  error={required(a.wieSoort !== '' && a.wieSoort !== 'client' && !a.wie.trim())}
                />
                <TextField id={`plan-afspraak-${i}-datum`} type="date" label={`${t('cases.plan.due', { number: i + 1 })} ${t('cases.optional')}`} value={a.datum} onChange={(v) => updateAgreement(i, { datum: v })} />
                {results.length > 0 && (
                  <Fieldset>
                    <FieldsetLegend>{t('cases.plan.forResults', { number: i + 1 })}</FieldsetLegend>
                    {results.map((r, j) => (
                      <FormFieldCheckbox
                        key={r.key}
                        id={`plan-afspraak-${i}-resultaat-${j}`}
                        label={`${t('cases.plan.result', { number: j + 1 })}${r.omschrijving.trim() ? `: ${r.omschrijving.trim()}` : ''}`}
                        checked={a.resultaten.includes(r.key)}
                        onChange={() => updateAgreement(i, { resultaten: a.resultaten.includes(r.key) ? a.resultaten.filter((k) => k !== r.key) : [...a.resultaten, r.key] })}
                      />
                    ))}
                  </Fieldset>
                )}
                {writable && (
                  <Button type="button" appearance="subtle-button" onClick={() => setAgreements((all) => all.filter((_, j) => j !== i))}>
                    {t('cases.plan.removeAgreement', { number: i + 1 })}
                  </Button>
                )}
              </Fieldset>
            ))}
            {writable && (
              <>
                <Button type="button" appearance="secondary-action-button" onClick={() => setAgreements((all) => [...all, { key: newKey(), omschrijving: '', wieSoort: '', wie: '', resultaten: [], datum: '' }])}>
                  {t('cases.plan.addAgreement')}
                </Button>{' '}
                <Button type="submit" appearance="primary-action-button" busy={action.busy}>
                  {t('cases.plan.save')}
                </Button>
              </>
            )}
          </form>
          {action.problem}
          {writable && plan.versie > 0 && plan.status !== 'akkoord' && (
            <form onSubmit={agree} noValidate className="naast-case-sub" data-testid="plan-agree">
              <Heading3>{t('cases.plan.agreeTitle')}</Heading3>
              <TextField id="plan-akkoord-datum" type="date" label={t('cases.plan.agreeDate')} description={t('cases.plan.agreeHelp')} value={agreedOn} onChange={setAgreedOn} />
              <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
                {t('cases.plan.agree')}
              </Button>
            </form>
          )}
          {writable && (
            <form onSubmit={link} noValidate className="naast-case-sub">
              <Heading3>{t('cases.plan.linkTitle')}</Heading3>
              <TextField id="plan-huishouden" label={t('cases.plan.linkCase')} description={t('cases.plan.linkHelp')} value={other} onChange={setOther} />
              <Button type="submit" appearance="secondary-action-button" busy={action.busy}>
                {t('cases.plan.link')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
