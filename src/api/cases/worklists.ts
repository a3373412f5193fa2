import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { pageQuery, setPageHeaders } from '../pagination.ts';
import { STEPS, type Bsn } from '../../domain/cases/index.ts';
import { parseBsn } from '../../services/cases/client.ts';
import { WARNING_DAYS } from '../../services/cases/objections.ts';
import { caseload, searchCases, WORK_LISTS, workList } from '../../services/cases/worklists.ts';
import { auditList, municipalitiesOf, read, tags, today, userIdOf } from './common.ts';
import { CaseloadSchema, caseloadResponse, SummarySchema, summaryResponse } from './record-schemas.ts';

/** Work lists, search and caseload span the municipalities the caller works for; nothing else is in scope. */
export async function worklistRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/dossiers/werkvoorraad`,
    {
      config: { access: read },
      schema: {
        tags,
        operationId: 'listWerkvoorraad',
        summary:
          'Werkvoorraad: mijn dossiers, dossiers zonder ondersteuner, dossiers met een (bijna) verlopen termijn, of alle open dossiers; het dringendste eerst (verlopen termijn, dan de eerstvolgende termijn, dan het langst geen contact)',
        description:
          'Filters zijn codes en getallen, nooit namen of een BSN: zo kan het adres gedeeld en herladen worden. Zoeken op naam of BSN gaat met POST /dossiers/zoeken.',
        querystring: z.object({
          soort: z.enum(WORK_LISTS).default('mijn'),
          gemeente: z.string().max(64).optional().describe('Alleen dossiers van deze gemeente (code)'),
          stap: z.enum(STEPS).optional().describe('Alleen dossiers met een open vraag in deze stap'),
          binnenDagen: z.coerce
            .number()
            .int()
            .min(0)
            .max(365)
            .optional()
            .describe(`Alleen dossiers waarvan de eerstvolgende termijn binnen zoveel dagen eindigt (verlopen termijnen staan er ook in). Bij termijnen standaard ${WARNING_DAYS}`),
          peildatum: isoDate.optional().describe('Standaard: vandaag'),
          ...pageQuery,
        }),
        response: { 200: z.array(SummarySchema) },
      },
    },
    async (request, reply) => {
      const q = request.query;
      const list = await workList(app.db, {
        municipalities: municipalitiesOf(request, 'dossiers:lezen'),
        kind: q.soort,
        userId: userIdOf(request),
        municipality: q.gemeente,
        step: q.stap,
        today: q.peildatum ?? today(),
        withinDays: q.binnenDagen ?? (q.soort === 'termijnen' ? WARNING_DAYS : undefined),
        paging: { page: q.pagina, pageSize: q.paginaGrootte },
      });
      setPageHeaders(request, reply, list.total, q.pagina, q.paginaGrootte);
      await auditList(app, request, list.items);
      return list.items.map(summaryResponse);
    },
  );

  app.post(
    `${API_PREFIX}/dossiers/zoeken`,
    {
      config: { access: read },
      schema: {
        tags,
        operationId: 'searchDossiers',
        summary: 'Dossiers zoeken op (een deel van) de naam, stap, ondersteuner of BSN. POST, zodat een BSN nooit in een URL of toegangslog staat.',
        querystring: z.object(pageQuery),
        body: z.object({
          naam: z.string().trim().max(200).optional().describe('Deel van de naam van de cliënt'),
          stap: z.enum(STEPS).optional(),
          ondersteunerId: z.string().max(64).optional(),
          bsn: z.string().max(20).optional().describe('Volledig BSN (elfproef); alleen hier, in de body'),
          alleenOpen: z.boolean().default(true),
        }),
        response: { 200: z.array(SummarySchema) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      let bsn: Bsn | null;
      try {
        bsn = parseBsn(b.bsn);
      } catch (err) {
        // A search refused for an invalid BSN is logged like every other attempt.
        await auditList(app, request, [], 'geweigerd');
        throw err;
      }
      const found = await searchCases(
        app.db,
        { municipalities: municipalitiesOf(request, 'dossiers:lezen'), name: b.naam, step: b.stap, supporterId: b.ondersteunerId, bsn, onlyOpen: b.alleenOpen },
        today(),
        { page: request.query.pagina, pageSize: request.query.paginaGrootte },
      );
      setPageHeaders(request, reply, found.total, request.query.pagina, request.query.paginaGrootte);
      await auditList(app, request, found.items);
      return found.items.map(summaryResponse);
    },
  );

  app.get(
    `${API_PREFIX}/dossiers/caseload`,
    {
      config: { access: read },
      schema: { tags, operationId: 'listCaseload', summary: 'Caseload per cliëntondersteuner: open dossiers, open vragen en geblokkeerde dossiers', response: { 200: z.array(CaseloadSchema) } },
    },
    async (request) => {
      const rows = await caseload(app.db, municipalitiesOf(request, 'dossiers:lezen'));
      // No client data, but it does show colleagues' workload: logged without a data subject.
      await auditList(app, request, []);
      return rows.map(caseloadResponse);
    },
  );
}
