import type { components } from '../../api/generated/openapi.d.ts';
import type { MunicipalityAnswers, Round } from '../../api/monitorTypes.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useI18n } from '../../i18n/context.tsx';
import { formatDate } from '../monitor/monitorFormat.ts';
import type { ApiCoverage } from '../policy/types.ts';
import { StartBlock, StateItem } from './StartBlock.tsx';
import { localToday, reportsDue } from './startModel.ts';

type Period = components['schemas']['VerantwoordingsPeriode'];
type MunicipalityOption = { code: string; naam: string };

/**
 * For a policy officer: the state of the own municipality, each part with its next step (issue 20 §2):
 * the answer in the current monitor round, gaps and overlap in the offer, and the providers' reports
 * that wait for review or are late. Existing API calls only; the API decides what the user may see.
 */
export function PolicyBlock({ code, round }: { code: string; round: Round | undefined }) {
  const { t } = useI18n();
  const names = useResource<MunicipalityOption[]>(round ? `/gemeenten?indeling=${round.indeling}&paginaGrootte=500` : null);
  const name = names.data?.find((m) => m.code === code)?.naam ?? code;
  const id = `start-gemeente-${code}`;
  return (
    <StartBlock id={id} title={t('home.policy.heading', { name })} testId="start-policy">
      {round && <MonitorState code={code} round={round} />}
      <CoverageState code={code} />
      <AccountabilityState code={code} />
    </StartBlock>
  );
}

function MonitorState({ code, round }: { code: string; round: Round }) {
  const { t, lang } = useI18n();
  const answers = useResource<MunicipalityAnswers>(`/monitor/rondes/${encodeURIComponent(round.id)}/antwoorden/${encodeURIComponent(code)}`);
  const title = t('home.policy.monitor', { round: round.naam });
  if (!answers.data) return <LoadState error={answers.error} loading={answers.loading} />;
  const { status } = answers.data;
  const stage = answers.data.versies[0]?.antwoorden.fase;
  return (
    <StateItem
      title={title}
      state={t(`home.policy.monitor.${status}`, { stage: t(`monitor.stage.${stage ?? 'none'}`).toLowerCase(), deadline: formatDate(round.deadlineDatum, lang) })}
      action={t(`home.policy.monitorAction.${status}`)}
      href={`/monitor/antwoorden/${encodeURIComponent(round.id)}/${encodeURIComponent(code)}`}
    />
  );
}

function CoverageState({ code }: { code: string }) {
  const { t } = useI18n();
  const coverage = useResource<ApiCoverage>(`/beleid/gemeenten/${encodeURIComponent(code)}/dekking`);
  if (!coverage.data) return <LoadState error={coverage.error} loading={coverage.loading} />;
  const c = coverage.data;
  return (
    <StateItem
      title={t('home.policy.coverage')}
      state={t('home.policy.coverageState', { gaps: c.hiaten, overlaps: c.overlap, total: c.mogelijk })}
      action={c.hiaten > 0 ? t('home.policy.coverageActionGaps') : t('home.policy.coverageAction')}
      href={`/beleid/gemeenten/${encodeURIComponent(code)}/dekking`}
    />
  );
}

function AccountabilityState({ code }: { code: string }) {
  const { t } = useI18n();
  const periods = useResource<{ perioden: Period[] }>('/verantwoording/perioden');
  if (!periods.data) return <LoadState error={periods.error} loading={periods.loading} />;
  const { toReview, late } = reportsDue(periods.data.perioden, code, localToday());
  const state =
    toReview + late === 0 ? (
      t('home.policy.nothingOpen')
    ) : (
      <>
        {t('home.policy.toReview', { count: toReview })}
        <br />
        {t('home.policy.late', { count: late })}
      </>
    );
  return <StateItem title={t('home.policy.accountability')} state={state} action={t('home.policy.accountabilityAction')} href="/verantwoording" />;
}
