import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { COUNTED_MEASURES, MEASURES, SOURCE_LABELS, STATEMENT_SOURCES, figuresSentences, statementSentence, type SourceFigures, type Statement } from '../../domain/monitor/statements.ts';
import { listStatements, roundSources } from '../../services/monitor/sources.ts';
import { roundParam, RoundSchema, roundResponse, ShareSchema, shareResponse } from './schemas.ts';

const tags = ['Monitor'];

const StatementSchema = z
  .object({
    id: z.string(),
    bron: z.enum(STATEMENT_SOURCES),
    bronNaam: z.string(),
    peildatum: z.iso.date().nullable().describe('De datum waarover de uitspraak gaat, als de bron die noemt'),
    peildatumTekst: z.string().describe('De datum zoals de bron die noemt, of waarom er geen is'),
    gemeldOp: z.iso.date().describe('De datum van het document met de uitspraak'),
    rondeId: z.string().nullable(),
    maat: z.enum(MEASURES),
    kwantor: z.string().nullable().describe('Woorden in plaats van een cijfer, zoals de bron ze gebruikt ("nagenoeg alle")'),
    percentage: z.number().int().nullable(),
    teller: z.number().int().nullable().describe('Alleen als de bron het aantal noemt'),
    noemer: z.number().int().nullable().describe('Alleen als de bron het totaal noemt'),
    citaat: z.string(),
    vindplaats: z.string().describe('Het brondocument en de plaats daarin'),
    toelichting: z.string(),
    zin: z.string().describe('De uitspraak in één zin, met bron en datum'),
  })
  .meta({ id: 'MonitorUitspraak' });

const statementResponse = (s: Statement) => ({
  id: s.id,
  bron: s.source,
  bronNaam: SOURCE_LABELS[s.source],
  peildatum: s.referenceDate,
  peildatumTekst: s.referenceDateText,
  gemeldOp: s.publishedOn,
  rondeId: s.roundId,
  maat: s.measure,
  kwantor: s.quantifier,
  percentage: s.percent,
  teller: s.numerator,
  noemer: s.denominator,
  citaat: s.quote,
  vindplaats: s.citation,
  toelichting: s.note,
  zin: statementSentence(s),
});

const FiguresSchema = z
  .object({
    bron: z.enum(['tvs', 'mee_monitor']),
    bronNaam: z.string(),
    basis: z.string(),
    peildatum: z.iso.date(),
    maten: z.object(Object.fromEntries(COUNTED_MEASURES.map((m) => [m, ShareSchema])) as Record<(typeof COUNTED_MEASURES)[number], typeof ShareSchema>),
    onbekend: ShareSchema.describe('Gemeenten waarover deze bron niets zegt (geen antwoord, niet in de MEE-monitor): telt niet als geen afspraken'),
    zinnen: z.array(z.string()),
  })
  .meta({ id: 'BronCijfers' });

const figuresResponse = (f: SourceFigures) => ({
  bron: f.source,
  bronNaam: SOURCE_LABELS[f.source],
  basis: f.basis,
  peildatum: f.referenceDate,
  maten: Object.fromEntries(COUNTED_MEASURES.map((m) => [m, shareResponse(f.measures[m])])) as Record<(typeof COUNTED_MEASURES)[number], ReturnType<typeof shareResponse>>,
  onbekend: shareResponse(f.unknown),
  zinnen: figuresSentences(f),
});

/** What the minister said, per source and date (seeds/000_6cdda7e4ab47aefe.txt), and both sources of a round side by side. */
export async function sourceRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${API_PREFIX}/monitor/uitspraken`,
    {
      // Statements from a public letter to parliament: public, like the questionnaire.
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'listMonitorUitspraken',
        summary: 'Uitspraken uit de brondocumenten over de transitie, per bron (TVS, monitor van MEE Nederland) en datum, met vindplaats',
        response: { 200: z.array(StatementSchema) },
      },
    },
    async () => (await listStatements(app.db)).map(statementResponse),
  );

  app.get(
    `${API_PREFIX}/monitor/rondes/:rondeId/bronnen`,
    {
      config: { access: { permission: 'monitor:totalen' as const } },
      schema: {
        tags,
        operationId: 'getRondeBronnen',
        summary: 'Beide bronnen van een ronde naast elkaar: het Transitievolgsysteem en de monitor van MEE Nederland, met de uitspraken uit de brondocumenten',
        params: z.object({ rondeId: roundParam }),
        response: {
          200: z
            .object({
              ronde: RoundSchema,
              transitievolgsysteem: FiguresSchema,
              meeMonitor: FiguresSchema.nullable().describe('null: voor deze ronde is de MEE-monitor niet ingelezen'),
              uitspraken: z.array(StatementSchema),
              zinnen: z.array(z.string()),
            })
            .meta({ id: 'RondeBronnen' }),
        },
      },
    },
    async (request) => {
      const r = await roundSources(app.db, request.params.rondeId);
      return {
        ronde: roundResponse(r.round),
        transitievolgsysteem: figuresResponse(r.tvs),
        meeMonitor: r.mee ? figuresResponse(r.mee) : null,
        uitspraken: r.statements.map(statementResponse),
        zinnen: r.sentences,
      };
    },
  );
}
