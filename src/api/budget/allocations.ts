import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { pageQuery, paginate } from '../pagination.ts';
import { euros, formatQuery, sendDownload } from '../tabular.ts';
import { allocations } from '../../services/budget/allocations.ts';
import { budgetCheck } from '../../services/budget/check.ts';
import { publishedInputs, type PublishedInputs } from '../../db/budget/published-inputs.ts';
import { BoundedCache, cachedBody, sendCachedBody, type CachedBody } from './cached-body.ts';
import { DEFAULT_KEY, formatPercent } from '../../domain/budget/index.ts';
import { cents, FigureProvenance, MunicipalityRef, municipalityRef, ShareProvenance, yearQuery } from './schemas.ts';
import { NotFoundError } from '../../domain/errors.ts';

const tags = ['Budget'];

const Allocation = z
  .object({
    gemeente: MunicipalityRef,
    budgetMeeCent: cents('Budget cliëntondersteuning (MEE)'),
    budgetIvhCent: cents('Budget Integrale Vroeghulp'),
    inwoners: z.number().int().nullable().optional().describe('Alleen bij bron=primair: inwoners op de peildatum (null als ze ontbreken)'),
    clienten: z.number().int().nullable().optional().describe('Alleen bij bron=primair: MEE-cliënten in het peiljaar'),
  })
  .meta({ id: 'Budgetverdeling' });
const AllocationList = z.array(Allocation);

const CheckSchema = z
  .object({
    jaar: z.number().int(),
    allesKlopt: z.boolean(),
    meeOrganisaties: z.array(
      z.object({
        code: z.string(),
        naam: z.string(),
        aantalGemeenten: z.number().int(),
        tabel3: z.object({ budgetMeeCent: z.number().int(), budgetIvhCent: z.number().int() }),
        somGemeenten: z.object({ budgetMeeCent: z.number().int(), budgetIvhCent: z.number().int() }),
        somKlopt: z.boolean(),
        berekendGelijkAanGepubliceerd: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'Budgetcontrole' });

/**
 * Serialised bodies per published table (the cached inputs object: reloading reference data makes
 * a new one): JSON pages of the allocation per request URL, and the reproduction check.
 */
const listBodies = new WeakMap<PublishedInputs, BoundedCache<CachedBody>>();
const checkBodies = new WeakMap<PublishedInputs, CachedBody>();

function listBodiesOf(inputs: PublishedInputs): BoundedCache<CachedBody> {
  let cache = listBodies.get(inputs);
  if (!cache) listBodies.set(inputs, (cache = new BoundedCache(64)));
  return cache;
}

export async function allocationRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/budget/verdelingen`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listBudgetverdelingen',
        summary: 'Budget per gemeente: gepubliceerd (Bijlage 5) of herberekend met de verdeelsleutel',
        querystring: z.object({
          jaar: yearQuery,
          bron: z.enum(['gepubliceerd', 'berekend', 'primair']).default('gepubliceerd').describe('primair: uit inwoners en MEE-cliënten met de verdeelsleutel (uitleg per gemeente: /budget/primaire-verdeling)'),
          indeling: z.coerce.number().int().optional().describe('Toon de bedragen in de gemeentelijke indeling van dit jaar'),
          jeugdregio: z.string().optional(),
          meeOrganisatie: z.string().optional(),
          zoek: z.string().max(100).optional(),
          ...formatQuery,
          ...pageQuery,
        }),
        response: { 200: z.array(Allocation) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      // In the division it was published in, a published year is immutable: cache the JSON per URL.
      // Rolled forward it depends on the split shares, which can change: computed per request.
      const inputs = q.formaat === 'json' && q.bron !== 'primair' ? await publishedInputs(app.db, q.jaar) : null;
      const cache = inputs && (q.indeling === undefined || q.indeling === inputs.divisionYear) ? listBodiesOf(inputs) : null;
      const hit = cache?.get(request.url);
      if (hit) return sendCachedBody(request, reply, hit);
      const result = await allocations(app.db, {
        year: q.jaar,
        source: q.bron === 'berekend' ? 'computed' : q.bron === 'primair' ? 'primary' : 'published',
        division: q.indeling,
      });
      const needle = q.zoek?.toLocaleLowerCase('nl');
      const rows = result.rows.filter(
        (r) =>
          (!q.jeugdregio || r.info.youthRegion.code === q.jeugdregio) &&
          (!q.meeOrganisatie || r.info.mee.code === q.meeOrganisatie) &&
          (!needle || r.info.name.toLocaleLowerCase('nl').includes(needle)),
      );
      if (q.formaat !== 'json' && q.bron === 'primair') {
        return sendDownload(reply, q.formaat, {
          fileName: `budget-${q.jaar}-primair-indeling-${result.divisionYear}`,
          header: ['gemeente', 'cbs_code', 'jeugdregio', 'mee_organisatie', 'inwoners', 'clienten', 'budget_mee_eur', 'budget_ivh_eur'],
          rows: rows.map((r) => [r.info.name, r.info.cbsCode, r.info.youthRegion.name, r.info.mee.name, r.inhabitants ?? null, r.clients ?? null, euros(r.clientSupportCents), euros(r.ivhCents)]),
        });
      }
      if (q.formaat !== 'json') {
        return sendDownload(reply, q.formaat, {
          fileName: `budget-${q.jaar}-indeling-${result.divisionYear}`,
          header: ['gemeente', 'cbs_code', 'jeugdregio', 'mee_organisatie', 'budget_mee_eur', 'budget_ivh_eur'],
          rows: rows.map((r) => [r.info.name, r.info.cbsCode, r.info.youthRegion.name, r.info.mee.name, euros(r.clientSupportCents), euros(r.ivhCents)]),
        });
      }
      const page = paginate(request, reply, rows, q.pagina, q.paginaGrootte).map((r) => ({
        gemeente: municipalityRef(r.info),
        budgetMeeCent: r.clientSupportCents,
        budgetIvhCent: r.ivhCents,
        ...(q.bron === 'primair' ? { inwoners: r.inhabitants ?? null, clienten: r.clients ?? null } : {}),
      }));
      if (!cache) return page;
      const body = cachedBody(JSON.stringify(AllocationList.parse(page)), {
        Link: String(reply.getHeader('Link')),
        'X-Total-Count': String(reply.getHeader('X-Total-Count')),
      });
      cache.set(request.url, body);
      return sendCachedBody(request, reply, body);
    },
  );

  app.get(
    `${API_PREFIX}/budget/verdelingen/:gemeenteCode`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getBudgetverdeling',
        summary: 'Uitleg van het budget van één gemeente, stap voor stap',
        params: z.object({ gemeenteCode: z.string().max(100) }),
        querystring: z.object({ jaar: yearQuery }),
        response: {
          200: z
            .object({
              jaar: z.number().int(),
              gemeente: MunicipalityRef,
              sleutel: z.object({ inwoners: z.string(), clienten: z.string() }),
              meeOrganisatie: z.object({ code: z.string(), naam: z.string(), budgetMeeCent: z.number().int(), budgetIvhCent: z.number().int(), aantalGemeenten: z.number().int() }),
              gepubliceerd: z.object({ budgetMeeCent: z.number().int(), budgetIvhCent: z.number().int(), bron: z.string() }),
              afgeleid: z.object({ inwonersaandeel: ShareProvenance, clientenaandeel: ShareProvenance.nullable(), signalen: z.array(z.string()) }),
              berekend: z.object({ budgetMee: FigureProvenance, budgetIvh: FigureProvenance }),
              berekendGelijkAanGepubliceerd: z.boolean(),
            })
            .meta({ id: 'BudgetverdelingUitleg' }),
        },
      },
    },
    async (request) => {
      const { jaar } = request.query;
      const inputs = await publishedInputs(app.db, jaar);
      if (!inputs) throw new NotFoundError(`Er zijn geen budgetten voor ${jaar}.`);
      const row = inputs.rows.find((r) => r.municipalityId === request.params.gemeenteCode);
      if (!row) throw new NotFoundError(`Gemeente "${request.params.gemeenteCode}" staat niet in de budgettabel van ${jaar}.`);
      const org = inputs.derived.find((o) => o.organisationId === row.organisationId)!;
      const derived = org.rows.find((r) => r.municipalityId === row.municipalityId)!;
      const computed = inputs.recomputed.find((o) => o.organisationId === row.organisationId)!.rows.find((r) => r.municipalityId === row.municipalityId)!;
      const total = inputs.totals[row.organisationId]!;
      return {
        jaar,
        gemeente: municipalityRef(row.info),
        sleutel: { inwoners: formatPercent(DEFAULT_KEY.inhabitantsWeight), clienten: formatPercent(DEFAULT_KEY.clientsWeight) },
        meeOrganisatie: {
          code: row.organisationId,
          naam: total.name,
          budgetMeeCent: total.clientSupportCents,
          budgetIvhCent: total.ivhCents,
          aantalGemeenten: org.rows.length,
        },
        gepubliceerd: { budgetMeeCent: row.clientSupportCents, budgetIvhCent: row.ivhCents, bron: 'Handreiking cliëntondersteuning (2014), Bijlage 5' },
        afgeleid: { inwonersaandeel: derived.provenance.inhabitantShare, clientenaandeel: derived.provenance.clientShare, signalen: derived.flags },
        berekend: { budgetMee: computed.clientSupport.provenance, budgetIvh: computed.ivh.provenance },
        berekendGelijkAanGepubliceerd: computed.matchesPublished,
      };
    },
  );

  app.get(
    `${API_PREFIX}/budget/controle`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getBudgetcontrole',
        summary: 'Per MEE-organisatie: som van de gemeenten tegen Tabel 3, en berekend tegen gepubliceerd',
        querystring: z.object({ jaar: yearQuery }),
        response: { 200: CheckSchema },
      },
    },
    async (request, reply) => {
      // The check of a published year does not change while the server runs: serialised once.
      const inputs = await publishedInputs(app.db, request.query.jaar);
      const hit = inputs && checkBodies.get(inputs);
      if (hit) return sendCachedBody(request, reply, hit);
      const check = await budgetCheck(app.db, request.query.jaar);
      const body = cachedBody(JSON.stringify(CheckSchema.parse({
        jaar: request.query.jaar,
        allesKlopt: check.ok,
        meeOrganisaties: check.organisations.map((o) => ({
          code: o.meeCode,
          naam: o.name,
          aantalGemeenten: o.municipalities,
          tabel3: { budgetMeeCent: o.tabel3.clientSupportCents, budgetIvhCent: o.tabel3.ivhCents },
          somGemeenten: { budgetMeeCent: o.sumOfMunicipalities.clientSupportCents, budgetIvhCent: o.sumOfMunicipalities.ivhCents },
          somKlopt: o.sumsMatch,
          berekendGelijkAanGepubliceerd: o.computedEqualsPublished,
        })),
      })));
      if (inputs) checkBodies.set(inputs, body);
      return sendCachedBody(request, reply, body);
    },
  );
}
