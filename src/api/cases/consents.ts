import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { giveConsent, withdrawConsentRecord } from '../../services/cases/consents.ts';
import { audited, caseScope, dossierParams, ifMatchHeaders, optionalDate, tags, today, userIdOf, versionOf, write } from './common.ts';
import { ConsentSchema, consentResponse } from './consent-schemas.ts';

/** Consent records: given and withdrawn one by one, never changed or deleted (domain consent.ts). */
export async function consentRoutes(app: AppInstance): Promise<void> {
  const config = { access: write, scope: caseScope(app) };

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/toestemmingen`,
    {
      config,
      schema: {
        tags,
        operationId: 'addToestemming',
        summary: 'Een toestemming van de cliënt vastleggen: welke gegevens gedeeld mogen worden, met wie, vanaf wanneer',
        params: dossierParams,
        headers: ifMatchHeaders,
        body: z.object({
          onderwerp: z.string().trim().min(1).max(300).describe('Welke gegevens gedeeld mogen worden'),
          ontvanger: z.string().trim().min(1).max(300).describe('Met wie, bijvoorbeeld de naam van de aanbieder'),
          gegevenDatum: optionalDate,
          toelichting: z.string().trim().max(2000).default(''),
        }),
        response: { 201: ConsentSchema },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const day = today();
      const input = { subject: b.onderwerp, recipient: b.ontvanger, givenOn: b.gegevenDatum ?? day, note: b.toelichting, userId: userIdOf(request) };
      const saved = await audited(app, request, 'schrijven', request.params.dossierId, (db) => giveConsent(db, request.params.dossierId, versionOf(request), input, day));
      reply.code(201).header('ETag', `"${saved.record.version}"`);
      return consentResponse(saved.consent, day);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/:dossierId/toestemmingen/:toestemmingId/intrekken`,
    {
      config,
      schema: {
        tags,
        operationId: 'withdrawToestemming',
        summary: 'Een toestemming intrekken (kan altijd, ook in een geblokkeerd dossier); de toestemming blijft in de geschiedenis staan',
        params: dossierParams.extend({ toestemmingId: z.string().max(64).describe('Id van de toestemming') }),
        headers: ifMatchHeaders,
        body: z.object({ datum: optionalDate }),
        response: { 200: ConsentSchema },
      },
    },
    async (request, reply) => {
      const { dossierId, toestemmingId } = request.params;
      const day = today();
      const input = { on: request.body.datum ?? day, userId: userIdOf(request) };
      const saved = await audited(app, request, 'schrijven', dossierId, (db) => withdrawConsentRecord(db, dossierId, versionOf(request), toestemmingId, input, day));
      reply.header('ETag', `"${saved.record.version}"`);
      return consentResponse(saved.consent, day);
    },
  );
}
