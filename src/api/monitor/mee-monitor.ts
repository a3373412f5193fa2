import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { formatQuery, sendDownload, SPREADSHEET_BODY_LIMIT, SPREADSHEET_UPLOAD, spreadsheetBody } from '../tabular.ts';
import { requireRound } from '../../services/monitor/rounds.ts';
import { compareWithMeeMonitor, importMeeMonitor } from '../../services/monitor/mee-monitor.ts';
import { STAGE_LABELS, STAGES } from '../../domain/monitor/questionnaire.ts';
import { importScope } from '../import-scope.ts';
import { roundParam, RoundSchema, roundResponse } from './schemas.ts';

const tags = ['Monitor'];
const KINDS = ['gelijk', 'verschil', 'alleen_tvs', 'alleen_mee', 'geen_van_beide'] as const;
/** Where the two sources disagree, or only one of them knows the stage. */
const DIFFERENCES = new Set<string>(['verschil', 'alleen_tvs', 'alleen_mee']);

const ComparisonRowSchema = z
  .object({
    gemeente: z.object({ code: z.string(), naam: z.string() }),
    transitiemonitor: z.enum(STAGES).nullable().describe('Fase volgens het nieuwste ingediende antwoord van de gemeente'),
    meeMonitor: z.enum(STAGES).nullable().describe('Fase volgens de MEE-monitor'),
    meeMonitorDatum: z.iso.date().nullable().describe('Datum van de melding in de MEE-monitor, als bekend'),
    stappenVerschil: z.number().int().nullable().describe('Positief: de MEE-monitor ziet de gemeente verder dan haar eigen antwoord'),
    soort: z.enum(KINDS),
  })
  .meta({ id: 'VergelijkingGemeente' });

export async function meeMonitorRoutes(app: AppInstance): Promise<void> {
  app.post(
    `${API_PREFIX}/monitor/rondes/:rondeId/mee-monitor/import`,
    {
      config: { access: { permission: 'monitor:importeren' }, upload: SPREADSHEET_UPLOAD },
      bodyLimit: SPREADSHEET_BODY_LIMIT,
      schema: {
        tags,
        operationId: 'importMeeMonitor',
        summary: 'De MEE-monitor (tweede bron) inlezen: CSV of XLSX met gemeente;fase;datum; alles of niets; vervangt de vorige stand van de ronde voor de gemeenten waarvoor u mag inlezen (landelijk: de hele ronde)',
        params: z.object({ rondeId: roundParam }),
        response: { 200: z.object({ aantal: z.number().int() }).meta({ id: 'MeeMonitorImportResultaat' }) },
      },
    },
    async (request) => {
      const body = spreadsheetBody(request.body);
      const round = await requireRound(app.db, request.params.rondeId);
      return { aantal: await importMeeMonitor(app.db, round, body, '', importScope(app, request, 'monitor:importeren')) };
    },
  );

  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/vergelijking`,
    {
      config: { access: { permission: 'monitor:totalen' } },
      schema: {
        tags,
        operationId: 'getVergelijkingMeeMonitor',
        summary: 'Transitiemonitor naast de MEE-monitor: per gemeente beide fasen, met aantallen per soort; ook als download',
        params: z.object({ rondeId: roundParam }),
        querystring: z.object({
          alleenVerschillen: z.enum(['true', 'false']).default('false').describe('true: alleen gemeenten waar de bronnen verschillen of maar één bron iets weet'),
          ...formatQuery,
        }),
        response: {
          200: z
            .object({
              ronde: RoundSchema,
              meeMonitorIngelezen: z.boolean().describe('false: voor deze ronde is nog geen MEE-monitor ingelezen'),
              aantallen: z.object({ gelijk: z.number().int(), verschil: z.number().int(), alleenTvs: z.number().int(), alleenMee: z.number().int(), geenVanBeide: z.number().int() }),
              gemeenten: z.array(ComparisonRowSchema),
            })
            .meta({ id: 'VergelijkingMeeMonitor' }),
        },
      },
    },
    async (request, reply) => {
      const comparison = await compareWithMeeMonitor(app.db, request.params.rondeId);
      const rows = request.query.alleenVerschillen === 'true' ? comparison.rows.filter((r) => DIFFERENCES.has(r.kind)) : comparison.rows;
      if (request.query.formaat !== 'json') {
        const label = (s: (typeof STAGES)[number] | null) => (s ? STAGE_LABELS[s] : '');
        return sendDownload(reply, request.query.formaat, {
          fileName: `vergelijking-mee-monitor-${comparison.round.id}`,
          header: ['gemeente', 'transitiemonitor', 'mee_monitor', 'mee_monitor_datum', 'verschil_stappen', 'soort'],
          rows: rows.map((r) => [r.name, label(r.transitionMonitor), label(r.meeMonitor), r.meeReportedOn, r.stepsApart, r.kind]),
        });
      }
      const c = comparison.counts;
      return {
        ronde: roundResponse(comparison.round),
        meeMonitorIngelezen: comparison.meeImported,
        aantallen: { gelijk: c.gelijk, verschil: c.verschil, alleenTvs: c.alleen_tvs, alleenMee: c.alleen_mee, geenVanBeide: c.geen_van_beide },
        gemeenten: rows.map((r) => ({
          gemeente: { code: r.municipalityCode, naam: r.name },
          transitiemonitor: r.transitionMonitor,
          meeMonitor: r.meeMonitor,
          meeMonitorDatum: r.meeReportedOn,
          stappenVerschil: r.stepsApart,
          soort: r.kind,
        })),
      };
    },
  );
}
