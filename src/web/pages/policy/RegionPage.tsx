import { Link as RouterLink } from 'wouter';
import { Alert, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { APPROACHES, DELIVERY_MODES, REGIONAL_FUNDING, SCALES, VARIANTS, labelOf } from '../../../domain/policy/framework.ts';
import type { Term } from '../../../domain/socialmap/taxonomy.ts';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { PolicyGate } from './PolicyGate.tsx';
import type { ApiRegion } from './types.ts';

const labels = (terms: readonly Term[], codes: string[]) => codes.map((c) => labelOf(terms, c)).join(', ') || '–';

export default function RegionPage({ code }: { code: string }) {
  const { t } = useI18n();
  useDocumentTitle(t('policy.region.title', { name: code }));
  return <PolicyGate title={t('policy.region.title', { name: code })}>{() => <Region code={code} />}</PolicyGate>;
}

function Region({ code }: { code: string }) {
  const { t } = useI18n();
  const resource = useResource<ApiRegion>(`/beleid/jeugdregios/${encodeURIComponent(code)}/overzicht`);
  const region = resource.data;
  if (!region) {
    return (
      <>
        <Heading1>{t('policy.region.title', { name: code })}</Heading1>
        <LoadState error={resource.error} loading />
      </>
    );
  }
  const nameOf = new Map(region.gemeenten.map((g) => [g.gemeenteCode, g.naam]));
  const rows: [string, (g: ApiRegion['gemeenten'][number]) => string][] = [
    [t('policy.region.variants'), (g) => (g.afwegingskader ? labels(VARIANTS, g.afwegingskader.varianten) : t('policy.region.noFramework'))],
    [t('policy.region.approaches'), (g) => (g.afwegingskader ? labels(APPROACHES, g.afwegingskader.aanpak) : '–')],
    [t('policy.region.scale'), (g) => (g.afwegingskader ? labelOf(SCALES, g.afwegingskader.schaal) : '–')],
    [t('policy.region.funding'), (g) => (g.afwegingskader ? labelOf(REGIONAL_FUNDING, g.afwegingskader.regionaleBekostiging) : '–')],
    [t('policy.region.arrangements'), (g) => (g.afwegingskader ? labels(DELIVERY_MODES, [...new Set(g.afwegingskader.afspraken.map((a) => a.uitvoering))]) : '–')],
    [t('policy.region.providers'), (g) => String(g.aanbieders)],
    [t('policy.region.gaps'), (g) => String(g.hiaten)],
  ];
  return (
    <>
      <Heading1>{t('policy.region.title', { name: region.naam })}</Heading1>
      <Paragraph>{t('policy.region.intro')}</Paragraph>
      {region.signalen.length > 0 && (
        <Alert type="warning">
          <Paragraph>{t('policy.region.signals')}:</Paragraph>
          <UnorderedList lang="nl">
            {region.signalen.map((s, i) => (
              <UnorderedListItem key={i}>{s}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      <Heading2 id="policy-region-members">{t('policy.region.members')}</Heading2>
      <div className="naast-region-table naast-heatmap-scroll" tabIndex={0} role="region" aria-labelledby="policy-region-members">
        <table className="naast-heatmap-table" data-testid="region-table">
          <thead>
            <tr>
              <td />
              {region.gemeenten.map((g) => (
                <th key={g.gemeenteCode} scope="col">
                  <RouterLink href={`/gemeenten/${g.gemeenteCode}/dekking`} className="utrecht-link">
                    {g.naam}
                  </RouterLink>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {region.gemeenten.map((g) => (
                  <td key={g.gemeenteCode} lang="nl">
                    {value(g)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Heading2>{t('policy.region.shared')}</Heading2>
      {region.gedeeldeAanbieders.length === 0 ? (
        <Paragraph>{t('policy.region.sharedNone')}</Paragraph>
      ) : (
        <UnorderedList>
          {region.gedeeldeAanbieders.map((s) => (
            <UnorderedListItem key={s.aanbiederId}>
              <strong lang="nl">{s.naam}</strong> — {t('policy.region.servedIn')}: {s.gemeentenMetAanbod.map((c) => nameOf.get(c) ?? c).join(', ') || '–'}; {t('policy.region.arrangedBy')}:{' '}
              {s.gemeentenMetAfspraak.map((c) => nameOf.get(c) ?? c).join(', ') || '–'}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
