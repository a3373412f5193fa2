import crypto from 'node:crypto';
import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { FastifyReply } from 'fastify';
import type { AppInstance } from '../types.ts';
import type { Database } from '../../db/client.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { grantFor } from '../plugins/auth.ts';
import { ACCESS_CHANNELS, LIFE_DOMAINS, STEPS, type QuestionTypeId, type SelfDirection } from '../../domain/cases/index.ts';
import { AGE_CATEGORIES, CLOSE_REASONS, REPRESENTATIVE_KINDS, TARGET_GROUPS, type EditableClientDetails } from '../../services/cases/client.ts';
import { addQuestion, takeIn, updateClientDetails, type QuestionIntake } from '../../services/cases/intake.ts';
import { advanceQuestion, chooseSupport, classify } from '../../services/cases/questions.ts';
import type { CaseRecord } from '../../services/cases/store.ts';
import { caseView, takenInView } from '../../services/cases/view.ts';
import { consentsOf } from '../../services/cases/consents.ts';
import { legacyConsents, sameLegacyConsents } from './consent-schemas.ts';
import { audited, auditedCreation, caseScope, dossierParams, ifMatchHeaders, municipalitiesOf, optionalDate, read, tags, today, userIdOf, versionOf, write } from './common.ts';
import { ChoiceSchema, choiceResponse, DossierSchema, dossierResponse, SuggestionSchema, suggestionResponse } from './schemas.ts';
import { NotFoundError } from '../../domain/errors.ts';

const text = (max: number) => z.string().trim().max(max);
const phone = text(40).nullable().default(null);

const ClientInput = z
  .object({
    naam: text(200).min(1),
    telefoon: phone,
    email: z.email().max(200).nullable().default(null),
    adres: text(300).nullable().default(null),
    bsn: z
      .string()
      .max(20)
      .nullable()
      .optional()
      .describe('Burgerservicenummer (optioneel). Alleen in de body, nooit in een URL; gecontroleerd met de elfproef en daarna alleen gemaskeerd getoond. Weglaten bij wijzigen houdt het bestaande.'),
    leeftijdscategorie: z.enum(AGE_CATEGORIES).nullable().optional(),
    doelgroepen: z.array(z.enum(TARGET_GROUPS)).max(10).default([]),
    netwerk: z.array(z.object({ naam: text(200).min(1), relatie: text(100).min(1), telefoon: phone })).max(50).default([]).describe('Informeel netwerk'),
    vertegenwoordiger: z.object({ naam: text(200).min(1), soort: z.enum(REPRESENTATIVE_KINDS), telefoon: phone }).nullable().default(null),
    toestemmingen: z
      .array(z.object({ onderwerp: text(300).min(1), gegeven: z.boolean(), vastgelegdDatum: isoDate, toelichting: text(2000).default('') }))
      .max(100)
      .optional()
      .describe(
        'Verouderd. Bij de intake worden deze toestemmingen vastgelegd als losse toestemmingen (zonder ontvanger). Bij wijzigen mag de lijst alleen ongewijzigd worden meegestuurd: geef en trek toestemmingen in via /dossiers/{dossierId}/toestemmingen.',
      ),
  })
  .meta({ id: 'ClientInvoer' });
type ClientInputBody = z.output<typeof ClientInput>;

const toClient = (b: ClientInputBody): EditableClientDetails => ({
  name: b.naam,
  phone: b.telefoon,
  email: b.email,
  address: b.adres,
  targetGroups: b.doelgroepen,
  network: b.netwerk.map((n) => ({ name: n.naam, relation: n.relatie, phone: n.telefoon })),
  representative: b.vertegenwoordiger ? { name: b.vertegenwoordiger.naam, kind: b.vertegenwoordiger.soort, phone: b.vertegenwoordiger.telefoon } : null,
  ...(b.toestemmingen ? { consents: b.toestemmingen.map((t) => ({ subject: t.onderwerp, given: t.gegeven, recordedOn: t.vastgelegdDatum, note: t.toelichting })) } : {}),
});

/**
 * Consents are records now: a PUT of the client details may carry the old list only unchanged (a form
 * that sends back what it read), never to change consents behind the history's back.
 */
async function refuseConsentChanges(db: Database, caseId: string, sent: ClientInputBody['toestemmingen']): Promise<void> {
  if (sent === undefined) return;
  const current = legacyConsents(await consentsOf(db, caseId));
  if (sameLegacyConsents(current, sent)) return;
  const reason = 'Toestemmingen wijzigt u niet meer via de cliëntgegevens. Leg een nieuwe toestemming vast of trek er een in bij Toestemmingen; de geschiedenis blijft dan bewaard.';
  throw new ProblemError(400, reason, { invalidParams: [{ name: 'body.toestemmingen', code: 'moved', reason }] });
}

const QuestionInput = z
  .object({
    kanaal: z.enum(ACCESS_CHANNELS).describe('Hoe de vraag binnenkwam: telefonisch, online, aan het loket, bij een huisbezoek of gesignaleerd'),
    tekst: text(4000).min(1).describe('De vraag in de woorden van de cliënt (wordt het eerste contactmoment)'),
    leefgebieden: z.array(z.enum(LIFE_DOMAINS)).max(6).default([]),
    ontvangenDatum: optionalDate,
  })
  .meta({ id: 'VraagInvoer' });

const toIntake = (b: z.output<typeof QuestionInput>, userId: string): QuestionIntake => ({
  receivedVia: b.kanaal,
  text: b.tekst,
  lifeDomains: b.leefgebieden,
  receivedOn: b.ontvangenDatum ?? today(),
  userId,
});

const questionParams = dossierParams.extend({ vraagId: z.string().max(64).describe('Id van de vraag') });

export async function dossierRoutes(app: AppInstance): Promise<void> {
  const scope = caseScope(app);
  const respond = async (reply: FastifyReply, record: CaseRecord, status = 200) => {
    reply.code(status).header('ETag', `"${record.version}"`);
    return dossierResponse(await caseView(app.db, record, today()));
  };

  app.post(
    `${API_PREFIX}/dossiers`,
    {
      config: { access: write },
      schema: {
        tags,
        operationId: 'createDossier',
        summary: 'Intake: een dossier aanmaken met de eerste vraag, via elk kanaal',
        body: z.object({ gemeenteCode: z.string().max(100).optional().describe('Nodig als u voor meer dan één gemeente werkt'), client: ClientInput, vraag: QuestionInput }),
        response: { 201: DossierSchema },
      },
    },
    async (request, reply) => {
      const own = municipalitiesOf(request, 'dossiers:schrijven');
      const code = request.body.gemeenteCode ?? (own.length === 1 ? own[0] : undefined);
      if (!code) {
        const reason = 'Geef de gemeente op waarvoor u dit dossier aanmaakt.';
        throw new ProblemError(400, reason, { invalidParams: [{ name: 'body.gemeenteCode', code: 'required', reason }] });
      }
      const acting = await grantFor(app, request, 'dossiers:schrijven', code);
      if (!acting) throw new NotFoundError('Niet gevonden.');
      request.grant = acting;
      const { client, vraag } = request.body;
      // The case, its contact moment and its audit row in one statement, grouped with concurrent
      // intakes, that also answers what the view shows (ADR 0015): nothing is read again.
      const id = crypto.randomUUID();
      const intake = { municipalityCode: code, client: toClient(client), bsn: client.bsn ?? null, ageCategory: client.leeftijdscategorie ?? null, question: toIntake(vraag, userIdOf(request)) };
      const view = await auditedCreation(app, request, id, code, async (written) => takenInView(app.db, await takeIn(app.db, intake, { id, ...written, grouped: true }), today()));
      reply.code(201).header('ETag', `"${view.record.version}"`);
      return dossierResponse(view);
    },
  );

  app.get(
    `${API_PREFIX}/dossiers/:dossierId`,
    {
      config: { access: read, scope },
      schema: { tags, operationId: 'getDossier', summary: 'Eén dossier met vragen, notities, verwijzingen en bezwaren (elke inzage komt in het logboek)', params: dossierParams, response: { 200: DossierSchema } },
    },
    async (request, reply) => {
      const view = await audited(app, request, 'lezen', request.params.dossierId, (db) => caseView(db, request.params.dossierId, today()));
      reply.header('ETag', `"${view.record.version}"`);
      return dossierResponse(view);
    },
  );

  app.put(
    `${API_PREFIX}/dossiers/:dossierId/clientgegevens`,
    {
      config: { access: write, scope },
      schema: { tags, operationId: 'putClientgegevens', summary: 'Gegevens van de cliënt vervangen (contact, doelgroepen, informeel netwerk, vertegenwoordiger); toestemmingen gaan apart', params: dossierParams, headers: ifMatchHeaders, body: ClientInput, response: { 200: DossierSchema } },
    },
    async (request, reply) => {
      const b = request.body;
      const record = await audited(app, request, 'schrijven', request.params.dossierId, async (db) => {
        await refuseConsentChanges(db, request.params.dossierId, b.toestemmingen);
        return updateClientDetails(db, request.params.dossierId, versionOf(request), { client: toClient(b), bsn: b.bsn, ageCategory: b.leeftijdscategorie ?? null });
      });
      return respond(reply, record);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/vragen`,
    {
      config: { access: write, scope },
      schema: { tags, operationId: 'addVraag', summary: 'Een nieuwe vraag van dezelfde cliënt registreren', params: dossierParams, headers: ifMatchHeaders, body: QuestionInput, response: { 201: DossierSchema } },
    },
    async (request, reply) => {
      const record = await audited(app, request, 'schrijven', request.params.dossierId, (db) =>
        addQuestion(db, request.params.dossierId, versionOf(request), toIntake(request.body, userIdOf(request))),
      );
      return respond(reply, record, 201);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/vragen/:vraagId/classificatie`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'classifyVraag',
        summary: 'Soort vraag (1–8) en mate van regie (1–5) vastleggen; het antwoord is de voorgestelde vorm van ondersteuning uit Bijlage 3',
        params: questionParams,
        headers: ifMatchHeaders,
        body: z.object({ vraagtype: z.number().int().min(1).max(8), regie: z.number().int().min(1).max(5) }),
        response: { 200: SuggestionSchema },
      },
    },
    async (request, reply) => {
      const { dossierId, vraagId } = request.params;
      const cell = { type: request.body.vraagtype as QuestionTypeId, selfDirection: request.body.regie as SelfDirection };
      const { record, suggestion } = await audited(app, request, 'schrijven', dossierId, (db) => classify(db, dossierId, versionOf(request), vraagId, cell));
      reply.header('ETag', `"${record.version}"`);
      return suggestionResponse(suggestion);
    },
  );

  app.put(
    `${API_PREFIX}/dossiers/:dossierId/vragen/:vraagId/ondersteuningsvorm`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'putOndersteuningsvorm',
        summary: 'Het voorstel overnemen (zonder vorm) of een andere vorm kiezen; afwijken kan alleen met een reden',
        params: questionParams,
        headers: ifMatchHeaders,
        body: z.object({ vorm: text(500).optional(), reden: text(2000).optional().describe('Verplicht als de vorm afwijkt van het voorstel') }),
        response: { 200: ChoiceSchema },
      },
    },
    async (request, reply) => {
      const { dossierId, vraagId } = request.params;
      const input = { form: request.body.vorm, reason: request.body.reden, userId: userIdOf(request), on: today() };
      const { record, choice } = await audited(app, request, 'schrijven', dossierId, (db) => chooseSupport(db, dossierId, versionOf(request), vraagId, input));
      reply.header('ETag', `"${record.version}"`);
      return choiceResponse(choice);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/vragen/:vraagId/stap`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'advanceVraag',
        summary: 'Een vraag naar de volgende stap van het cliëntproces brengen (Figuur 1); afsluiten met een reden',
        params: questionParams,
        headers: ifMatchHeaders,
        body: z.object({ naar: z.enum(STEPS), datum: optionalDate, afsluitreden: z.enum(CLOSE_REASONS).optional() }),
        response: { 200: DossierSchema },
      },
    },
    async (request, reply) => {
      const { dossierId, vraagId } = request.params;
      const input = { to: request.body.naar, on: request.body.datum ?? today(), closeReason: request.body.afsluitreden };
      const record = await audited(app, request, 'schrijven', dossierId, (db) => advanceQuestion(db, dossierId, versionOf(request), vraagId, input));
      return respond(reply, record);
    },
  );
}
