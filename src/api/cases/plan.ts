import crypto from 'node:crypto';
import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { auditRequest } from '../audit.ts';
import { LIFE_DOMAINS, PLAN_PARTIES, type PlanAgreement, type PlanResult } from '../../domain/cases/index.ts';
import { clientSubject } from '../../services/audit/pseudonym.ts';
import { joinHousehold, planForCase, saveSupportPlan, type SupportPlanView } from '../../services/cases/support-plan.ts';
import { audited, caseScope, dossierParams, ifMatchHeaders, read, tags, today, userIdOf, versionOf, write } from './common.ts';

/** The client's own support plan of the household (eigen plan; one family, one plan). */

const date = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const id = z.string().trim().min(1).max(64);

const ResultInput = z.object({
  id: id.optional().describe('Laat leeg voor een nieuw resultaat'),
  omschrijving: text(2000),
  leefgebied: z.enum(LIFE_DOMAINS).nullable().optional(),
});
const AgreementInput = z.object({
  id: id.optional().describe('Laat leeg voor een nieuwe afspraak'),
  omschrijving: text(2000).describe('De oplossing of het arrangement dat is afgesproken'),
  wieSoort: z.enum(PLAN_PARTIES).describe('Wie het doet: de cliënt, iemand uit het netwerk, de ondersteuner of een aanbieder'),
  wie: text(200).default('').describe('Naam van wie het doet; niet nodig als de cliënt het zelf doet'),
  resultaten: z.array(id).max(50).default([]).describe('Ids van de resultaten waar deze afspraak aan bijdraagt; een nieuw resultaat zonder id met zijn plaats in de lijst, bijvoorbeeld "#0"'),
  datum: isoDate.nullable().default(null).describe('Wanneer het gedaan moet zijn of begint'),
});

const PlanInput = z
  .object({
    resultaten: z.array(ResultInput).max(50),
    afspraken: z.array(AgreementInput).max(100),
    akkoordDatum: isoDate
      .nullable()
      .default(null)
      .describe('De dag waarop de cliënt akkoord ging met het plan zoals het nu wordt opgeslagen. Leeg, of de datum van het vorige akkoord: geen nieuw akkoord.'),
  })
  .meta({ id: 'OndersteuningsplanInvoer' });

export const PlanSchema = z
  .object({
    versie: z.number().int().describe('Voor If-Match; 0 als er nog geen plan is opgeslagen'),
    resultaten: z.array(z.object({ id: z.string(), omschrijving: z.string(), leefgebied: z.enum(LIFE_DOMAINS).nullable() })),
    afspraken: z.array(
      z.object({
        id: z.string(),
        omschrijving: z.string(),
        wieSoort: z.enum(PLAN_PARTIES),
        wieSoortNaam: z.string(),
        wie: z.string(),
        resultaten: z.array(z.string()),
        datum: date.nullable(),
      }),
    ),
    akkoord: z
      .object({ datum: date, versie: z.number().int(), huidigeVersie: z.boolean().describe('Geldt het akkoord voor het plan zoals het nu is?') })
      .nullable(),
    status: z.enum(['akkoord', 'eerdere_versie', 'niet_akkoord']),
    aantalDossiersInHuishouden: z.number().int().describe('Eén gezin, één plan: zoveel dossiers delen dit plan'),
    gewijzigdDatum: date.nullable(),
    gewijzigdDoor: z.string().nullable().describe('Naam van wie de laatste versie opsloeg'),
  })
  .meta({ id: 'Ondersteuningsplan' });

export const planResponse = (p: SupportPlanView) => ({
  versie: p.version,
  resultaten: p.results.map((r) => ({ id: r.id, omschrijving: r.description, leefgebied: r.lifeDomain })),
  afspraken: p.agreements.map((a) => ({ id: a.id, omschrijving: a.description, wieSoort: a.party, wieSoortNaam: a.partyLabel, wie: a.who, resultaten: a.resultIds, datum: a.dueOn })),
  akkoord: p.approval ? { datum: p.approval.on, versie: p.approval.version, huidigeVersie: p.approval.current } : null,
  status: p.status,
  aantalDossiersInHuishouden: p.householdSize,
  gewijzigdDatum: p.updatedOn,
  gewijzigdDoor: p.updatedBy,
});

type PlanBody = z.output<typeof PlanInput>;

/** New results and agreements get an id here; an agreement may name a new result by its position ("#0"). */
function toInput(b: PlanBody) {
  const results: PlanResult[] = b.resultaten.map((r) => ({ id: r.id ?? crypto.randomUUID(), description: r.omschrijving, ...(r.leefgebied ? { lifeDomain: r.leefgebied } : {}) }));
  const byPosition = (ref: string) => (/^#\d+$/.test(ref) ? (results[Number(ref.slice(1))]?.id ?? ref) : ref);
  const agreements: PlanAgreement[] = b.afspraken.map((a) => ({
    id: a.id ?? crypto.randomUUID(),
    description: a.omschrijving,
    party: a.wieSoort,
    who: a.wie,
    resultIds: a.resultaten.map(byPosition),
    ...(a.datum ? { dueOn: a.datum } : {}),
  }));
  return { results, agreements, ...(b.akkoordDatum ? { approvedOn: b.akkoordDatum } : {}) };
}

export async function planRoutes(app: AppInstance): Promise<void> {
  const scope = caseScope(app);
  const send = (reply: FastifyReply, plan: SupportPlanView) => {
    reply.header('ETag', `"${plan.version}"`);
    return planResponse(plan);
  };

  app.get(
    `${API_PREFIX}/dossiers/:dossierId/plan`,
    {
      config: { access: read, scope },
      schema: { tags, operationId: 'getPlan', summary: 'Het eigen plan van de cliënt (van het huishouden): resultaten, afspraken, wie doet wat, akkoord', params: dossierParams, response: { 200: PlanSchema } },
    },
    async (request, reply) => send(reply, await audited(app, request, 'lezen', request.params.dossierId, (db) => planForCase(db, request.params.dossierId))),
  );

  app.put(
    `${API_PREFIX}/dossiers/:dossierId/plan`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'putPlan',
        summary: 'Een nieuwe versie van het plan opslaan (If-Match met de versie van het plan, 0 voor het eerste plan); met akkoordDatum als de cliënt akkoord ging',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: PlanInput,
        response: { 200: PlanSchema },
      },
    },
    async (request, reply) => {
      const by = { userId: userIdOf(request), today: today() };
      const plan = await audited(app, request, 'schrijven', request.params.dossierId, (db) =>
        saveSupportPlan(db, request.params.dossierId, versionOf(request), toInput(request.body), by),
      );
      return send(reply, plan);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/huishouden`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'joinHuishouden',
        summary: 'Eén gezin, één plan: dit dossier hoort voortaan bij het huishouden van een ander dossier (zelfde gemeente) en deelt diens plan',
        params: dossierParams,
        body: z.object({ dossierId: z.string().max(64).describe('Id van een dossier van een gezinslid in dezelfde gemeente') }),
        response: { 200: PlanSchema },
      },
    },
    async (request, reply) => {
      const { dossierId } = request.params;
      const other = request.body.dossierId;
      const plan = await audited(app, request, 'schrijven', dossierId, async (db) => {
        const joined = await joinHousehold(db, dossierId, other, today());
        // The other family member's plan is now processed for this case too: his log shows it, in the same transaction.
        await auditRequest(
          app,
          request,
          { activity: 'dossier', purpose: 'onafhankelijke cliëntondersteuning (Wmo 2015, art. 2.2.4): één gezin, één plan', ...(await clientSubject(db, other)), action: 'schrijven', outcome: 'toegestaan' },
          db,
        );
        return joined;
      });
      return send(reply, plan);
    },
  );
}
