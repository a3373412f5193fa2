import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { AnswerVersion, Questionnaire } from '../../api/monitorTypes.ts';
import { SortableTable, type Column } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatEuro } from '../budget/budgetFormat.ts';
import { formatTimestamp } from './monitorFormat.ts';

/** One version of the answers, for reading (e.g. by the national monitor before accepting it). */
export function AnswerView({ questionnaire, version }: { questionnaire: Questionnaire; version: AnswerVersion }) {
  const { t } = useI18n();
  const a = version.antwoorden;
  const empty = <span className="naast-muted">{t('monitor.empty')}</span>;
  const stage = questionnaire.stages.find((s) => s.code === a.fase)?.label;
  return (
    <section aria-labelledby="antwoorden-kop">
      <Heading2 id="antwoorden-kop">{t('monitor.answers.viewHeading', { version: version.versie })}</Heading2>
      <DataList data-testid="answer-view">
        <DataListItem>
          <DataListKey>{t('monitor.form.stageLegend')}</DataListKey>
          <DataListValue>{stage ? <span lang="nl">{stage}</span> : empty}</DataListValue>
        </DataListItem>
        {questionnaire.requirements.map((r) => {
          const answer = a.eisen[r.id];
          return (
            <DataListItem key={r.id}>
              <DataListKey lang="nl">{`${r.id}. ${r.short}`}</DataListKey>
              <DataListValue>
                {answer?.antwoord ? t(`monitor.answer.${answer.antwoord}`) : empty}
                {answer?.toelichting && <span lang="nl"> – {answer.toelichting}</span>}
              </DataListValue>
            </DataListItem>
          );
        })}
        {questionnaire.definitiveQuestion && (
          <DataListItem>
            <DataListKey lang="nl">{questionnaire.definitiveQuestion.question}</DataListKey>
            <DataListValue>{a.definitieveAfspraken ? t(`monitor.answer.${a.definitieveAfspraken}`) : empty}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey lang="nl">{questionnaire.fields.budgetMee2015}</DataListKey>
          <DataListValue>{a.budgetMee2015Cent === null ? empty : formatEuro(a.budgetMee2015Cent)}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey lang="nl">{questionnaire.fields.otherProviders}</DataListKey>
          <DataListValue>{a.andereAanbieders === null ? t('monitor.providers.unknown') : a.andereAanbieders.length ? <span lang="nl">{a.andereAanbieders.join(', ')}</span> : empty}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey lang="nl">{questionnaire.fields.freeText}</DataListKey>
          <DataListValue>{a.toelichting ? <span lang="nl">{a.toelichting}</span> : empty}</DataListValue>
        </DataListItem>
      </DataList>
    </section>
  );
}

/** Every version of the answers, newest first: who, when, status, and the warnings it had. */
export function VersionHistory({ versions }: { versions: AnswerVersion[] }) {
  const { t, lang } = useI18n();
  const columns: Column<AnswerVersion>[] = [
    { key: 'versie', label: t('monitor.col.version'), rowHeader: true, cell: (v) => v.versie },
    { key: 'status', label: t('monitor.col.status'), cell: (v) => t(`monitor.status.${v.status}`) },
    { key: 'opgeslagen', label: t('monitor.col.savedAt'), cell: (v) => formatTimestamp(v.opgeslagenOp, lang) },
    { key: 'ingediend', label: t('monitor.col.submittedAt'), cell: (v) => formatTimestamp(v.ingediendOp, lang) || '–' },
    { key: 'door', label: t('monitor.col.answeredBy'), cell: (v) => v.beantwoordDoor },
    {
      key: 'waarschuwingen',
      label: t('monitor.col.warnings'),
      cell: (v) => (v.waarschuwingen.length ? <span lang="nl">{v.waarschuwingen.map((w) => w.melding).join(' ')}</span> : '–'),
    },
  ];
  return (
    <section aria-labelledby="versies-kop">
      <Heading2 id="versies-kop">{t('monitor.history.heading')}</Heading2>
      {versions.length === 0 ? (
        <Paragraph>{t('monitor.history.none')}</Paragraph>
      ) : (
        <SortableTable caption={t('monitor.history.caption')} columns={columns} rows={versions} rowKey={(v) => String(v.versie)} testId="version-history" />
      )}
    </section>
  );
}
