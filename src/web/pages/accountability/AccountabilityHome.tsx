import { Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'wouter';
import { API } from '../../api/client.ts';
import type { User } from '../../api/session.ts';
import { useResource } from '../../api/useResource.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable } from '../../components/SortableTable.tsx';
import { StackedBarChart } from '../../components/charts/StackedBarChart.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { formatEuro } from '../budget/budgetFormat.ts';
import { hasPermission } from '../monitor/monitorFormat.ts';
import { AccountabilityGate } from './AccountabilityGate.tsx';
import type { PackageData, PeriodRow, Totals } from './types.ts';
import type { AnswerOf } from '../../api/answer.ts';

const COLOURS = ['#1f5a96', '#1d6b3a', '#8a4b08', '#5c2d91'];

export default function AccountabilityHome() {
  const { t } = useI18n();
  useDocumentTitle(t('acc.title'));
  return (
    <AccountabilityGate title={t('acc.title')}>
      {(user) => (
        <>
          <Heading1>{t('acc.title')}</Heading1>
          <Paragraph>{t('acc.intro')}</Paragraph>
          {hasPermission(user, 'verantwoording:lezen') && <Periods user={user} />}
          {hasPermission(user, 'verantwoording:totalen') && <TotalsSection year={2015} />}
        </>
      )}
    </AccountabilityGate>
  );
}

const stateKey = (s: PeriodRow['status']) => `acc.state.${s}` as const;

function Periods({ user }: { user: User }) {
  const { t } = useI18n();
  const periods = useResource<AnswerOf<'/verantwoording/perioden'>>('/verantwoording/perioden');
  const municipalities = user.rollen.filter((g) => g.rol === 'gemeente-beleid' && g.organisatie.soort === 'gemeente').map((g) => g.organisatie.code);
  const isProvider = hasPermission(user, 'verantwoording:indienen');
  const rows = periods.data?.perioden ?? [];
  const years = [...new Set(rows.map((p) => Number(p.vanafDatum.slice(0, 4))))].sort();
  return (
    <>
      <section aria-labelledby="acc-periods">
        <Heading2 id="acc-periods">{t('acc.periods.title')}</Heading2>
        <LoadState error={periods.error} loading={periods.loading && !periods.data} />
        {periods.data && rows.length === 0 && <Paragraph>{t('acc.periods.none')}</Paragraph>}
        {rows.length > 0 && (
          <SortableTable
            caption={t('acc.periods.caption')}
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              {
                key: 'naam',
                label: t('acc.col.name'),
                rowHeader: true,
                sortValue: (r) => r.vanafDatum,
                cell: (r) => (
                  <RouterLink href={`/perioden/${r.id}`} className="utrecht-link" aria-label={t('acc.open', { name: `${r.naam} ${r.gemeenteCode}` })} data-testid={`period-${r.id}`}>
                    {r.naam}
                  </RouterLink>
                ),
              },
              { key: 'gemeente', label: t('acc.col.municipality'), sortValue: (r) => r.gemeenteCode, cell: (r) => r.gemeenteCode },
              { key: 'aanbieder', label: t('acc.col.provider'), sortValue: (r) => r.aanbiederCode, cell: (r) => r.aanbiederCode },
              { key: 'vorm', label: t('acc.col.form'), sortValue: (r) => r.bekostigingsvorm, cell: (r) => r.bekostigingsvorm },
              { key: 'status', label: t('acc.col.state'), sortValue: (r) => r.status, cell: (r) => <span data-testid={`state-${r.id}`}>{t(stateKey(r.status))}</span> },
              { key: 'uitgaven', label: t('acc.col.spend'), numeric: true, sortValue: (r) => r.uitgavenCenten, cell: (r) => (r.uitgavenCenten === null ? '–' : formatEuro(r.uitgavenCenten)) },
            ]}
          />
        )}
      </section>
      {municipalities.map((code) => (
        <MunicipalitySection key={code} code={code} years={years.length ? years : [2015]} />
      ))}
      {isProvider && <Dashboard path="/verantwoording/dashboard/aanbieder" />}
      <Experience year={2015} />
      {[...new Set(rows.map((r) => r.gemeenteCode))].map((code) => (
        <InformationPackage key={code} code={code} year={2015} />
      ))}
    </>
  );
}

function MunicipalitySection({ code, years }: { code: string; years: number[] }) {
  const { t } = useI18n();
  return (
    <>
      <section aria-labelledby={`acc-council-${code}`}>
        <Heading2 id={`acc-council-${code}`}>
          {t('acc.council.title')}: {code}
        </Heading2>
        <Paragraph>{t('acc.council.intro')}</Paragraph>
        <UnorderedList>
          {years.map((year) => (
            <UnorderedListItem key={year}>
              <Link href={`${API}/verantwoording/raadsrapportage/${code}/${year}`} data-testid={`council-html-${year}`}>
                {t('acc.council.html', { year })}
              </Link>
              {' · '}
              <Link href={`${API}/verantwoording/raadsrapportage/${code}/${year}?formaat=pdf`} data-testid={`council-pdf-${year}`}>
                {t('acc.council.pdf', { year })}
              </Link>
              {' · '}
              <Link href={`${API}/verantwoording/raadsrapportage/${code}/${year}?formaat=xlsx`}>{t('acc.council.xlsx', { year })}</Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <Dashboard path={`/verantwoording/dashboard/gemeente/${code}`} />
    </>
  );
}

/** Clients reached per period, one series per provider, with the table and downloads. */
function Dashboard({ path }: { path: string }) {
  const { t } = useI18n();
  // Both dashboards (provider and municipality) answer the same shape.
  const data = useResource<AnswerOf<'/verantwoording/dashboard/aanbieder'>>(path);
  const rows = data.data?.regels ?? [];
  if (rows.length === 0) return <LoadState error={data.error} loading={data.loading && !data.data} />;
  const periods = [...new Map(rows.map((r) => [r.naam, r.vanafDatum])).entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([name]) => name);
  const providers = [...new Set(rows.map((r) => r.aanbiederCode))].sort();
  return (
    <section aria-labelledby={`acc-dash-${path}`}>
      <Heading2 id={`acc-dash-${path}`}>{t('acc.dashboard.title')}</Heading2>
      <StackedBarChart
        title={t('acc.dashboard.title')}
        description={t('acc.dashboard.description')}
        categoryLabel={t('acc.dashboard.period')}
        categories={periods.map((p) => ({ key: p, label: p }))}
        series={providers.map((provider, i) => ({
          key: provider,
          label: provider,
          color: COLOURS[i % COLOURS.length]!,
          values: periods.map((p) => rows.filter((r) => r.naam === p && r.aanbiederCode === provider).reduce((n, r) => n + (r.clienten ?? 0), 0)),
        }))}
        testId="acc-dashboard"
      />
      <DownloadLinks path={path} params={new URLSearchParams()} what={t('acc.dashboard.title')} />
    </section>
  );
}

function TotalsSection({ year }: { year: number }) {
  const { t } = useI18n();
  const totals = useResource<Totals>(`/verantwoording/totalen?jaar=${year}`);
  const shown = (n: number | null) => (n === null ? t('acc.totals.suppressed') : String(n));
  return (
    <section aria-labelledby="acc-totals">
      <Heading2 id="acc-totals">{t('acc.totals.title', { year })}</Heading2>
      <Paragraph>{t('acc.totals.intro')}</Paragraph>
      <LoadState error={totals.error} loading={totals.loading && !totals.data} />
      {totals.data && (
        <>
          <SortableTable
            caption={t('acc.totals.caption')}
            rows={totals.data.groepen.filter((g) => g.rapportages > 0)}
            rowKey={(g) => g.code}
            columns={[
              { key: 'naam', label: t('acc.totals.group'), rowHeader: true, sortValue: (g) => g.naam, cell: (g) => g.naam },
              { key: 'rapportages', label: t('acc.totals.reports'), numeric: true, sortValue: (g) => g.rapportages, cell: (g) => g.rapportages },
              { key: 'clienten', label: t('acc.col.clients'), numeric: true, sortValue: (g) => g.clienten, cell: (g) => <span data-testid={`totals-clients-${g.code}`}>{shown(g.clienten)}</span> },
              { key: 'uitgaven', label: t('acc.col.spend'), numeric: true, sortValue: (g) => g.uitgavenCenten, cell: (g) => formatEuro(g.uitgavenCenten) },
            ]}
          />
          <DownloadLinks path="/verantwoording/totalen" params={new URLSearchParams({ jaar: String(year) })} what={t('acc.totals.title', { year })} />
        </>
      )}
    </section>
  );
}

/** Client experience per provider with the response rate, and the export for the Wmo survey. */
function Experience({ year }: { year: number }) {
  const { t } = useI18n();
  const params = new URLSearchParams({ vanafDatum: `${year}-01-01`, totEnMetDatum: `${year}-12-31` });
  const data = useResource<AnswerOf<'/verantwoording/clientervaring'>>(`/verantwoording/clientervaring?${params.toString()}`);
  const results = data.data?.resultaten ?? [];
  const decimal = (n: number | null, suffix = '') => (n === null ? '–' : `${String(n).replace('.', ',')}${suffix}`);
  return (
    <section aria-labelledby="acc-experience">
      <Heading2 id="acc-experience">{t('acc.experience.title', { year })}</Heading2>
      <Paragraph>{t('acc.experience.intro')}</Paragraph>
      <LoadState error={data.error} loading={data.loading && !data.data} />
      {data.data && results.length === 0 && <Paragraph>{t('acc.experience.none')}</Paragraph>}
      {results.map((r) => (
        <SortableTable
          key={r.aanbiederCode}
          caption={t('acc.experience.caption', { provider: r.aanbiederCode, responses: r.respons, invited: r.uitgenodigd, rate: decimal(r.responsPercentage, '%') })}
          rows={r.vragen}
          rowKey={(q) => q.sleutel}
          columns={[
            { key: 'vraag', label: t('acc.experience.question'), rowHeader: true, cell: (q) => q.vraag },
            { key: 'eens', label: t('acc.experience.agree'), numeric: true, sortValue: (q) => q.percentageEens, cell: (q) => decimal(q.percentageEens, '%') },
            { key: 'gemiddelde', label: t('acc.experience.mean'), numeric: true, sortValue: (q) => q.gemiddelde, cell: (q) => decimal(q.gemiddelde) },
          ]}
        />
      ))}
      {results.length > 0 && <DownloadLinks path="/verantwoording/clientervaring" params={params} what={t('acc.experience.title', { year })} />}
    </section>
  );
}

/** MEE's information package (§4.3, §4.6), read-only here; MEE fills the rest through the API. */
function InformationPackage({ code, year }: { code: string; year: number }) {
  const { t } = useI18n();
  const data = useResource<PackageData>(`/verantwoording/mee-informatiepakket/${code}/${year}`);
  const p = data.data;
  if (!p) return null;
  const unknown = t('acc.package.unknown');
  return (
    <section aria-labelledby={`acc-package-${code}`}>
      <Heading2 id={`acc-package-${code}`}>{t('acc.package.title', { municipality: code, year })}</Heading2>
      <Paragraph>{t('acc.package.intro')}</Paragraph>
      <UnorderedList>
        <UnorderedListItem>{t('acc.package.clients', { count: p.clienten })}</UnorderedListItem>
        <UnorderedListItem>{t('acc.package.short', { count: p.korteVragen })}</UnorderedListItem>
        {[...p.collectieveTaken, ...p.netwerken, ...p.toerusting, ...p.plustaken].map((item, i) => (
          <UnorderedListItem key={`${i}-${item}`} lang="nl">
            {item}
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          {t('acc.package.ivh', { children: p.ivh.aangemeldeKinderen ?? unknown, cost: p.ivh.kostenCenten === null ? unknown : formatEuro(p.ivh.kostenCenten) })}
        </UnorderedListItem>
      </UnorderedList>
    </section>
  );
}
