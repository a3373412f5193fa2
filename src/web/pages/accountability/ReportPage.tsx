import { useState, type ChangeEvent } from 'react';
import { Alert, Button, ButtonGroup, ButtonLink, Heading1, Heading2, Paragraph, Textarea } from '@utrecht/component-library-react';
import { API } from '../../api/client.ts';
import { sendFile, sendJson, spreadsheetType } from '../../api/send.ts';
import { useResource } from '../../api/useResource.ts';
import { describedBy, Field } from '../../components/Field.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { ProblemSummary } from '../../components/ProblemSummary.tsx';
import { SortableTable } from '../../components/SortableTable.tsx';
import { SpreadsheetForm } from '../../components/SpreadsheetUpload.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatEuro } from '../budget/budgetFormat.ts';
import { AccountabilityGate } from './AccountabilityGate.tsx';
import type { Report, Value } from './types.ts';
import type { AnswerOf } from '../../api/answer.ts';

/** One report: its values (computed ones marked), upload, submit, questions, acceptance, messages. */
export default function ReportPage({ id }: { id: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('acc.title'));
  return <AccountabilityGate title={t('acc.title')}>{() => <ReportView id={id} />}</AccountabilityGate>;
}

function show(kind: string | undefined, value: Value | undefined): string {
  if (value === undefined || value === '') return '–';
  if (kind === 'bedrag' && typeof value === 'number') return formatEuro(value, { showCents: true });
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k.replaceAll('_', ' ')}: ${String(v).replace('.', ',')}`).join('; ');
  return String(value).replace(/^(\d+)\.(\d+)$/, '$1,$2');
}

function ReportView({ id }: { id: string }) {
  const { t } = useI18n();
  const report = useResource<Report>(`/verantwoording/perioden/${id}`);
  const templates = useResource<AnswerOf<'/verantwoording/sjablonen'>>('/verantwoording/sjablonen');
  const [problem, setProblem] = useState<Error>();
  const [done, setDone] = useState<string>();
  const [busy, setBusy] = useState(false);
  const r = report.data;
  if (!r) return <LoadState error={report.error} loading />;
  const template = templates.data?.sjablonen.find((s) => s.bekostigingsvorm === r.bekostigingsvorm);
  const act = async (work: () => Promise<unknown>, message: string) => {
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    setDone(undefined);
    try {
      await work();
      setDone(message);
      report.reload();
    } catch (failure) {
      setProblem(failure as Error);
    } finally {
      setBusy(false);
    }
  };
  const ifMatch = { 'if-match': `"${r.versie}"` };
  const may = (a: Report['mogelijkeActies'][number]) => r.mogelijkeActies.includes(a);
  return (
    <>
      <Heading1>{t('acc.report.title', { name: r.naam })}</Heading1>
      <Paragraph>{t('acc.report.summary', { municipality: r.gemeenteCode, provider: r.aanbiederCode, from: r.vanafDatum, to: r.totEnMetDatum })}</Paragraph>
      <Paragraph>
        {t('acc.col.state')}: <strong data-testid="report-state">{t(`acc.state.${r.status}`)}</strong>
      </Paragraph>
      {problem && <ProblemSummary error={problem} title={t('acc.actionFailed')} />}
      {done && (
        <Alert type="ok">
          <Paragraph data-testid="report-done">{done}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="acc-values">
        <Heading2 id="acc-values">{t('acc.report.values')}</Heading2>
        <Paragraph>{t('acc.report.prefillNote')}</Paragraph>
        <SortableTable
          caption={t('acc.report.valuesCaption')}
          rows={template?.velden ?? []}
          rowKey={(f) => f.sleutel}
          columns={[
            { key: 'label', label: t('acc.col.field'), rowHeader: true, cell: (f) => f.label },
            { key: 'waarde', label: t('acc.col.value'), cell: (f) => <span data-testid={`value-${f.sleutel}`}>{show(f.soort, r.waarden[f.sleutel])}</span> },
            { key: 'berekend', label: t('acc.col.prefill'), cell: (f) => (f.voorIngevuld ? show(f.soort, r.voorinvulling[f.sleutel]) : '') },
          ]}
        />
        <ButtonGroup className="naast-no-print">
          <ButtonLink appearance="secondary-action-button" href={`${API}/verantwoording/perioden/${r.id}/sjabloon?formaat=csv`} download>
            {t('acc.report.template')} (CSV)
          </ButtonLink>
          <ButtonLink appearance="secondary-action-button" href={`${API}/verantwoording/perioden/${r.id}/sjabloon?formaat=xlsx`} download>
            {t('acc.report.template')} (Excel)
          </ButtonLink>
        </ButtonGroup>
      </section>
      {may('opslaan') && <Upload onUpload={(file) => act(() => sendFile(`/verantwoording/perioden/${r.id}/upload`, file, spreadsheetType(file)), t('acc.upload.done'))} busy={busy} />}
      {may('opslaan') && (
        <Button appearance="secondary-action-button" busy={busy} onClick={() => act(() => sendJson('POST', `/verantwoording/perioden/${r.id}/herberekenen`, {}, ifMatch), t('acc.recomputed'))}>
          {t('acc.recompute')}
        </Button>
      )}
      {may('indienen') && (
        <Button appearance="primary-action-button" busy={busy} onClick={() => act(() => sendJson('POST', `/verantwoording/perioden/${r.id}/indienen`, {}, ifMatch), t('acc.submitted'))}>
          {t('acc.submit')}
        </Button>
      )}
      {may('vraag_stellen') && (
        <MessageForm id="acc-question" label={t('acc.question.label')} submit={t('acc.question.submit')} busy={busy} onSend={(text) => act(() => sendJson('POST', `/verantwoording/perioden/${r.id}/vragen`, { vraag: text }, ifMatch), t('acc.question.submit'))} />
      )}
      {may('accepteren') && (
        <Button appearance="primary-action-button" busy={busy} onClick={() => act(() => sendJson('POST', `/verantwoording/perioden/${r.id}/accepteren`, {}, ifMatch), t('acc.accepted'))}>
          {t('acc.accept')}
        </Button>
      )}
      {r.uwKant === 'aanbieder' && r.status === 'vragen' && (
        <MessageForm id="acc-answer" label={t('acc.answer.label')} submit={t('acc.answer.submit')} busy={busy} onSend={(text) => act(() => sendJson('POST', `/verantwoording/perioden/${r.id}/berichten`, { bericht: text }), t('acc.answer.submit'))} />
      )}
      <section aria-labelledby="acc-messages">
        <Heading2 id="acc-messages">{t('acc.messages')}</Heading2>
        {r.berichten.length === 0 ? (
          <Paragraph>{t('acc.messages.none')}</Paragraph>
        ) : (
          <ol className="naast-acc-messages">
            {r.berichten.map((m) => (
              <li key={m.id}>
                <strong>{t(`acc.side.${m.kant}`)}</strong> ({m.geschrevenOp.slice(0, 16)}): <span lang="nl">{m.tekst}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function Upload({ onUpload, busy }: { onUpload(file: File): void; busy: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="acc-upload">
      <Heading2 id="acc-upload">{t('acc.upload.title')}</Heading2>
      <Paragraph id="acc-file-description">{t('acc.upload.intro')}</Paragraph>
      <SpreadsheetForm id="acc-file" label={t('acc.upload.file')} submit={t('acc.upload.submit')} chooseError={t('acc.upload.choose')} busy={busy} onUpload={onUpload} />
    </section>
  );
}

function MessageForm({ id, label, submit, busy, onSend }: { id: string; label: string; submit: string; busy: boolean; onSend(text: string): void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setError(t('acc.question.empty'));
          return;
        }
        setError(undefined);
        onSend(text.trim());
        setText('');
      }}
    >
      <Field id={id} label={label} error={error}>
        <Textarea id={id} value={text} invalid={Boolean(error)} aria-describedby={describedBy(id, { error })} onChange={(e: ChangeEvent<HTMLTextAreaElement>) => setText(e.target.value)} />
      </Field>
      <Button type="submit" appearance="secondary-action-button" busy={busy}>
        {submit}
      </Button>
    </form>
  );
}
