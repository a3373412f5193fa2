import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { ProblemError } from '../problem.ts';
import {
  importPlannedSpending,
  listPlannedSpending,
  municipalityLookup,
  parseSpendingFile,
  savePlannedSpending,
} from '../../services/budget/spending.ts';
import { createOnly, versionFromIfMatch } from '../conditional.ts';
import { mayActFor } from '../plugins/auth.ts';
import { SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD } from '../tabular.ts';
import { ConflictError, ForbiddenError, NotFoundError } from '../../domain/errors.ts';

const tags = ['Budget'];
const spendingYear = z.coerce.number().int().min(2000).max(2100);

const Spending = z
  .object({
    gemeenteCode: z.string(),
    bedragCent: z.number().int().min(0).describe('Bedrag dat de gemeente bij MEE gaat besteden, in eurocent'),
    toelichting: z.string().nullable(),
    versie: z.number().int(),
  })
  .meta({ id: 'Besteding' });

const etagOf = (version: number) => `"${version}"`;

/** If-Match: "3" → 3; If-None-Match: * → null (create only); neither → undefined (last write wins). */
function expectedVersion(ifMatch: string | undefined, ifNoneMatch: string | undefined): number | null | undefined {
  return createOnly(ifNoneMatch) ? null : versionFromIfMatch(ifMatch);
}

export async function spendingRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/budget/bestedingen`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listBestedingen',
        summary: 'Per gemeente het bedrag dat zij in een jaar bij MEE gaat besteden',
        querystring: z.object({ bestedingsjaar: spendingYear.default(2015) }),
        response: { 200: z.array(Spending) },
      },
    },
    async (request) =>
      (await listPlannedSpending(app.db, request.query.bestedingsjaar)).map((s) => ({
        gemeenteCode: s.municipalityCode,
        bedragCent: Number(s.amountCents),
        toelichting: s.note,
        versie: s.version,
      })),
  );

  app.put(
    `${API_PREFIX}/budget/bestedingen/:bestedingsjaar/:gemeenteCode`,
    {
      config: {
        access: { permission: 'budget:besteding-schrijven' },
        scope: (request) => ({ kind: 'municipality', code: (request.params as { gemeenteCode: string }).gemeenteCode }),
      },
      schema: {
        tags,
        operationId: 'putBesteding',
        summary: 'Bedrag van één gemeente vastleggen; stuur If-Match met de versie om gelijktijdige wijzigingen te zien',
        params: z.object({ bestedingsjaar: spendingYear, gemeenteCode: z.string().max(100) }),
        headers: z.object({ 'if-match': z.string().optional(), 'if-none-match': z.string().optional() }),
        body: z.object({ bedragCent: z.number().int().min(0).max(1e13), toelichting: z.string().max(2000).nullable().default(null) }),
        response: { 200: Spending },
      },
    },
    async (request, reply) => {
      const { bestedingsjaar, gemeenteCode } = request.params;
      const find = await municipalityLookup(app.db);
      if (find(gemeenteCode) !== gemeenteCode) throw new NotFoundError(`Gemeente "${gemeenteCode}" bestaat niet.`);
      const expected = expectedVersion(request.headers['if-match'], request.headers['if-none-match']);
      const result = await savePlannedSpending(
        app.db,
        bestedingsjaar,
        { municipalityCode: gemeenteCode, amountCents: request.body.bedragCent, note: request.body.toelichting },
        expected,
      );
      if (!result.ok) {
        throw new ConflictError('Iemand anders heeft dit bedrag intussen gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.', { reason: 'stale', details: {
          huidigeVersie: result.currentVersion,
        } });
      }
      reply.header('ETag', etagOf(result.version));
      return { gemeenteCode, bedragCent: request.body.bedragCent, toelichting: request.body.toelichting, versie: result.version };
    },
  );

  app.post(
    `${API_PREFIX}/budget/bestedingen/:bestedingsjaar/import`,
    {
      config: { access: { permission: 'budget:besteding-schrijven' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importBestedingen',
        summary: 'Bestand (CSV met ; of , of XLSX) met kolommen gemeente;bedrag_eur[;toelichting] inlezen: alles of niets',
        description: 'Stuur het bestand als body met Content-Type text/csv of het XLSX-type. Bij één fout wordt niets opgeslagen; elke fout staat met rij en kolom in invalidParams.',
        params: z.object({ bestedingsjaar: spendingYear }),
        response: { 200: z.object({ aantal: z.number().int().describe('Aantal ingelezen gemeenten') }).meta({ id: 'ImportResultaat' }) },
      },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new ProblemError(415, 'Stuur een CSV- of XLSX-bestand als body (Content-Type text/csv of application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).');
      }
      const rows = await parseSpendingFile(body, '', await municipalityLookup(app.db));
      // Each row must concern a municipality the caller may act for; otherwise nothing is saved.
      const outside: string[] = [];
      for (const row of rows) if (!(await mayActFor(app, request, 'budget:besteding-schrijven', row.municipalityCode))) outside.push(row.municipalityCode);
      if (outside.length) {
        throw new ForbiddenError(`U mag geen bedragen vastleggen voor: ${outside.join(', ')}. Er is niets opgeslagen.`);
      }
      return { aantal: await importPlannedSpending(app.db, request.params.bestedingsjaar, rows) };
    },
  );
}
