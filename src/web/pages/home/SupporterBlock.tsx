import { Link as RouterLink } from 'wouter';
import { DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { StartBlock } from './StartBlock.tsx';
import { useCount, type Count } from './useCount.ts';

function CountValue({ count }: { count: Count }) {
  if (count.state === 'ok') return <>{count.count}</>;
  return <LoadState error={count.state === 'error' ? count.error : undefined} loading={count.state === 'loading'} />;
}

/**
 * For a client supporter: how many open cases are theirs, how many have no supporter yet, and how many
 * deadlines end today or have passed (the work list's own counts: GET /dossiers/werkvoorraad, X-Total-Count), and the way there.
 */
export function SupporterBlock() {
  const { t } = useI18n();
  const open = useCount('/dossiers/werkvoorraad?soort=mijn');
  const unassigned = useCount('/dossiers/werkvoorraad?soort=ongetoewezen');
  // binnenDagen=0: deadlines ending today, and every deadline that has passed (the work list includes those).
  const overdue = useCount('/dossiers/werkvoorraad?soort=termijnen&binnenDagen=0');
  return (
    <StartBlock id="start-ondersteuner" title={t('home.supporter.heading')} testId="start-supporter">
      <DataList className="naast-start-counts">
        <DataListItem>
          <DataListKey>{t('home.supporter.open')}</DataListKey>
          <DataListValue data-testid="start-open-cases">
            <CountValue count={open} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('home.supporter.unassigned')}</DataListKey>
          <DataListValue data-testid="start-unassigned">
            <CountValue count={unassigned} />
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('home.supporter.overdue')}</DataListKey>
          <DataListValue data-testid="start-overdue">
            <CountValue count={overdue} />
          </DataListValue>
        </DataListItem>
      </DataList>
      <Paragraph>
        <RouterLink href="/clienten" className="utrecht-link naast-start-action">
          {t('home.supporter.toList')}
        </RouterLink>
      </Paragraph>
      {overdue.state === 'ok' && overdue.count > 0 && (
        <Paragraph>
          <RouterLink href="/clienten?soort=termijnen" className="utrecht-link naast-start-action">
            {t('home.supporter.toDeadlines')}
          </RouterLink>
        </Paragraph>
      )}
    </StartBlock>
  );
}
