import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import { mayActFor } from '../plugins/auth.ts';
import { ACTIVITY_COLUMNS } from '../../domain/activities/index.ts';
import { permitFor, providerCodesOf } from '../../domain/activities/permit.ts';
import { ImportTooLargeError, importActivities, MAX_IMPORT_BYTES, type ImportActivitiesResult } from '../../services/activities/import.ts';
import type { ActivitySummary, SummaryLine } from '../../services/activities/summary.ts';
import { activitySummary } from '../../services/activities/summary-cache.ts';
import { cachedBody, sendCachedBody, type CachedBody } from '../budget/cached-body.ts';
import { CSV_UPLOAD } from '../tabular.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { NotFoundError } from '../../domain/errors.ts';

const tags = ['Activiteiten'];

const ImportResultSchema = z
  .object({
    importId: z.string(),
    aanbiederCode: z.string(),
    bestandsnaam: z.string(),
    aantalRegels: z.number().int(),
    minuten: z.number().int(),
    alGeimporteerd: z.boolean().describe('Dit bestand (zelfde sha256) was al ingelezen: er is niets toegevoegd'),
    geimporteerdOp: z.string(),
  })
  .meta({ id: 'ActiviteitenImportResultaat' });

const LineSchema = z.object({ waarde: z.string().nullable().describe('Leeg (null): niet ingevuld'), minuten: z.number().int(), regels: z.number().int() }).meta({ id: 'ActiviteitenTelling' });
const SummarySchema = z
  .object({
    gemeenteCode: z.string(),
    van: z.iso.date(),
    tot: z.iso.date(),
    alleenAanbieders: z.array(z.string()).nullable().describe('Alleen de activiteiten van deze aanbieders (uw eigen organisatie); null: alle aanbieders'),
    totaal: z.object({ minuten: z.number().int(), regels: z.number().int() }),
    perDienst: z.array(LineSchema),
    perDoelgroep: z.array(LineSchema),
    perLeeftijdscategorie: z.array(LineSchema),
    perLevensdomein: z.array(LineSchema),
    perWijk: z.array(LineSchema),
  })
  .meta({ id: 'ActiviteitenSamenvatting' });

/**
 * The upload as a stream, behind a private field: hooks that walk `request.body` (the input guard)
 * see an object without own properties instead of the socket's whole object graph.
 */
class StreamedBody implements AsyncIterable<Buffer> {
  readonly #stream: AsyncIterable<Buffer>;
  constructor(stream: AsyncIterable<Buffer>) {
    this.#stream = stream;
  }
  [Symbol.asyncIterator](): AsyncIterator<Buffer> {
    const chunks = this.#stream[Symbol.asyncIterator]();
    return {
      next: () => chunks.next(),
      // An import that stops early (a bad row, a limit) must not destroy the request: the client is
      // still sending and would get a connection reset instead of the 400. The rest is read and thrown away.
      return: async () => {
        void discard(chunks);
        return { done: true, value: undefined };
      },
    };
  }
}

/** Reads what is left of an upload without keeping it, up to the upload limit (then the connection is closed). */
async function discard(chunks: AsyncIterator<Buffer>): Promise<void> {
  let bytes = 0;
  try {
    for (let r = await chunks.next(); !r.done; r = await chunks.next()) {
      bytes += r.value.length;
      if (bytes > MAX_IMPORT_BYTES) {
        await chunks.return?.();
        return;
      }
    }
  } catch {
    // the client went away: nothing left to read
  }
}

const lines = (l: SummaryLine[]) => l.map((x) => ({ waarde: x.value, minuten: x.minutes, regels: x.rows }));

/**
 * The response body per cached summary and provider filter (validated against the schema once, then
 * reused), with a strong ETag over its bytes: the summary is recomputed only when the activity data
 * changes (services/activities/summary-cache.ts), so a dashboard that sends If-None-Match gets 304
 * until then. Signed-in data: private, always revalidated.
 */
const summaryBodies = new WeakMap<ActivitySummary, { providers: string; body: CachedBody }>();
const PRIVATE_REVALIDATE = { 'cache-control': 'private, no-cache' };

function summaryBody(s: ActivitySummary, providerCodes: string[] | undefined): CachedBody {
  // The filter as the caller's grants list it: the same summary may be asked with another order.
  const providers = JSON.stringify(providerCodes ?? null);
  const kept = summaryBodies.get(s);
  if (kept?.providers === providers) return kept.body;
  const body = cachedBody(
    JSON.stringify(
      SummarySchema.parse({
        gemeenteCode: s.municipalityCode,
        van: s.from,
        tot: s.to,
        alleenAanbieders: providerCodes ?? null,
        totaal: { minuten: s.totals.minutes, regels: s.totals.rows },
        perDienst: lines(s.byService),
        perDoelgroep: lines(s.byTargetGroup),
        perLeeftijdscategorie: lines(s.byAgeCategory),
        perLevensdomein: lines(s.byLifeDomain),
        perWijk: lines(s.byDistrict),
      }),
    ),
    PRIVATE_REVALIDATE,
  );
  summaryBodies.set(s, { providers, body });
  return body;
}

export async function activityRoutes(app: AppInstance): Promise<void> {
  // The activity file is streamed to the import, never buffered: replace the (buffering) spreadsheet
  // parser inside this plugin only. The size limit is enforced while reading (ImportTooLargeError).
  app.removeContentTypeParser(['text/csv', 'application/octet-stream']);
  app.addContentTypeParser(['text/csv', 'application/octet-stream'], (_request, payload, done) => done(null, new StreamedBody(payload)));

  app.post(
    `${API_PREFIX}/activiteiten/import`,
    {
      config: { access: { permission: 'activiteiten:importeren' }, upload: CSV_UPLOAD },
      schema: {
        tags,
        operationId: 'importActiviteiten',
        summary: `Activiteitenregistratie van een aanbieder inlezen (CSV: ${ACTIVITY_COLUMNS.join(';')}); alles of niets`,
        description:
          'Stuur het CSV-bestand (puntkomma, UTF-8 met of zonder BOM) als body met Content-Type text/csv. Eén aanbieder per bestand; ' +
          'een aanbieder leest alleen de eigen activiteiten in. Bij fouten wordt niets opgeslagen en krijgt u elke foute rij met kolom ' +
          `(de eerste 100, en het totaal). Hetzelfde bestand nog eens inlezen voegt niets toe (alGeimporteerd). Hoogstens ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
        querystring: z.object({ bestandsnaam: z.string().max(200).optional().describe('Naam van het bestand, voor het overzicht van imports') }),
        response: { 200: ImportResultSchema, 201: ImportResultSchema },
      },
    },
    async (request, reply) => {
      const body = request.body as unknown;
      if (!(body instanceof StreamedBody)) {
        throw new ProblemError(415, 'Stuur een CSV-bestand als body (Content-Type text/csv).');
      }
      if (Number(request.headers['content-length'] ?? 0) > MAX_IMPORT_BYTES) throw new ImportTooLargeError(MAX_IMPORT_BYTES);
      let result: ImportActivitiesResult;
      try {
        result = await importActivities(app.db, {
          source: body,
          fileName: request.query.bestandsnaam ?? 'activiteiten.csv',
          userId: request.principal?.userId ?? null,
          // As data, not a function: the import worker thread builds the check from it (PGlite engine).
          access: { grants: request.principal?.grants ?? [], meeAreas: await meeAreasOf(app) },
        });
      } catch (err) {
        request.raw.resume(); // the rest of the upload is not read: let it drain so the answer arrives
        throw err;
      }
      reply.code(result.alreadyImported ? 200 : 201);
      return {
        importId: result.importId,
        aanbiederCode: result.providerCode,
        bestandsnaam: result.fileName,
        aantalRegels: result.rowCount,
        minuten: result.minutes,
        alGeimporteerd: result.alreadyImported,
        geimporteerdOp: result.importedAt,
      };
    },
  );

  app.get(
    `${API_PREFIX}/activiteiten/samenvatting`,
    {
      config: { access: { permission: 'activiteiten:lezen' } },
      schema: {
        tags,
        operationId: 'getActiviteitenSamenvatting',
        summary: 'Geleverde minuten en aantallen van één gemeente over een periode, per dienst, doelgroep, leeftijdscategorie, levensdomein en wijk',
        description:
          'Een aanbieder ziet alleen de eigen activiteiten; gemeente, jeugdregio en landelijk zien alle aanbieders van hun gemeenten. ' +
          'Met ETag: stuur If-None-Match om 304 te krijgen zolang er geen activiteiten zijn ingelezen of verwijderd.',
        querystring: z.object({
          gemeenteCode: z.string().max(64).describe('Code van de gemeente, bijvoorbeeld utrecht'),
          van: isoDate.describe('Eerste dag van de periode'),
          tot: isoDate.describe('Laatste dag van de periode (tot en met)'),
        }),
        response: { 200: SummarySchema },
      },
    },
    async (request, reply) => {
      const { gemeenteCode, van, tot } = request.query;
      if (van > tot) throw new ProblemError(400, 'De periode klopt niet: "van" ligt na "tot".', { invalidParams: [{ name: 'query.van', code: 'range', reason: 'Moet op of voor "tot" liggen.' }] });
      let providerCodes: string[] | undefined;
      if (!(await mayActFor(app, request, 'activiteiten:lezen', gemeenteCode))) {
        providerCodes = providerCodesOf(request.principal?.grants ?? [], 'activiteiten:lezen');
        if (providerCodes.length === 0) throw new NotFoundError('Niet gevonden.');
      }
      // A report: may be served by the read replica (issue 23 §5).
      // Reused while the activity data is unchanged (issue 23 goal 4).
      const s = await activitySummary(app.readDb, { municipalityCode: gemeenteCode, from: van, to: tot, providerCodes });
      return sendCachedBody(request, reply, summaryBody(s, providerCodes));
    },
  );
}

// permitFor moved to src/domain/activities/permit.ts (pure: the import worker builds it too); re-exported for callers.
export { permitFor };

/** The municipalities each MEE organisation serves, over the divisions Naast knows. */
async function meeAreasOf(app: AppInstance): Promise<Map<string, Set<string>>> {
  const areas = new Map<string, Set<string>>();
  for (const year of [2013, 2014]) {
    for (const m of await listMunicipalities(app.db, { divisionYear: year })) {
      if (!areas.has(m.meeCode)) areas.set(m.meeCode, new Set());
      areas.get(m.meeCode)!.add(m.code);
    }
  }
  return areas;
}

