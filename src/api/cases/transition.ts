import { z } from 'zod';
import { isoDate } from '../dates.ts';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { mayActFor } from '../plugins/auth.ts';
import { ROLE_DEFINITIONS } from '../../domain/access/index.ts';
import { AVERAGE_DURATION_MONTHS, TRANSITION_DATE } from '../../domain/cases/index.ts';
import { importMeeCases, MEE_COLUMNS, MEE_KIND_COLUMN, parseMeeFile } from '../../services/cases/mee-import.ts';
import { continuity, meeMunicipalities, type SuppressedCounts } from '../../services/cases/mee-continuity.ts';
import { read, tags, today, userIdOf } from './common.ts';
import { auditRequest, changeWithAudit } from '../audit.ts';
import { clientSubjects } from '../../services/audit/pseudonym.ts';
import { SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';

const count = z.number().int().nullable().describe('Leeg (null) als het aantal onder de 5 ligt en u regionaal of landelijk kijkt');
const CountsSchema = z
  .object({ totaal: count, bijMee: count, afgerond: count, overgedragen: count, overTijd: count.describe('Nog bij MEE terwijl de verwachte einddatum (start + 4 maanden) voorbij is') })
  .meta({ id: 'ContinuiteitAantallen' });
const counts = (c: SuppressedCounts) => ({ totaal: c.total, bijMee: c.stillWithMee, afgerond: c.completed, overgedragen: c.transferred, overTijd: c.overdue });

const ContinuitySchema = z
  .object({
    peildatum: z.iso.date(),
    overgangsdatum: z.iso.date(),
    gemiddeldeDoorlooptijdMaanden: z.number().int(),
    onderdrukt: z.boolean().describe('Kleine aantallen (< 5) zijn weggelaten'),
    totaal: CountsSchema,
    perMeeOrganisatie: z.array(CountsSchema.extend({ meeOrganisatie: z.string() })),
    perGemeente: z.array(CountsSchema.extend({ gemeenteCode: z.string() })),
    nietLopendOpOvergangsdatum: count,
  })
  .meta({ id: 'MeeContinuiteit' });

const activity = { activity: 'dossier', purpose: 'continuïteit van lopende MEE-trajecten (§4.3)' } as const;

export async function transitionRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/dossiers/mee-overdracht/import`,
    {
      config: { access: { permission: 'dossiers:importeren' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importMeeOverdracht',
        summary: `Lopende MEE-trajecten op de overgangsdatum inlezen (CSV of XLSX: ${MEE_COLUMNS.join(';')}[;${MEE_KIND_COLUMN}]); alles of niets`,
        description:
          'Elke regel wordt een dossier van de gemeente met de MEE-ondersteuner als cliëntondersteuner (die het traject afmaakt, gemiddeld vier maanden) en de vraag bij "vragen verhelderen". Alleen gemeenten waarvoor u mag importeren.',
        response: { 201: z.object({ aantal: z.number().int(), dossierIds: z.array(z.string()) }).meta({ id: 'MeeImportResultaat' }) },
      },
    },
    async (request, reply) => {
      const body = spreadsheetBody(request.body);
      const rows = await parseMeeFile(app.db, body, (code) => mayActFor(app, request, 'dossiers:importeren', code)).catch(async (err) => {
        await auditRequest(app, request, { ...activity, dataSubject: null, action: 'schrijven', outcome: 'geweigerd' });
        throw err;
      });
      // The cases and their audit rows commit together: an import is never stored without its log.
      const ids = await changeWithAudit(
        app,
        request,
        (db) => importMeeCases(db, rows, userIdOf(request)),
        async (created, db) => {
          const subjects = await clientSubjects(db, created);
          return created.map((id) => ({ ...activity, ...subjects.get(id)!, action: 'schrijven' as const, outcome: 'toegestaan' as const }));
        },
      );
      reply.code(201);
      return { aantal: ids.length, dossierIds: ids };
    },
  );

  app.get(
    `${API_PREFIX}/dossiers/mee-overdracht/continuiteit`,
    {
      config: { access: read },
      schema: {
        tags,
        operationId: 'getMeeContinuiteit',
        summary: 'Continuïteit van de lopende MEE-trajecten op een peildatum: nog bij MEE, afgerond, overgedragen (eigen gemeenten)',
        querystring: z.object({ peildatum: isoDate.optional().describe('Standaard: vandaag') }),
        response: { 200: ContinuitySchema },
      },
    },
    async (request) => {
      const codes: string[] = [];
      for (const code of await meeMunicipalities(app.db)) if (await mayActFor(app, request, 'dossiers:lezen', code)) codes.push(code);
      // Regional and national grants see aggregates only: small counts could point to a person.
      const suppress = (request.principal?.grants ?? []).some((g) => g.organisation.kind !== 'gemeente' && ROLE_DEFINITIONS[g.role].permissions.includes('dossiers:lezen'));
      const r = await continuity(app.db, codes, request.query.peildatum ?? today(), suppress);
      return {
        peildatum: r.asOf,
        overgangsdatum: TRANSITION_DATE,
        gemiddeldeDoorlooptijdMaanden: AVERAGE_DURATION_MONTHS,
        onderdrukt: r.suppressed,
        totaal: counts(r.totals),
        perMeeOrganisatie: Object.entries(r.byMeeOrganisation).map(([meeOrganisatie, c]) => ({ meeOrganisatie, ...counts(c) })),
        perGemeente: Object.entries(r.byMunicipality).map(([gemeenteCode, c]) => ({ gemeenteCode, ...counts(c) })),
        nietLopendOpOvergangsdatum: r.notRunningOnTransition,
      };
    },
  );
}
