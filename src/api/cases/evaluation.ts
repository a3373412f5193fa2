import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { mayActFor } from '../plugins/auth.ts';
import { EVALUATION_METHOD_LABELS } from '../../domain/cases/index.ts';
import { drawSample } from '../../services/cases/evaluation.ts';
import { auditedList, municipalitiesOf, tags, userIdOf, write } from './common.ts';
import { NotFoundError } from '../../domain/errors.ts';

const METHODS = ['formulier', 'huisbezoek', 'vertrouwenspersoon'] as const;

const SampleSchema = z
  .object({
    id: z.string(),
    gemeenteCode: z.string(),
    aandeel: z.number(),
    seed: z.string().describe('Met hetzelfde seed en dezelfde gesloten dossiers volgt dezelfde steekproef'),
    vanafDatum: z.iso.date().nullable(),
    totEnMetDatum: z.iso.date().nullable(),
    aantalKandidaten: z.number().int().describe('Gesloten dossiers in de periode (niet geanonimiseerd)'),
    dossiers: z.array(
      z.object({
        dossierId: z.string(),
        clientNaam: z.string(),
        geslotenDatum: z.iso.date(),
        regie: z.number().int().min(1).max(5).nullable().describe('Mate van regie (de laagste over de vragen)'),
        methode: z.enum(METHODS),
        methodeOmschrijving: z.string(),
      }),
    ),
  })
  .meta({ id: 'EvaluatieSteekproef' });

/** Sample-based evaluation of closed cases (Bijlage 3 row 5). */
export async function evaluationRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/dossiers/evaluatie-steekproef`,
    {
      config: { access: write },
      schema: {
        tags,
        operationId: 'drawEvaluatieSteekproef',
        summary: 'Een steekproef van gesloten dossiers trekken voor evaluatie (formulier, huisbezoek of via een vertrouwenspersoon, naar mate van regie)',
        body: z.object({
          aandeel: z.number().gt(0).max(1).describe('Deel van de gesloten dossiers, bijvoorbeeld 0.1'),
          seed: z.string().min(1).max(100).optional().describe('Om een trekking te herhalen; standaard een nieuw willekeurig seed'),
          vanafDatum: isoDate.optional().describe('Alleen dossiers gesloten op of na deze dag'),
          totEnMetDatum: isoDate.optional().describe('Alleen dossiers gesloten op of vóór deze dag'),
          gemeenteCode: z.string().max(100).optional().describe('Nodig als u voor meer dan één gemeente werkt'),
        }),
        response: { 201: SampleSchema },
      },
    },
    async (request, reply) => {
      const own = municipalitiesOf(request, 'dossiers:schrijven');
      const code = request.body.gemeenteCode ?? (own.length === 1 ? own[0] : undefined);
      if (!code) {
        const reason = 'Geef de gemeente op waarvoor u de steekproef trekt.';
        throw new ProblemError(400, reason, { invalidParams: [{ name: 'body.gemeenteCode', code: 'required', reason }] });
      }
      if (!(await mayActFor(app, request, 'dossiers:schrijven', code))) throw new NotFoundError('Niet gevonden.');
      const b = request.body;
      // Every drawn case is shown with the client's name: one audit row per case, stored with the sample.
      const sample = await auditedList(app, request, (db) => drawSample(db, { municipalityCode: code, share: b.aandeel, seed: b.seed, from: b.vanafDatum, to: b.totEnMetDatum, userId: userIdOf(request) }), (s) => s.cases.map((c) => c.caseId));
      reply.code(201);
      return {
        id: sample.id,
        gemeenteCode: sample.municipalityCode,
        aandeel: sample.share,
        seed: sample.seed,
        vanafDatum: sample.from,
        totEnMetDatum: sample.to,
        aantalKandidaten: sample.candidates,
        dossiers: sample.cases.map((c) => ({
          dossierId: c.caseId,
          clientNaam: c.clientName,
          geslotenDatum: c.closedOn,
          regie: c.selfDirection ?? null,
          methode: c.method,
          methodeOmschrijving: EVALUATION_METHOD_LABELS[c.method],
        })),
      };
    },
  );
}
