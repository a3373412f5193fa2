import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { pageQuery, paginate, setPageHeaders } from '../pagination.ts';
import { browseServicesPage, searchServices, searchSocialMap } from '../../services/socialmap/search.ts';
import { listFaq } from '../../services/socialmap/faq.ts';
import { exportHsdsShape, type ExportShape } from '../../services/socialmap/hsds.ts';
import { knownMunicipalities } from '../../services/socialmap/store.ts';
import { NAAST_TAXONOMIES } from '../../domain/socialmap/hsds.ts';
import {
  ACCESSIBILITY_FEATURES,
  AGE_TERMS,
  ageCategoryOf,
  CHANNELS,
  LIFE_DOMAIN_TERMS,
  MUNICIPAL_RELATIONS,
  PROVIDER_KINDS,
  SERVICE_STATUSES,
  STAFFING_TERMS,
  TARGET_SUBGROUPS,
  WORKING_METHODS,
  AGE_CATEGORIES,
  LIFE_DOMAINS,
} from '../../domain/socialmap/taxonomy.ts';
import { faqOut, FaqSchema, publicAccess, searchResultOut, SearchResultSchema, tags } from './schemas.ts';
import { dispositionHeader } from '../download.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { ProblemError } from '../problem.ts';

const code = (terms: readonly { code: string }[]) => terms.map((t) => t.code) as [string, ...string[]];

/** The search's query: every filter optional; `leeftijd` is an age in years or an age category. */
export const SearchQuery = z.object({
  vraag: z.string().trim().max(300).optional().describe('De vraag in eigen woorden, bijvoorbeeld "ik heb schulden"'),
  gemeenteCode: z.string().max(100).optional().describe('Alleen diensten voor inwoners van deze gemeente'),
  plaats: z.string().trim().max(100).optional().describe('Plaats van een locatie, of de naam van een gemeente in het werkgebied'),
  leeftijd: z
    .union([z.coerce.number().int().min(0).max(130), z.enum(AGE_CATEGORIES)])
    .optional()
    .describe('Leeftijd in jaren (bijvoorbeeld 70) of een categorie (0-18, 18-25, 25-65, 65+)'),
  doelgroep: z.enum(code(TARGET_SUBGROUPS)).optional(),
  domein: z.enum(LIFE_DOMAINS).optional().describe('Leefgebied'),
  kanaal: z.enum(code(CHANNELS)).optional(),
});
export type SearchQueryInput = z.output<typeof SearchQuery>;

export const filtersOf = (q: SearchQueryInput) => ({
  question: q.vraag,
  municipalityCode: q.gemeenteCode || undefined,
  place: q.plaats || undefined,
  ageCategory: q.leeftijd === undefined ? undefined : typeof q.leeftijd === 'number' ? ageCategoryOf(q.leeftijd) : q.leeftijd,
  targetGroup: q.doelgroep,
  lifeDomain: q.domein,
  channel: q.kanaal,
});

const Term = z.object({ code: z.string(), label: z.string() });
const Taxonomy = z
  .object({
    doelgroepen: z.array(Term.extend({ basis: z.string() })),
    soortenAanbieders: z.array(Term.extend({ wat: z.string().nullable(), hoe: z.string().nullable() })),
    relaties: z.array(Term),
    kanalen: z.array(Term),
    bemensing: z.array(Term),
    toegankelijkheid: z.array(Term),
    leeftijden: z.array(Term),
    leefgebieden: z.array(Term),
    statussen: z.array(Term),
    hsdsTaxonomieen: z.array(z.object({ naam: z.string(), omschrijving: z.string() })),
  })
  .meta({ id: 'SocialeKaartTaxonomie' });

const looseEntries = z.array(z.looseObject({ id: z.string() }));
const HsdsDocumentSchema = z
  .looseObject({
    meta: z.object({ hsds: z.literal('3.0'), bron: z.string(), gemeenteCode: z.string() }),
    organizations: looseEntries,
    services: looseEntries,
    locations: looseEntries,
    service_at_locations: looseEntries,
    taxonomies: looseEntries,
    taxonomy_terms: looseEntries,
  })
  .meta({ id: 'HsdsDocument', description: 'Open Referral HSDS 3.0: elke lijst bevat objecten volgens het HSDS-schema van die tabel' });
const HsdsShapeSchema = z
  .looseObject({})
  .meta({ id: 'HsdsVorm', description: 'Open Referral HSDS 3.0 in de gevraagde vorm: een service-, organization- of service_at_location-document, een lijstpagina (contents) of een bundel tabellen ("services.csv": [rijen])' });
const EXPORT_SHAPES = ['kaart', 'tabellen', 'dienst', 'organisatie', 'dienstLocatie', 'diensten', 'organisaties', 'dienstLocaties'] as const satisfies readonly ExportShape[];
const SINGLE_SHAPES: readonly string[] = ['dienst', 'organisatie', 'dienstLocatie'];

/** Public routes: anyone may find help, read the FAQ and take the open data (no login). */
export async function publicRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/sociale-kaart/zoeken`,
    {
      config: { access: publicAccess },
      schema: {
        tags,
        operationId: 'zoekHulp',
        summary: 'Hulp zoeken op de sociale kaart: op vraag, gemeente, plaats, leeftijd, doelgroep, leefgebied en manier van contact',
        querystring: SearchQuery.extend(pageQuery),
        description: 'Best passende diensten eerst. Paginering met de Link-header (first, prev, next, last) en X-Total-Count.',
        response: { 200: z.array(SearchResultSchema) },
      },
    },
    async (request, reply) => {
      const { pagina, paginaGrootte, ...query } = request.query;
      const browsed = await browseServicesPage(app.db, filtersOf(query), pagina, paginaGrootte);
      if (browsed) {
        setPageHeaders(request, reply, browsed.total, pagina, paginaGrootte);
        return browsed.items.map(searchResultOut);
      }
      const results = await searchServices(app.db, filtersOf(query));
      return paginate(request, reply, results, pagina, paginaGrootte).map(searchResultOut);
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/hulpvraag`,
    {
      config: { access: publicAccess },
      schema: {
        tags,
        operationId: 'beantwoordHulpvraag',
        summary: 'Wat de voordeur van de inwoner toont: de best passende diensten voor een vraag in eigen woorden, wat Naast begreep, en een weg verder als niets past',
        description:
          'Dezelfde zoekmachine als /sociale-kaart/zoeken (Nederlandse woordstammen, tikfouten, woordenlijst van inwonerswoorden). ' +
          'Als niets past, noemt `verderHelpen` het algemene loket van de gemeente en het formulier om een vraag te stellen: nooit een doodlopende weg.',
        querystring: SearchQuery.extend({ aantal: z.coerce.number().int().min(1).max(50).default(10).describe('Hoeveel diensten, de best passende eerst') }),
        response: {
          200: z
            .object({
              resultaten: z.array(SearchResultSchema),
              totaal: z.number().int().describe('Aantal passende diensten, ook als er minder getoond worden'),
              gemeenteCode: z.string().nullable().describe('De gemeente zoals Naast de plaats begreep (naam, schrijfwijze of postcode)'),
              begrepen: z.array(z.string()).describe('Wat Naast in de vraag herkende, bijvoorbeeld ["woningaanpassing"]'),
              verderHelpen: z
                .object({ loketten: z.array(SearchResultSchema), vraagStellen: z.string().describe('Adres van het formulier om een vraag te stellen') })
                .nullable(),
            })
            .meta({ id: 'Hulpvraagantwoord' }),
        },
      },
    },
    async (request) => {
      const { aantal, ...query } = request.query;
      const outcome = await searchSocialMap(app.db, filtersOf(query));
      return {
        resultaten: outcome.results.slice(0, aantal).map(searchResultOut),
        totaal: outcome.results.length,
        gemeenteCode: outcome.municipalityCode,
        begrepen: outcome.understood,
        verderHelpen: outcome.fallback ? { loketten: outcome.fallback.desks.map(searchResultOut), vraagStellen: '/portaal/vraag-stellen' } : null,
      };
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/taxonomie`,
    {
      config: { access: publicAccess },
      schema: { tags, operationId: 'getSocialeKaartTaxonomie', summary: 'De vaste lijsten: doelgroepen (Tabel 1), soorten aanbieders met werkwijze (Tabel 2), relaties (§3.2), kanalen en meer', response: { 200: Taxonomy } },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return {
        doelgroepen: TARGET_SUBGROUPS.map((t) => ({ ...t })),
        soortenAanbieders: PROVIDER_KINDS.map((k) => ({ ...k, wat: WORKING_METHODS[k.code]?.what ?? null, hoe: WORKING_METHODS[k.code]?.how ?? null })),
        relaties: MUNICIPAL_RELATIONS.map((t) => ({ ...t })),
        kanalen: CHANNELS.map((t) => ({ ...t })),
        bemensing: STAFFING_TERMS.map((t) => ({ ...t })),
        toegankelijkheid: ACCESSIBILITY_FEATURES.map((t) => ({ ...t })),
        leeftijden: AGE_TERMS.map((t) => ({ ...t })),
        leefgebieden: LIFE_DOMAIN_TERMS.map((t) => ({ ...t })),
        statussen: SERVICE_STATUSES.map((t) => ({ ...t })),
        hsdsTaxonomieen: Object.entries(NAAST_TAXONOMIES).map(([naam, t]) => ({ naam, omschrijving: t.description })),
      };
    },
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/veelgestelde-vragen`,
    {
      config: { access: publicAccess },
      schema: { tags, operationId: 'listVeelgesteldeVragen', summary: 'De gepubliceerde veelgestelde vragen van een gemeente', querystring: z.object({ gemeenteCode: z.string().max(100) }), response: { 200: z.array(FaqSchema) } },
    },
    async (request) => (await listFaq(app.db, request.query.gemeenteCode, true)).map(faqOut),
  );

  app.get(
    `${API_PREFIX}/sociale-kaart/hsds`,
    {
      config: { access: publicAccess },
      schema: {
        tags,
        operationId: 'exportHsds',
        summary: 'De sociale kaart van een gemeente als Open Referral HSDS 3.0 (JSON), in elke vorm van de standaard',
        description:
          'vorm: kaart (standaard: organizations, services, locations, service_at_locations en taxonomies als lijsten), tabellen (bundel tabellen zoals tabular.json), ' +
          'dienst, organisatie of dienstLocatie (één document zoals de HSDS-API het geeft; met id), diensten, organisaties of dienstLocaties (lijstpagina met contents). ' +
          'Het datapakket (CSV-bestanden in een zip) staat op /sociale-kaart/hsds/datapakket. Ingelezen gegevens komen terug zoals ze binnenkwamen, met de wijzigingen in Naast erin (docs/hsds-profile-nl.md).',
        querystring: z.object({
          gemeenteCode: z.string().max(100),
          vorm: z.enum(EXPORT_SHAPES).default('kaart').describe('De HSDS-vorm van het antwoord'),
          id: z.string().max(64).optional().describe('Bij vorm dienst, organisatie of dienstLocatie: het id van dat onderdeel'),
        }),
        response: { 200: z.union([HsdsDocumentSchema, HsdsShapeSchema]) },
      },
    },
    async (request, reply) => {
      const { gemeenteCode, vorm, id } = request.query;
      if (!(await municipalityExists(app, gemeenteCode))) throw new NotFoundError(`Gemeente "${gemeenteCode}" bestaat niet.`);
      if (SINGLE_SHAPES.includes(vorm) && !id) throw new ProblemError(400, 'Geef het id op van het onderdeel dat u wilt.', { invalidParams: [{ name: 'query.id', code: 'required', reason: 'Nodig bij deze vorm.' }] });
      const doc = await exportHsdsShape(app.db, gemeenteCode, vorm, id);
      if (!doc) throw new NotFoundError('Niet gevonden.');
      reply.header('content-disposition', dispositionHeader(`sociale-kaart-${gemeenteCode}${vorm === 'kaart' ? '' : `-${vorm}`}.hsds.json`, 'inline'));
      return doc as z.output<typeof HsdsShapeSchema>;
    },
  );
}

async function municipalityExists(app: AppInstance, code: string): Promise<boolean> {
  return (await knownMunicipalities(app.db)).has(code);
}
