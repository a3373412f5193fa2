import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { euros, formatQuery, sendDownload } from '../tabular.ts';
import { frictionCosts, keyScenario } from '../../services/budget/analysis.ts';
import { poolsAgainstUse } from '../../services/budget/pool-use.ts';
import type { FrictionAggregate } from '../../domain/budget/index.ts';
import { FigureProvenance, MunicipalityRef, municipalityRef, yearQuery } from './schemas.ts';

const tags = ['Budget'];

const FrictionGroup = z
  .object({
    code: z.string(),
    naam: z.string(),
    aantalGemeenten: z.number().int(),
    metBesteding: z.number().int(),
    zonderBesteding: z.number().int(),
    budgetCent: z.number().int(),
    budgetMetBestedingCent: z.number().int(),
    bestedingCent: z.number().int(),
    tekortCent: z.number().int().describe('Som van de tekorten per gemeente (een overschot elders telt niet mee)'),
    verschilCent: z.number().int().describe('Besteding − budget, opgeteld (netto)'),
  })
  .meta({ id: 'FrictiekostenGroep' });

function group(a: FrictionAggregate, name: string) {
  return {
    code: a.groupId,
    naam: name,
    aantalGemeenten: a.municipalities,
    metBesteding: a.withPlanned,
    zonderBesteding: a.withoutPlanned,
    budgetCent: a.baselineCents,
    budgetMetBestedingCent: a.baselineWithPlannedCents,
    bestedingCent: a.plannedCents,
    tekortCent: a.gapCents,
    verschilCent: a.differenceCents,
  };
}

export async function scenarioRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/budget/scenario`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getBudgetscenario',
        summary: 'Een andere verdeelsleutel doorrekenen: verschil per gemeente met de gepubliceerde verdeling',
        querystring: z.object({
          jaar: yearQuery,
          inwonersPercentage: z.coerce.number().int().min(0).max(100).default(50).describe('Deel van het budget dat naar inwoners gaat (de rest naar MEE-cliënten)'),
          ...formatQuery,
        }),
        response: {
          200: z.array(
            z
              .object({
                gemeente: MunicipalityRef,
                basisCent: z.number().int(),
                scenarioCent: z.number().int(),
                verschilCent: z.number().int(),
                signalen: z.array(z.string()),
                herkomst: FigureProvenance,
              })
              .meta({ id: 'ScenarioRegel' }),
          ),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const rows = await keyScenario(app.db, q.jaar, q.inwonersPercentage);
      rows.sort((a, b) => a.info.name.localeCompare(b.info.name, 'nl'));
      if (q.formaat !== 'json') {
        return sendDownload(reply, q.formaat, {
          fileName: `scenario-${q.jaar}-inwoners-${q.inwonersPercentage}`,
          header: ['gemeente', 'jeugdregio', 'mee_organisatie', 'basis_eur', 'scenario_eur', 'verschil_eur'],
          rows: rows.map((r) => [r.info.name, r.info.youthRegion.name, r.info.mee.name, euros(r.baselineCents), euros(r.scenarioCents), euros(r.differenceCents)]),
        });
      }
      return rows.map((r) => ({
        gemeente: municipalityRef(r.info),
        basisCent: r.baselineCents,
        scenarioCent: r.scenarioCents,
        verschilCent: r.differenceCents,
        signalen: r.flags,
        herkomst: r.provenance,
      }));
    },
  );

  app.get(
    `${API_PREFIX}/budget/regionale-pools`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listRegionalePools',
        summary: 'Regionale pot per jeugdregio tegenover het woonplaatsbeginsel: bijdrage volgens de sleutel tegen de kosten van het werkelijke gebruik, wie wint en wie verliest',
        description:
          'Elke gemeente draagt haar eigen budget bij; de pot betaalt het gebruik van de inwoners van de regio. Onder het woonplaatsbeginsel betaalt een gemeente de kosten van het gebruik van haar eigen inwoners (pot × eigen gebruik / gebruik in de regio). ' +
          'verschilCent = bijdrage − kosten eigen gebruik: positief = verliest bij een pot, negatief = wint.',
        querystring: z.object({
          jaar: yearQuery,
          basis: z.enum(['gepubliceerd', 'primair']).default('gepubliceerd').describe('Bijdrage volgens de gepubliceerde tabel of de primaire gegevens'),
          gebruik: z.enum(['import', 'dossiers']).optional().describe('Gebruik uit ingelezen aantallen of uit de dossiers; standaard import als er voor dit jaar is ingelezen'),
        }),
        response: {
          200: z.array(
            z
              .object({
                jeugdregio: z.object({ code: z.string(), naam: z.string() }),
                poolCent: z.number().int(),
                gebruikBron: z.string(),
                gebruikTotaal: z.number().int(),
                geenGebruik: z.boolean().describe('In de regio is geen gebruik bekend: er valt niets te vergelijken'),
                deelnemers: z.array(
                  z.object({
                    gemeente: MunicipalityRef,
                    eigenBudgetCent: z.number().int(),
                    bijdrageCent: z.number().int(),
                    gebruik: z.number().int(),
                    aandeel: z.string().describe('Aandeel in het gebruik van de regio'),
                    kostenGebruikCent: z.number().int(),
                    verschilCent: z.number().int(),
                    uitkomst: z.enum(['wint', 'verliest', 'gelijk']),
                    herkomst: FigureProvenance,
                  }),
                ),
              })
              .meta({ id: 'RegionalePool' }),
          ),
        },
      },
    },
    async (request) => {
      const q = request.query;
      const r = await poolsAgainstUse(app.db, q.jaar, { basis: q.basis === 'primair' ? 'primary' : 'published', use: q.gebruik === 'dossiers' ? 'casework' : q.gebruik });
      return r.pools
        .map((p) => {
          const region = r.info.get(p.members[0]!.municipalityId)!.youthRegion;
          return {
            jeugdregio: { code: region.code, naam: region.name },
            poolCent: p.poolCents,
            gebruikBron: r.useDescription,
            gebruikTotaal: p.totalUse,
            geenGebruik: p.noUse,
            deelnemers: p.members.map((m) => ({
              gemeente: municipalityRef(r.info.get(m.municipalityId)!),
              eigenBudgetCent: m.contributionCents,
              bijdrageCent: m.contributionCents,
              gebruik: m.use,
              aandeel: m.useShare,
              kostenGebruikCent: m.costOfUseCents,
              verschilCent: m.differenceCents,
              uitkomst: m.outcome,
              herkomst: m.provenance,
            })),
          };
        })
        .sort((a, b) => a.jeugdregio.naam.localeCompare(b.jeugdregio.naam, 'nl'));
    },
  );

  app.get(
    `${API_PREFIX}/budget/frictiekosten`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getFrictiekosten',
        summary: 'Frictiekosten: budget tegenover wat gemeenten bij MEE gaan besteden, per gemeente, MEE-organisatie en jeugdregio',
        querystring: z.object({
          jaar: yearQuery,
          bestedingsjaar: z.coerce.number().int().min(2000).max(2100).default(2015),
          ...formatQuery,
        }),
        response: {
          200: z
            .object({
              jaar: z.number().int(),
              bestedingsjaar: z.number().int(),
              landelijk: FrictionGroup,
              perMeeOrganisatie: z.array(FrictionGroup),
              perJeugdregio: z.array(FrictionGroup),
              gemeenten: z.array(
                z.object({
                  gemeente: MunicipalityRef,
                  budgetCent: z.number().int(),
                  bestedingCent: z.number().int().nullable(),
                  tekortCent: z.number().int().nullable(),
                  verschilCent: z.number().int().nullable(),
                }),
              ),
            })
            .meta({ id: 'Frictiekosten' }),
        },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const f = await frictionCosts(app.db, q.jaar, q.bestedingsjaar);
      const rows = f.rows.map((r) => ({ row: r, info: f.info.get(r.municipalityId)! }));
      if (q.formaat !== 'json') {
        return sendDownload(reply, q.formaat, {
          fileName: `frictiekosten-${q.jaar}-${q.bestedingsjaar}`,
          header: ['gemeente', 'jeugdregio', 'mee_organisatie', 'budget_eur', 'besteding_eur', 'tekort_eur', 'verschil_eur'],
          rows: rows.map(({ row, info }) => [info.name, info.youthRegion.name, info.mee.name, euros(row.baselineCents), euros(row.plannedCents), euros(row.gapCents), euros(row.differenceCents)]),
        });
      }
      const orgName = new Map(rows.map(({ info }) => [info.mee.code, info.mee.name]));
      const regionName = new Map(rows.map(({ info }) => [info.youthRegion.code, info.youthRegion.name]));
      return {
        jaar: q.jaar,
        bestedingsjaar: q.bestedingsjaar,
        landelijk: group(f.national, 'Nederland'),
        perMeeOrganisatie: f.perOrganisation.map((a) => group(a, orgName.get(a.groupId) ?? a.groupId)).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
        perJeugdregio: f.perYouthRegion.map((a) => group(a, regionName.get(a.groupId) ?? a.groupId)).sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
        gemeenten: rows.map(({ row, info }) => ({
          gemeente: municipalityRef(info),
          budgetCent: row.baselineCents,
          bestedingCent: row.plannedCents,
          tekortCent: row.gapCents,
          verschilCent: row.differenceCents,
        })),
      };
    },
  );
}
