import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { sendDownload } from '../tabular.ts';
import { roundSummary } from '../../services/monitor/summary.ts';
import { REQUIREMENT_IDS, STAGES, STAGE_LABELS } from '../../domain/monitor/questionnaire.ts';
import { percent, type GroupSummary, type RoundSummary } from '../../domain/monitor/summary.ts';
import type { Download } from '../tabular.ts';
import { roundParam } from './schemas.ts';

const TABLES = ['fasen', 'eisen', 'jeugdregios', 'mee-organisaties'] as const;
type TableName = (typeof TABLES)[number];

const groupTable = (groups: GroupSummary[], label: string): Pick<Download, 'header' | 'rows'> => ({
  header: [label, 'gemeenten', 'geantwoord', ...STAGES],
  rows: groups.map((g) => [g.name, g.municipalities, g.responded, ...STAGES.map((s) => g.byStage[s])]),
});

function table(summary: RoundSummary, name: TableName): Pick<Download, 'header' | 'rows'> {
  switch (name) {
    case 'fasen': {
      // Non-response is its own row, never part of "geen"; every percentage with its denominator (issue 21 §2).
      const n = summary.municipalities;
      return {
        header: ['fase', 'omschrijving', 'gemeenten', 'van_gemeenten', 'percentage'],
        rows: [
          ...STAGES.map((s) => [s, STAGE_LABELS[s], summary.byStage[s], n, percent(summary.byStage[s], n)]),
          ['niet_geantwoord', 'Niet geantwoord (onbekend)', summary.nonResponse, n, percent(summary.nonResponse, n)],
        ],
      };
    }
    case 'eisen':
      return { header: ['eis', 'ja', 'gedeeltelijk', 'nee'], rows: REQUIREMENT_IDS.map((id) => [id, summary.byRequirement[id].ja, summary.byRequirement[id].gedeeltelijk, summary.byRequirement[id].nee]) };
    case 'jeugdregios':
      return groupTable(summary.perYouthRegion, 'jeugdregio');
    case 'mee-organisaties':
      return groupTable(summary.perMeeOrganisation, 'mee_organisatie');
  }
}

/** Every table of the national summary as a CSV (Dutch Excel dialect) or XLSX download. */
export async function summaryTableRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/tabellen/:tabel`,
    {
      config: { access: { permission: 'monitor:totalen' } },
      schema: {
        tags: ['Monitor'],
        operationId: 'getRondeTabel',
        summary: 'Een tabel uit de samenvatting (fasen, eisen, jeugdregios, mee-organisaties) als download',
        params: z.object({ rondeId: roundParam, tabel: z.enum(TABLES) }),
        querystring: z.object({ formaat: z.enum(['csv', 'xlsx']).default('csv') }),
        response: { 200: z.string().describe('CSV of XLSX') },
      },
    },
    async (request, reply) => {
      const { summary } = await roundSummary(app.db, request.params.rondeId);
      return sendDownload(reply, request.query.formaat, { fileName: `${request.params.tabel}-${request.params.rondeId}`, ...table(summary, request.params.tabel) });
    },
  );
}
