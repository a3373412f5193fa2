import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { mayActFor } from '../plugins/auth.ts';
import { inAppReminders, mailerFromEnv, runReminders } from '../../services/monitor/reminders.ts';
import { roundParam } from './schemas.ts';

const tags = ['Monitor'];

export async function reminderRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/monitor/herinneringen`,
    {
      config: { access: { permission: 'monitor:opvolgen' } },
      schema: {
        tags,
        operationId: 'runHerinneringen',
        summary: 'Herinneringen nu versturen aan gemeenten zonder ingediend antwoord (in de app, en per e-mail als SMTP is ingesteld); nooit twee keer dezelfde',
        body: z
          .object({
            rondeId: roundParam.optional().describe('Alleen deze ronde (standaard: alle rondes)'),
            datum: isoDate.optional().describe('Doe alsof het vandaag deze datum is (standaard: vandaag)'),
          })
          .nullish(),
        response: {
          200: z
            .object({
              meldingen: z.number().int().describe('Nieuwe herinneringen in de app'),
              voorDeadline: z.number().int(),
              naDeadline: z.number().int(),
              emails: z.number().int().describe('Verstuurde e-mails (één per gemeente, aan haar beleidsmedewerkers)'),
              emailsMislukt: z.number().int().describe('E-mails die niet verstuurd konden worden; een volgende keer wordt het opnieuw geprobeerd'),
            })
            .meta({ id: 'HerinneringenResultaat' }),
        },
      },
    },
    async (request) => {
      // No body at all (null) is fine: every field is optional.
      const body = request.body ?? {};
      // Read per run: the SMTP settings may change without a restart of the API.
      const mailer = mailerFromEnv();
      try {
        const counts = await runReminders(app.db, {
          ...(body.datum ? { now: new Date(`${body.datum}T12:00:00Z`) } : {}),
          roundId: body.rondeId,
          mailer,
        });
        return { meldingen: counts.inApp, voorDeadline: counts.beforeDeadline, naDeadline: counts.afterDeadline, emails: counts.email, emailsMislukt: counts.emailFailed };
      } finally {
        mailer?.close();
      }
    },
  );

  app.get(
    `${API_PREFIX}/monitor/meldingen`,
    {
      config: { access: { permission: 'monitor:antwoorden-lezen' } },
      schema: {
        tags,
        operationId: 'listMeldingen',
        summary: 'Herinneringen in de app voor de gemeenten waarvoor u mag kijken, nieuwste eerst',
        querystring: z.object({ rondeId: roundParam.optional() }),
        response: {
          200: z.array(
            z
              .object({
                ronde: z.object({ id: z.string(), naam: z.string() }),
                gemeente: z.object({ code: z.string(), naam: z.string() }),
                soort: z.enum(['voor_deadline', 'na_deadline']),
                bericht: z.string(),
                verstuurdOp: z.string().describe('Tijdstip (UTC)'),
                gelezenOp: z.string().nullable(),
              })
              .meta({ id: 'Melding' }),
          ),
        },
      },
    },
    async (request) => {
      const allowed = new Map<string, boolean>();
      const result = [];
      for (const n of await inAppReminders(app.db, request.query.rondeId)) {
        if (!allowed.has(n.municipalityCode)) allowed.set(n.municipalityCode, await mayActFor(app, request, 'monitor:antwoorden-lezen', n.municipalityCode));
        if (!allowed.get(n.municipalityCode)) continue;
        result.push({
          ronde: { id: n.roundId, naam: n.roundName },
          gemeente: { code: n.municipalityCode, naam: n.municipalityName },
          soort: n.kind,
          bericht: n.message,
          verstuurdOp: n.sentAt,
          gelezenOp: n.readAt,
        });
      }
      return result;
    },
  );
}
