import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, Heading3, Paragraph, Select, SelectOption, Textarea, Textbox } from '@utrecht/component-library-react';
import { ApiError } from '../../api/client.ts';
import { api, ok } from '../../api/typedClient.ts';
import type { FrictionMunicipality, Spending } from '../../api/budgetTypes.ts';
import { describedBy, Field } from '../../components/Field.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatEuro, parseEuro, SPENDING_YEAR } from './budgetFormat.ts';

interface Props {
  municipalities: FrictionMunicipality[];
  spendings: Spending[];
  /** Called after a save or a conflict, so the page fetches the figures and versions again. */
  onChanged(): void;
}

/** "1.234.567" for the text field; with cents only when there are cents. */
const amountText = (cents: number) => formatEuro(cents, { showCents: cents % 100 !== 0 }).replace(/^€ /, '');

/**
 * Enter what one municipality plans to spend at MEE (besteding). Sends the version it started from
 * (If-Match), so a change by someone else in the meantime is not overwritten (412).
 */
export function SpendingForm({ municipalities, spendings, onChanged }: Props) {
  const { t, lang } = useI18n();
  const [code, setCode] = useState('');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const [version, setVersion] = useState<number | undefined>();
  const [errors, setErrors] = useState<{ code?: string; amount?: string }>({});
  const [problem, setProblem] = useState<Error>();
  const [saved, setSaved] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [refresh, setRefresh] = useState(false);
  const codeRef = useRef<HTMLSelectElement>(null);
  const amountRef = useRef<HTMLInputElement>(null);

  const fill = (next: string) => {
    const current = spendings.find((s) => s.gemeenteCode === next);
    setAmount(current ? amountText(current.bedragCent) : '');
    setNote(current?.toelichting ?? '');
    setVersion(current?.versie);
  };
  // After a conflict: show what is stored now, with its version, once the list has been fetched again.
  // Done while rendering, when a new list arrives (React's pattern for state that follows a prop).
  const [seenSpendings, setSeenSpendings] = useState(spendings);
  if (spendings !== seenSpendings) {
    setSeenSpendings(spendings);
    if (refresh) {
      fill(code);
      setRefresh(false);
    }
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setProblem(undefined);
    setSaved(undefined);
    const found: typeof errors = {};
    let cents = 0;
    if (!code) found.code = t('budget.spending.chooseError');
    try {
      cents = parseEuro(amount);
      if (cents < 0) found.amount = t('budget.spending.negativeError');
    } catch (error) {
      found.amount = lang === 'nl' && error instanceof Error ? error.message : t('budget.spending.amountError');
    }
    setErrors(found);
    if (found.code) return codeRef.current?.focus();
    if (found.amount) return amountRef.current?.focus();
    setBusy(true);
    try {
      // A first amount may only create (If-None-Match); a change must name the version it saw (If-Match).
      const header = version === undefined ? { 'if-none-match': '*' } : { 'if-match': `"${version}"` };
      const data = await ok(
        api.PUT('/budget/bestedingen/{bestedingsjaar}/{gemeenteCode}', {
          params: { path: { bestedingsjaar: SPENDING_YEAR, gemeenteCode: code }, header },
          body: { bedragCent: cents, toelichting: note.trim() === '' ? null : note.trim() },
        }),
      );
      setVersion(data.versie);
      setAmount(amountText(data.bedragCent));
      setSaved(code);
    } catch (error) {
      setProblem(error as Error);
      if (error instanceof ApiError && error.problem.status === 412) setRefresh(true);
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  const result = saved ? municipalities.find((m) => m.gemeente.code === saved) : undefined;
  return (
    <section aria-labelledby="besteding-kop">
      <Heading3 id="besteding-kop">{t('budget.spending.title')}</Heading3>
      <Paragraph>{t('budget.spending.intro', { year: SPENDING_YEAR })}</Paragraph>
      {problem && <ProblemSummary error={problem} title={t('budget.spending.notSaved')} />}
      {saved && result && result.bestedingCent !== null && (
        <Alert type="ok">
          <Paragraph data-testid="spending-result">
            {t('budget.spending.saved', {
              name: result.gemeente.naam,
              amount: formatEuro(result.bestedingCent),
              budget: formatEuro(result.budgetCent),
              shortfall: formatEuro(result.tekortCent ?? 0),
            })}
          </Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <Field id="besteding-gemeente" label={t('budget.spending.municipality')} error={errors.code}>
          <Select
            id="besteding-gemeente"
            ref={codeRef}
            value={code}
            invalid={Boolean(errors.code)}
            aria-describedby={describedBy('besteding-gemeente', { error: errors.code })}
            onChange={(e: ChangeEvent<HTMLSelectElement>) => {
              setCode(e.target.value);
              fill(e.target.value);
              setSaved(undefined);
            }}
          >
            <SelectOption value="">{t('budget.spending.choose')}</SelectOption>
            {municipalities.map((m) => (
              <SelectOption key={m.gemeente.code} value={m.gemeente.code}>
                {m.gemeente.naam}
              </SelectOption>
            ))}
          </Select>
        </Field>
        <Field id="besteding-bedrag" label={t('budget.spending.amount', { year: SPENDING_YEAR })} description={t('budget.spending.amountHelp')} error={errors.amount}>
          <Textbox
            id="besteding-bedrag"
            ref={amountRef}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            invalid={Boolean(errors.amount)}
            aria-describedby={describedBy('besteding-bedrag', { description: true, error: errors.amount })}
            onChange={(e: ChangeEvent<HTMLInputElement>) => setAmount(e.target.value)}
          />
        </Field>
        <Field id="besteding-toelichting" label={t('budget.spending.note')}>
          <Textarea id="besteding-toelichting" rows={3} value={note} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setNote(e.target.value)} />
        </Field>
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('budget.spending.save')}
        </Button>
      </form>
    </section>
  );
}
