import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { INFORMAL_RELATIONS } from '../../services/cases/client.ts';
import { assignCaseDecisionMaker, assignCaseSupporter, requestOtherSupporter, type SupporterChoice } from '../../services/cases/assignments.ts';
import { caseView } from '../../services/cases/view.ts';
import { audited, caseScope, dossierParams, ifMatchHeaders, optionalDate, tags, today, userIdOf, versionOf, write } from './common.ts';
import { DossierSchema, dossierResponse } from './schemas.ts';

const invalid = (name: string, reason: string) => new ProblemError(400, reason, { invalidParams: [{ name, code: 'required', reason }] });

const SupporterInput = z
  .object({
    soort: z.enum(['professioneel', 'informeel']).describe('Een cliëntondersteuner van de gemeente, of iemand die de cliënt zelf koos'),
    medewerkerId: z.string().max(64).optional().describe('Bij professioneel: id van een cliëntondersteuner van deze gemeente'),
    naam: z.string().trim().min(1).max(200).optional().describe('Bij informeel: naam van de informele ondersteuner'),
    relatie: z.enum(INFORMAL_RELATIONS).optional().describe('Bij informeel: relatie tot de cliënt'),
    telefoon: z.string().trim().max(40).optional(),
    datum: optionalDate,
  })
  .meta({ id: 'OndersteunerToewijzing' });

function toChoice(b: z.output<typeof SupporterInput>): SupporterChoice {
  if (b.soort === 'professioneel') {
    if (!b.medewerkerId) throw invalid('body.medewerkerId', 'Kies de cliëntondersteuner (medewerkerId).');
    return { kind: 'professioneel', userId: b.medewerkerId };
  }
  if (!b.naam) throw invalid('body.naam', 'Vul de naam van de informele ondersteuner in.');
  if (!b.relatie) throw invalid('body.relatie', 'Geef de relatie van de informele ondersteuner tot de cliënt.');
  return { kind: 'informeel', name: b.naam, relation: b.relatie, phone: b.telefoon || null };
}

export async function assignmentRoutes(app: AppInstance): Promise<void> {
  const scope = caseScope(app);

  app.put(
    `${API_PREFIX}/dossiers/:dossierId/ondersteuner`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'putOndersteuner',
        summary:
          'De cliëntondersteuner toewijzen: een professional of een informele ondersteuner. Geweigerd voor wie over een aanvraag van deze cliënt beslist, en voor wie de cliënt eerder niet meer wilde. Heft een blokkade op.',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: SupporterInput,
        response: { 200: DossierSchema },
      },
    },
    async (request, reply) => {
      const choice = toChoice(request.body);
      const on = request.body.datum ?? today();
      const record = await audited(app, request, 'schrijven', request.params.dossierId, (db) => assignCaseSupporter(db, request.params.dossierId, versionOf(request), choice, on));
      reply.header('ETag', `"${record.version}"`);
      return dossierResponse(await caseView(app.db, record, today()));
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/beslissers`,
    {
      config: { access: { permission: 'dossiers:beslisser-toewijzen' }, scope },
      schema: {
        tags,
        operationId: 'addBeslisser',
        summary: 'Vastleggen wie beslist over een aanvraag van deze cliënt (standaard: uzelf). Geweigerd voor wie de cliënt ondersteunt of ondersteunde.',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: z.object({
          beslisserId: z.string().max(64).optional().describe('Id van een beslisser van deze gemeente; standaard uzelf'),
          voorziening: z.string().trim().min(1).max(200).describe('De aangevraagde voorziening, bijvoorbeeld "woningaanpassing"'),
          datum: optionalDate,
        }),
        response: {
          201: z
            .object({
              dossierId: z.string(),
              versie: z.number().int(),
              beslisser: z.object({ id: z.string(), naam: z.string(), voorziening: z.string(), toegewezenDatum: z.iso.date() }),
            })
            .meta({ id: 'BeslisserToewijzing' }),
        },
      },
    },
    async (request, reply) => {
      // A beslisser may not read the case (no dossiers:lezen), so the answer holds only this assignment.
      const { dossierId } = request.params;
      const input = { userId: request.body.beslisserId ?? userIdOf(request), provision: request.body.voorziening, on: request.body.datum ?? today() };
      const { record, assignment, name } = await audited(app, request, 'schrijven', dossierId, (db) => assignCaseDecisionMaker(db, dossierId, versionOf(request), input));
      reply.code(201).header('ETag', `"${record.version}"`);
      return {
        dossierId,
        versie: record.version,
        beslisser: { id: assignment.personId, naam: name, voorziening: assignment.provision, toegewezenDatum: assignment.assignedOn },
      };
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/ander-ondersteuner`,
    {
      config: { access: write, scope },
      schema: {
        tags,
        operationId: 'requestAnderOndersteuner',
        summary:
          'De cliënt twijfelt aan de objectiviteit van de ondersteuner en vraagt om een ander: vastgelegd en bindend. Het dossier is geblokkeerd tot een andere ondersteuner is toegewezen.',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: z.object({ reden: z.string().trim().max(2000).optional().describe('In de woorden van de cliënt, als hij die wil geven'), datum: optionalDate }),
        response: { 200: DossierSchema },
      },
    },
    async (request, reply) => {
      const input = { on: request.body.datum ?? today(), reason: request.body.reden || null };
      const record = await audited(app, request, 'schrijven', request.params.dossierId, (db) => requestOtherSupporter(db, request.params.dossierId, versionOf(request), input));
      reply.header('ETag', `"${record.version}"`);
      return dossierResponse(await caseView(app.db, record, today()));
    },
  );
}
