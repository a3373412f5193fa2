import type { ReactElement } from 'react';
import { useLocation } from 'wouter';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useResource } from '../../api/useResource.ts';
import { LoadState } from '../../components/LoadState.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useI18n } from '../../i18n/context.tsx';
import { write, type Provider, type Taxonomy, type Values } from './api.ts';
import { EntityForm, type FieldSpec } from './EntityForm.tsx';

const PROVIDER_DEFAULTS: Values = { naam: '', omschrijving: '', soort: 'anders', email: '', website: '', telefoon: '', bemensing: 'professioneel', relaties: [] };
const SERVICE_DEFAULTS: Values = {
  naam: '', omschrijving: '', status: 'active', wat: '', hoe: '', doelgroepen: [], leeftijden: [], leefgebieden: [], kanalen: [], talen: ['nl'],
  telefoon: '', telefonischeBereikbaarheid: '', email: '', website: '', inloopspreekuur: '', huisbezoek: false, gratis: true, gemeenten: [], trefwoorden: [], locatieIds: [],
};
const LOCATION_DEFAULTS: Values = { naam: '', adres: '', postcode: '', plaats: '', toegankelijkheid: [], toegankelijkheidToelichting: '', openingstijden: '' };

/** Only the fields the API takes (the list answer also has ids, versions and nested lists). */
const pick = (values: Values, defaults: Values) => Object.fromEntries(Object.keys(defaults).map((k) => [k, values[k] ?? defaults[k]]));
/** Empty optional text is sent as null. */
const nulls = (values: Values) => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' && ['email', 'website', 'telefoon', 'telefonischeBereikbaarheid', 'inloopspreekuur'].includes(k) ? null : v]));

/** Create and edit pages for providers, services and locations (`kind` and `id` from the path). */
export default function EditPages({ code, kind, id, sub }: { code: string; kind: string; id: string; sub?: string | undefined }) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const list = useResource<Provider[]>(`/sociale-kaart/gemeenten/${code}/aanbieders`);
  const taxonomy = useResource<Taxonomy>('/sociale-kaart/taxonomie');
  const back = () => navigate(`/gemeenten/${code}`);
  const tx = taxonomy.data;
  const providers = list.data;

  const title =
    kind === 'aanbieders' && id === 'nieuw' ? t('socialmap.manage.newProvider')
    : sub === 'nieuwe-dienst' ? t('socialmap.manage.newService')
    : sub === 'nieuwe-locatie' ? t('socialmap.manage.newLocation')
    : kind === 'diensten' ? t('socialmap.manage.editService')
    : kind === 'locaties' ? t('socialmap.manage.editLocation')
    : t('socialmap.manage.editProvider');
  useDocumentTitle(title);
  if (!tx || !providers) return <LoadState error={taxonomy.error ?? list.error} loading />;

  const providerFields: FieldSpec[] = [
    { name: 'naam', label: t('socialmap.field.name'), kind: 'text' },
    { name: 'soort', label: t('socialmap.field.kind'), kind: 'select', options: tx.soortenAanbieders },
    { name: 'omschrijving', label: t('socialmap.field.description'), kind: 'textarea' },
    { name: 'bemensing', label: t('socialmap.field.staffing'), kind: 'select', options: tx.bemensing },
    { name: 'telefoon', label: t('socialmap.field.phone'), kind: 'text' },
    { name: 'email', label: t('socialmap.field.email'), kind: 'text' },
    { name: 'website', label: t('socialmap.field.website'), kind: 'text' },
    { name: 'relatie', label: t('socialmap.field.relation'), kind: 'select', options: [{ code: '', label: '—' }, ...tx.relaties] },
  ];
  const locationFields: FieldSpec[] = [
    { name: 'naam', label: t('socialmap.field.name'), kind: 'text' },
    { name: 'adres', label: t('socialmap.field.address'), kind: 'text' },
    { name: 'postcode', label: t('socialmap.field.postalCode'), kind: 'text' },
    { name: 'plaats', label: t('socialmap.field.city'), kind: 'text' },
    { name: 'openingstijden', label: t('socialmap.field.openingHours'), kind: 'text' },
    { name: 'toegankelijkheid', label: t('socialmap.field.accessibility'), kind: 'multi', options: tx.toegankelijkheid },
    { name: 'toegankelijkheidToelichting', label: t('socialmap.field.accessibilityNotes'), kind: 'textarea' },
  ];
  const serviceFields = (locations: { id: string; naam: string }[]): FieldSpec[] => [
    { name: 'naam', label: t('socialmap.field.name'), kind: 'text' },
    { name: 'omschrijving', label: t('socialmap.field.description'), kind: 'textarea' },
    { name: 'wat', label: t('socialmap.field.what'), kind: 'textarea' },
    { name: 'hoe', label: t('socialmap.field.how'), kind: 'textarea' },
    { name: 'trefwoorden', label: t('socialmap.field.keywords'), kind: 'list' },
    { name: 'doelgroepen', label: t('socialmap.field.targetGroups'), kind: 'multi', options: tx.doelgroepen },
    { name: 'leeftijden', label: t('socialmap.field.ages'), kind: 'multi', options: tx.leeftijden },
    { name: 'leefgebieden', label: t('socialmap.field.domains'), kind: 'multi', options: tx.leefgebieden },
    { name: 'kanalen', label: t('socialmap.field.channels'), kind: 'multi', options: tx.kanalen },
    { name: 'telefoon', label: t('socialmap.field.phone'), kind: 'text' },
    { name: 'telefonischeBereikbaarheid', label: t('socialmap.field.phoneHours'), kind: 'text' },
    { name: 'inloopspreekuur', label: t('socialmap.field.walkIn'), kind: 'text' },
    { name: 'email', label: t('socialmap.field.email'), kind: 'text' },
    { name: 'website', label: t('socialmap.field.website'), kind: 'text' },
    { name: 'huisbezoek', label: t('socialmap.field.homeVisits'), kind: 'checkbox' },
    { name: 'gratis', label: t('socialmap.field.free'), kind: 'checkbox' },
    { name: 'gemeenten', label: t('socialmap.field.area'), kind: 'list' },
    { name: 'locatieIds', label: t('socialmap.field.locations'), kind: 'multi', options: locations.map((l) => ({ code: l.id, label: l.naam })) },
  ];

  let form: ReactElement | null = null;
  const provider = providers.find((p) => p.id === id);
  if (kind === 'aanbieders' && id === 'nieuw') {
    form = (
      <EntityForm id="aanbieder" fields={providerFields} initial={{ ...PROVIDER_DEFAULTS, relatie: 'stichting-gefinancierd' }} onCancel={back}
        onSubmit={async (v) => {
          const relaties = v.relatie ? [{ gemeenteCode: code, relatie: v.relatie }] : [];
          await write('POST', `/sociale-kaart/gemeenten/${code}/aanbieders`, { ...nulls(pick(v, PROVIDER_DEFAULTS)), relaties });
          back();
        }} />
    );
  } else if (kind === 'aanbieders' && provider && !sub) {
    const relations = provider.relaties;
    form = (
      <EntityForm id="aanbieder" fields={providerFields} initial={{ ...pick(provider, PROVIDER_DEFAULTS), relatie: relations.find((r) => r.gemeenteCode === code)?.relatie ?? '' }} onCancel={back}
        onSubmit={async (v) => {
          const others = relations.filter((r) => r.gemeenteCode !== code);
          const relaties = v.relatie ? [...others, { gemeenteCode: code, relatie: v.relatie }] : others;
          await write('PUT', `/sociale-kaart/aanbieders/${provider.id}`, { ...nulls(pick(v, PROVIDER_DEFAULTS)), relaties }, provider.versie);
          back();
        }} />
    );
  } else if (kind === 'aanbieders' && provider && sub === 'nieuwe-dienst') {
    form = (
      <EntityForm id="dienst" fields={serviceFields(provider.locaties ?? [])} initial={{ ...SERVICE_DEFAULTS, gemeenten: [code] }} onCancel={back}
        onSubmit={async (v) => {
          await write('POST', `/sociale-kaart/aanbieders/${provider.id}/diensten`, nulls(pick(v, SERVICE_DEFAULTS)));
          back();
        }} />
    );
  } else if (kind === 'aanbieders' && provider && sub === 'nieuwe-locatie') {
    form = (
      <EntityForm id="locatie" fields={locationFields} initial={LOCATION_DEFAULTS} onCancel={back}
        onSubmit={async (v) => {
          await write('POST', `/sociale-kaart/aanbieders/${provider.id}/locaties`, pick(v, LOCATION_DEFAULTS));
          back();
        }} />
    );
  } else if (kind === 'diensten') {
    const owner = providers.find((p) => p.diensten?.some((s) => s.id === id));
    const service = owner?.diensten?.find((s) => s.id === id);
    if (owner && service) {
      form = (
        <EntityForm id="dienst" fields={serviceFields(owner.locaties ?? [])} initial={pick(service, SERVICE_DEFAULTS)} onCancel={back}
          onSubmit={async (v) => {
            await write('PUT', `/sociale-kaart/diensten/${id}`, nulls(pick(v, SERVICE_DEFAULTS)), service.versie);
            back();
          }} />
      );
    }
  } else if (kind === 'locaties') {
    const location = providers.flatMap((p) => p.locaties ?? []).find((l) => l.id === id);
    if (location) {
      form = (
        <EntityForm id="locatie" fields={locationFields} initial={pick(location, LOCATION_DEFAULTS)} onCancel={back}
          onSubmit={async (v) => {
            await write('PUT', `/sociale-kaart/locaties/${id}`, pick(v, LOCATION_DEFAULTS), location.versie);
            back();
          }} />
      );
    }
  }
  return (
    <>
      <Heading1>{title}</Heading1>
      {form ?? <Paragraph>{t('notFound.text')}</Paragraph>}
    </>
  );
}
