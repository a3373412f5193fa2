import { useState, type ChangeEvent } from 'react';
import { Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { sendFile, spreadsheetType } from '../../api/send.ts';
import { useResource } from '../../api/useResource.ts';
import type { AnswerOf } from '../../api/answer.ts';
import type { PrimaryAllocation, PrimaryAllocationRow } from '../../api/budgetTypes.ts';
import { useSession } from '../../api/session.ts';
import { Field } from '../../components/Field.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { SpreadsheetUpload } from '../../components/SpreadsheetUpload.tsx';
import { isRole, ROLE_DEFINITIONS } from '../../../domain/access/index.ts';
import { useI18n } from '../../i18n/context.tsx';
import { municipalityColumn } from './budgetColumns.tsx';
import { BUDGET_YEAR, formatEuro } from './budgetFormat.ts';
import { YearField } from '../../components/YearField.tsx';

/** The budget years a user can look at: the published year and the next one (after an import). */
const YEARS = [BUDGET_YEAR, BUDGET_YEAR + 1];

const count = (n: number | null) => (n === null ? '—' : n.toLocaleString('nl-NL'));

/** The allocation from inhabitants and MEE clients, with per row the published amount and why it differs. */
export function PrimarySection() {
  const { t } = useI18n();
  const [year, setYear] = useState(BUDGET_YEAR);
  const primary = useResource<PrimaryAllocation>(`/budget/primaire-verdeling?jaar=${year}`);
  const p = primary.data;
  const columns: Column<PrimaryAllocationRow>[] = [
    municipalityColumn<PrimaryAllocationRow>(t),
    { key: 'inwoners', label: t('budget.col.inhabitants'), numeric: true, sortValue: (r) => r.inwoners ?? -1, cell: (r) => (r.inwoners === null ? t('budget.primary.standIn') : count(r.inwoners)) },
    { key: 'clienten', label: t('budget.col.clients'), numeric: true, sortValue: (r) => r.clienten, cell: (r) => count(r.clienten) },
    { key: 'budgetMee', label: t('budget.col.budgetMee'), numeric: true, sortValue: (r) => r.budgetMee.resultCents, cell: (r) => formatEuro(r.budgetMee.resultCents) },
    { key: 'gepubliceerd', label: t('budget.col.published'), numeric: true, sortValue: (r) => r.gepubliceerd?.budgetMee.gepubliceerdCent ?? -1, cell: (r) => (r.gepubliceerd ? formatEuro(r.gepubliceerd.budgetMee.gepubliceerdCent) : '—') },
    { key: 'verschil', label: t('budget.col.difference'), numeric: true, sortValue: (r) => r.gepubliceerd?.budgetMee.verschilCent ?? 0, cell: (r) => (r.gepubliceerd ? formatEuro(r.gepubliceerd.budgetMee.verschilCent) : '—') },
    { key: 'reden', label: t('budget.col.reason'), cell: (r) => <Steps row={r} /> },
  ];
  return (
    <section aria-labelledby="primair-kop">
      <Heading2 id="primair-kop">{t('budget.primary.title')}</Heading2>
      <Paragraph>{t('budget.primary.intro')}</Paragraph>
      <YearField id="primair-jaar" label={t('budget.primary.year')} years={YEARS} value={year} onChange={setYear} />
      {!p && <LoadState error={primary.error} loading={primary.loading} />}
      {p && (
        <>
          <Paragraph data-testid="primary-summary">
            {p.samenvatting.vergeleken > 0
              ? t('budget.primary.summary', {
                  count: p.samenvatting.gemeenten,
                  division: p.indeling,
                  budgetsYear: p.tabel3Jaar,
                  equal: p.samenvatting.gelijk,
                  compared: p.samenvatting.vergeleken,
                  rounding: p.samenvatting.afronding,
                  standIn: p.samenvatting.inwonersOntbreken,
                  inputs: p.samenvatting.invoer,
                })
              : t('budget.primary.summaryNoPublished', { count: p.samenvatting.gemeenten, division: p.indeling, budgetsYear: p.tabel3Jaar })}
          </Paragraph>
          <SortableTable
            caption={t('budget.primary.caption', { year: p.jaar, count: p.gemeenten.length })}
            columns={columns}
            rows={p.gemeenten}
            rowKey={(r) => r.gemeente.code}
            initialSort={{ key: 'gemeente', direction: 'ascending' }}
            testId="primary-table"
          />
        </>
      )}
      <CountsUpload year={year} onDone={primary.reload} />
    </section>
  );
}

/** Why the amount differs, and the computation step by step (inputs, exact amount, rounding). */
function Steps({ row }: { row: PrimaryAllocationRow }) {
  const { t } = useI18n();
  const m = row.budgetMee;
  return (
    <>
      {row.gepubliceerd?.budgetMee.uitleg}
      <details>
        <summary>{t('budget.primary.steps')}</summary>
        <p>{m.formula}</p>
        <ul>
          {m.inputs.map((i) => (
            <li key={i.name}>
              {i.label}: {i.decimal}
            </li>
          ))}
        </ul>
        <p>
          {m.exact.euros} → {formatEuro(m.resultCents)}
        </p>
      </details>
    </>
  );
}

/** Import next year's counts (only offered to users whose role may enter budget figures; the API decides). */
function CountsUpload({ year, onDone }: { year: number; onDone(): void }) {
  const { t } = useI18n();
  const session = useSession();
  const [source, setSource] = useState('');
  const allowed = session.status === 'signed-in' && session.user.rollen.some((g) => isRole(g.rol) && ROLE_DEFINITIONS[g.rol].permissions.includes('budget:besteding-schrijven'));
  if (!allowed) return null;
  return (
    <>
      <Field id="aantallen-bron" label={t('budget.upload.countsSource')}>
        <Textbox id="aantallen-bron" value={source} onChange={(e: ChangeEvent<HTMLInputElement>) => setSource(e.target.value)} />
      </Field>
      <SpreadsheetUpload
        id="aantallen-bestand"
        title={t('budget.upload.countsTitle')}
        intro={t('budget.upload.countsIntro', { year, division: year - 1 })}
        label={t('budget.upload.file')}
        description={t('budget.upload.countsFileHelp')}
        submit={t('budget.upload.submit')}
        chooseError={t('budget.upload.chooseError')}
        failed={t('budget.upload.failed')}
        done={(n) => t('budget.upload.countsDone', { count: n })}
        send={async (file) => {
          const path = `/budget/aantallen/${year}/import?bron=${encodeURIComponent(source)}`;
          const result = await sendFile<AnswerOf<'/budget/aantallen/{jaar}/import', 'post'>>(path, file, spreadsheetType(file));
          return result.aantal;
        }}
        onDone={onDone}
        resultTestId="counts-upload-result"
      />
    </>
  );
}
