import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { STAGES } from '../../domain/monitor/questionnaire.ts';
import { roundChanges, ROUND_STATUSES } from '../../services/monitor/changes.ts';
import { monthlyTrend } from '../../services/monitor/monthly.ts';
import { roundParam, RoundSchema, roundResponse } from './schemas.ts';

const tags = ['Monitor'];
const totals = { access: { permission: 'monitor:totalen' as const } };
const Status = z.enum(ROUND_STATUSES as [string, ...string[]]).describe('De fase van het ingediende antwoord, of geen_antwoord');

const ChangesSchema = z
  .object({
    ronde: RoundSchema,
    vorigeRonde: RoundSchema.nullable().describe('De ronde met de laatste peildatum vóór deze; null bij de eerste ronde'),
    aantalGemeenten: z.number().int(),
    perStatus: z.array(z.object({ status: Status, nu: z.number().int(), vorige: z.number().int() })),
    veranderd: z.array(z.object({ gemeente: z.object({ code: z.string(), naam: z.string() }), vorige: Status, nu: Status })),
  })
  .meta({ id: 'RondeVeranderingen' });

/** What changed since the previous round, and the monthly trend (issue 20 §2 and §5). */
export async function changeRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/veranderingen`,
    {
      config: totals,
      schema: {
        tags,
        operationId: 'getRondeVeranderingen',
        summary: 'Wat veranderde sinds de vorige ronde: aantallen per fase nu en toen, en de gemeenten waarvan de fase veranderde',
        params: z.object({ rondeId: roundParam }),
        response: { 200: ChangesSchema },
      },
    },
    async (request) => {
      const c = await roundChanges(app.db, request.params.rondeId);
      return {
        ronde: roundResponse(c.round),
        vorigeRonde: c.previous ? roundResponse(c.previous) : null,
        aantalGemeenten: c.municipalities,
        perStatus: c.counts.map((s) => ({ status: s.status, nu: s.now, vorige: s.before })),
        veranderd: c.changed.map((m) => ({ gemeente: { code: m.code, naam: m.name }, vorige: m.before, nu: m.now })),
      };
    },
  );

  app.get(
    `${API_PREFIX}/monitor/trend/maanden`,
    {
      config: totals,
      schema: {
        tags,
        operationId: 'getMonitorTrendPerMaand',
        summary: 'Verloop per maand: de huidige antwoorden van elke ronde in de maand (Nederlandse tijd) waarin ze zijn gegeven',
        response: {
          200: z.array(
            z
              .object({
                maand: z.string().describe('Kalendermaand, bijvoorbeeld 2014-11'),
                rondeId: z.string(),
                antwoorden: z.number().int(),
                perFase: z.object(Object.fromEntries(STAGES.map((s) => [s, z.number().int()])) as Record<(typeof STAGES)[number], z.ZodNumber>),
              })
              .meta({ id: 'TrendMaand' }),
          ),
        },
      },
    },
    async () =>
      (await monthlyTrend(app.db)).map((p) => ({
        maand: p.month,
        rondeId: p.roundId,
        antwoorden: p.answers,
        perFase: Object.fromEntries(STAGES.map((s) => [s, p.byStage[s] ?? 0])) as Record<(typeof STAGES)[number], number>,
      })),
  );
}
