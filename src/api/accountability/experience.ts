import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { mayActFor } from '../plugins/auth.ts';
import { formatQuery, sendDownload } from '../tabular.ts';
import { LIKERT_ITEMS, LIKERT_KEYS } from '../../domain/accountability/index.ts';
import { experienceExport, experienceResults, recordInvitation, recordResponse } from '../../services/accountability/experience.ts';
import { municipalityCodesOf, notFound, providerCodesOf, tags } from './common.ts';

const review = { permission: 'verantwoording:beoordelen' as const };
const likert = z.number().int().min(1).max(5);

const ResultSchema = z
  .object({
    aanbiederCode: z.string(),
    uitgenodigd: z.number().int(),
    respons: z.number().int(),
    responsPercentage: z.number().nullable(),
    vragen: z.array(
      z.object({
        sleutel: z.string(),
        vraag: z.string(),
        beantwoord: z.number().int(),
        verdeling: z.array(z.number().int()).describe('Aantal per score 1 tot en met 5'),
        gemiddelde: z.number().nullable(),
        percentageEens: z.number().nullable(),
      }),
    ),
    toelichtingen: z.array(z.string()),
  })
  .meta({ id: 'ClientervaringResultaat' });

/** Client experience: invitations (e.g. an evaluation sample), anonymous answers, results and the export. */
export async function experienceRoutes(app: AppInstance): Promise<void> {
  const scope = z.object({ gemeenteCode: z.string().max(100), aanbiederCode: z.string().max(100) });
  const own = async (request: Parameters<typeof mayActFor>[1], code: string) => {
    if (!(await mayActFor(app, request, 'verantwoording:beoordelen', code))) throw notFound();
  };

  app.post(
    `${API_PREFIX}/verantwoording/clientervaring/uitnodigingen`,
    {
      config: { access: review },
      schema: {
        tags,
        operationId: 'addClientervaringUitnodiging',
        summary: 'Vastleggen hoeveel cliënten de vragenlijst kregen: een aantal, of de dossiers van een evaluatiesteekproef',
        body: scope.extend({ verstuurdDatum: isoDate, aantal: z.number().int().min(0).optional(), steekproefId: z.string().max(64).optional() }),
        response: { 201: z.object({ id: z.string(), uitgenodigd: z.number().int() }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      await own(request, b.gemeenteCode);
      const result = await recordInvitation(app.db, { municipalityCode: b.gemeenteCode, providerCode: b.aanbiederCode, sentOn: b.verstuurdDatum, invited: b.aantal, sampleId: b.steekproefId });
      reply.code(201);
      return { id: result.id, uitgenodigd: result.invited };
    },
  );

  app.post(
    `${API_PREFIX}/verantwoording/clientervaring/antwoorden`,
    {
      config: { access: review },
      schema: {
        tags,
        operationId: 'addClientervaringAntwoord',
        summary: `Eén ingevulde vragenlijst vastleggen (anoniem; scores 1–5 op: ${LIKERT_KEYS.join(', ')})`,
        body: scope.extend({
          antwoordDatum: isoDate,
          antwoorden: z.object(Object.fromEntries(LIKERT_KEYS.map((k) => [k, likert.optional()]))).strict(),
          toelichting: z.string().max(4000).default(''),
          kanaal: z.enum(['formulier', 'huisbezoek', 'vertrouwenspersoon', 'import']).default('formulier'),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      await own(request, b.gemeenteCode);
      const result = await recordResponse(app.db, {
        municipalityCode: b.gemeenteCode,
        providerCode: b.aanbiederCode,
        respondedOn: b.antwoordDatum,
        answers: b.antwoorden as Record<string, number>,
        freeText: b.toelichting,
        channel: b.kanaal,
      });
      reply.code(201);
      return result;
    },
  );

  app.get(
    `${API_PREFIX}/verantwoording/clientervaring`,
    {
      config: { access: { permission: 'verantwoording:lezen' } },
      schema: {
        tags,
        operationId: 'getClientervaring',
        summary: 'Cliëntervaring per aanbieder en periode met responspercentage; als CSV/XLSX één regel per vragenlijst (voor het Wmo-cliëntervaringsonderzoek)',
        querystring: z.object({ vanafDatum: isoDate, totEnMetDatum: isoDate, gemeenteCode: z.string().max(100).optional(), ...formatQuery }),
        response: { 200: z.object({ vragen: z.array(z.object({ sleutel: z.string(), vraag: z.string() })), resultaten: z.array(ResultSchema) }) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      // A municipality sees all its providers; a provider only itself, in every municipality it serves.
      const municipalities = municipalityCodesOf(request, 'verantwoording:lezen');
      const providers = providerCodesOf(request, 'verantwoording:lezen');
      if (q.gemeenteCode && municipalities.length && !municipalities.includes(q.gemeenteCode)) throw notFound();
      const period = { from: q.vanafDatum, to: q.totEnMetDatum };
      const resolved = municipalities.length
        ? [{ municipalityCodes: q.gemeenteCode ? [q.gemeenteCode] : municipalities, ...period }]
        : providers.map((p) => ({ municipalityCodes: q.gemeenteCode ? [q.gemeenteCode] : null, providerCode: p, ...period }));
      if (q.formaat !== 'json') {
        const parts = await Promise.all(resolved.map((s) => experienceExport(app.db, s)));
        return sendDownload(reply, q.formaat, { fileName: `clientervaring-${q.vanafDatum}-${q.totEnMetDatum}`, header: parts[0]?.header ?? [], rows: parts.flatMap((p) => p.rows) });
      }
      const results = (await Promise.all(resolved.map((s) => experienceResults(app.db, s)))).flat();
      return {
        vragen: LIKERT_ITEMS.map((i) => ({ sleutel: i.key, vraag: i.label })),
        resultaten: results.map((r) => ({
          aanbiederCode: r.providerCode,
          uitgenodigd: r.invited,
          respons: r.responses,
          responsPercentage: r.responseRate,
          vragen: r.items.map((i) => ({ sleutel: i.key, vraag: i.label, beantwoord: i.answered, verdeling: [...i.distribution], gemiddelde: i.mean, percentageEens: i.agreePercent })),
          toelichtingen: r.freeTexts,
        })),
      };
    },
  );
}

