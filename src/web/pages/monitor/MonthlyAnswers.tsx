import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { components } from '../../api/generated/openapi.d.ts';
import type { Round } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable } from '../../components/SortableTable.tsx';
import { useI18n } from '../../i18n/context.tsx';

type MonthPoint = components['schemas']['TrendMaand'];

/** "2014-11" → "november 2014" (a calendar month, no time zone shift). */
function monthLabel(month: string, lang: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The answers per month (issue 20 §5, GET /monitor/trend/maanden): each current answer in the month, in
 * Dutch time, in which it was given. An answer to the October round that came in November is a
 * November answer here; the rounds above show where each round stands now.
 */
export function MonthlyAnswers({ rounds }: { rounds: Round[] }) {
  const { t, lang } = useI18n();
  const months = useResource<MonthPoint[]>('/monitor/trend/maanden');
  const roundName = (id: string) => rounds.find((r) => r.id === id)?.naam ?? id;
  return (
    <>
      <Heading3>{t('monitor.monthly.heading')}</Heading3>
      <Paragraph>{t('monitor.monthly.intro')}</Paragraph>
      {!months.data ? (
        <LoadState error={months.error} loading={months.loading} />
      ) : months.data.length === 0 ? (
        <Paragraph>{t('monitor.history.none')}</Paragraph>
      ) : (
        <SortableTable
          caption={t('monitor.monthly.caption')}
          columns={[
            { key: 'maand', label: t('monitor.monthly.month'), rowHeader: true, cell: (p: MonthPoint) => monthLabel(p.maand, lang), sortValue: (p) => p.maand },
            { key: 'ronde', label: t('monitor.col.round'), cell: (p) => <span lang="nl">{roundName(p.rondeId)}</span> },
            { key: 'antwoorden', label: t('monitor.monthly.answers'), numeric: true, cell: (p) => p.antwoorden },
          ]}
          rows={months.data}
          rowKey={(p) => `${p.maand}|${p.rondeId}`}
          testId="monthly-answers"
        />
      )}
    </>
  );
}
