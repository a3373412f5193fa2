import { Fragment, useState } from 'react';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { AGE_CATEGORIES, LIFE_DOMAINS, TARGET_SUBGROUPS } from '../../../domain/socialmap/taxonomy.ts';
import { ageLabel, lifeDomainLabel, targetGroupLabel } from '../../../domain/policy/labels.ts';
import { useResource } from '../../api/useResource.ts';
import { DownloadLinks } from '../../components/DownloadLinks.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { SortableTable } from '../../components/SortableTable.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { SelectField } from '../cases/fields.tsx';
import { CoverageHeatmap } from './CoverageHeatmap.tsx';
import { PolicyGate } from './PolicyGate.tsx';
import type { ApiCoverage } from './types.ts';

export default function CoveragePage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('policy.coverage.title'));
  return <PolicyGate title={t('policy.coverage.title')}>{() => <Coverage code={code} />}</PolicyGate>;
}

function Coverage({ code }: { code: string }) {
  const { t } = useI18n();
  const [threshold, setThreshold] = useState('3');
  const [age, setAge] = useState('');
  const path = `/beleid/gemeenten/${encodeURIComponent(code)}/dekking`;
  const resource = useResource<ApiCoverage>(`${path}?overlapVanaf=${threshold}`);
  const coverage = resource.data;
  const ages = age ? [age] : AGE_CATEGORIES;
  return (
    <>
      <Heading1>{t('policy.coverage.title')}</Heading1>
      <Paragraph>{t('policy.coverage.intro', { threshold })}</Paragraph>
      {!coverage ? (
        <LoadState error={resource.error} loading />
      ) : (
        <>
          <Paragraph data-testid="coverage-summary" role="status">
            {t('policy.coverage.summary', { gaps: coverage.hiaten, overlaps: coverage.overlap, total: coverage.mogelijk })}
          </Paragraph>
          <Paragraph>{t('policy.coverage.impossibleNote')}</Paragraph>
          <div className="naast-policy-provider-fields naast-no-print">
            <SelectField id="policy-threshold" label={t('policy.coverage.threshold')} value={threshold} onChange={setThreshold} options={['2', '3', '4', '5', '6'].map((v) => ({ value: v, label: v }))} />
            <SelectField id="policy-age" label={t('policy.coverage.ageFilter')} value={age} onChange={setAge} options={[{ value: '', label: t('policy.coverage.allAges') }, ...AGE_CATEGORIES.map((a) => ({ value: a, label: ageLabel(a), lang: 'nl' }))]} />
          </div>
          <DownloadLinks path={path} params={new URLSearchParams({ overlapVanaf: threshold })} what={t('policy.coverage.what')} />
          <figure className="naast-figure">
            <figcaption className="naast-figure__caption">{t('policy.coverage.chart')}</figcaption>
            <CoverageHeatmap coverage={coverage} ages={ages} impossibleLabel={t('policy.coverage.impossible')} description={t('policy.coverage.chartDescription', { gaps: coverage.hiaten, overlaps: coverage.overlap })} />
          </figure>
          <CoverageTable coverage={coverage} ages={ages} />
          {coverage.nietIngedeeld.length > 0 && (
            <section aria-labelledby="policy-unclassified">
              <Heading2 id="policy-unclassified">{t('policy.coverage.unclassified')}</Heading2>
              <Paragraph>{t('policy.coverage.unclassifiedHelp')}</Paragraph>
              <UnorderedList lang="nl">
                {coverage.nietIngedeeld.map((u) => (
                  <UnorderedListItem key={u.dienstId}>
                    {u.dienst} ({u.aanbieder}): {u.ontbreekt.join(', ')}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </section>
          )}
          <SortableTable
            caption={t('policy.coverage.providers')}
            columns={[
              { key: 'naam', label: t('common.name'), cell: (p: ApiCoverage['aanbieders'][number]) => <span lang="nl">{p.naam}</span>, sortValue: (p) => p.naam, rowHeader: true },
              { key: 'cellen', label: t('policy.coverage.providerCells'), numeric: true, cell: (p) => p.cellen, sortValue: (p) => p.cellen },
            ]}
            rows={coverage.aanbieders}
            rowKey={(p) => p.id}
          />
        </>
      )}
    </>
  );
}

/** The heat map's numbers as a table; gaps and overlaps are said in words, not by colour alone. */
function CoverageTable({ coverage, ages }: { coverage: ApiCoverage; ages: readonly string[] }) {
  const { t } = useI18n();
  const index = new Map(coverage.cellen.map((c) => [`${c.doelgroep}|${c.leeftijd}|${c.levensdomein}`, c]));
  return (
    <div className="naast-heatmap-scroll" tabIndex={0} role="region" aria-labelledby="policy-coverage-caption">
      <table className="naast-heatmap-table" data-testid="coverage-table">
        <caption id="policy-coverage-caption">
          {t('policy.coverage.table')}. {t('policy.coverage.tableHelp')}
        </caption>
        <thead>
          <tr>
            <td rowSpan={2} />
            {ages.map((a) => (
              <th key={a} scope="colgroup" colSpan={LIFE_DOMAINS.length} lang="nl">
                {ageLabel(a)}
              </th>
            ))}
          </tr>
          <tr>
            {ages.map((a) => (
              <Fragment key={a}>
                {LIFE_DOMAINS.map((d) => (
                  <th key={d} scope="col" lang="nl">
                    {lifeDomainLabel(d)}
                  </th>
                ))}
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {TARGET_SUBGROUPS.map((g) => (
            <tr key={g.code}>
              <th scope="row" lang="nl">
                {targetGroupLabel(g.code)}
              </th>
              {ages.flatMap((a) =>
                LIFE_DOMAINS.map((d) => {
                  const cell = index.get(`${g.code}|${a}|${d}`);
                  const status = cell?.status ?? 'gat';
                  const names = cell?.aanbieders.map((p) => p.naam).join(', ');
                  return (
                    <td key={`${a}-${d}`} className={`naast-cell--${status}`} title={names || undefined}>
                      {status === 'onmogelijk' ? t('policy.coverage.impossible') : (cell?.aanbieders.length ?? 0)}
                      {status === 'gat' && <> {t('policy.coverage.gap')}</>}
                      {status === 'overlap' && <> {t('policy.coverage.overlap')}</>}
                    </td>
                  );
                }),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
