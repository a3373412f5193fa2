import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { pageQuery, paginate } from '../pagination.ts';
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
          'Werkvoorraad: mijn dossiers, dossiers zonder ondersteuner, dossiers met een (bijna) verlopen termijn, of alle open dossiers; eventueel alleen met een vraag in één stap',
        querystring: z.object({
          soort: z.enum(WORK_LISTS).default('mijn'),
          stap: z.enum(STEPS).optional(),
          binnenDagen: z.coerce.number().int().min(0).max(365).default(WARNING_DAYS).describe('Bij termijnen: eindigt binnen zoveel dagen (verlopen termijnen staan er ook in)'),
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
        step: q.stap,
        today: q.peildatum ?? today(),
        withinDays: q.binnenDagen,
      });
      const page = paginate(request, reply, list, q.pagina, q.paginaGrootte);
      await auditList(app, request, page.map((s) => s.id));
      return page.map(summaryResponse);
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
      );
      const page = paginate(request, reply, found, request.query.pagina, request.query.paginaGrootte);
      await auditList(app, request, page.map((s) => s.id));
      return page.map(summaryResponse);
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
