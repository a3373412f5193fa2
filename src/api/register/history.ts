import { z } from 'zod';
import type { AppInstance } from '../types.ts';
import { API_PREFIX } from '../version.ts';
import { carryBudget, carryMonitor, divisionOn, municipalityHistory } from '../../services/register/division-history.ts';

/**
 * The register up to today (issue 21 §5): the division on 1 January of any year 2013–2026, a
 * code's history, and the 2014 budget and a monitor round carried to a later division, each row
 * saying how it was carried. Sources: data/reference/SOURCES.md §7.
 */
const tags = ['Register'];
const base = `${API_PREFIX}/register`;

const yearParam = z.coerce.number().int().min(1800).max(2100).describe('Indeling op 1 januari van dit jaar (2013 tot en met 2026)');
const targetYear = z.coerce.number().int().min(1800).max(2100).default(2026).describe('Indeling op 1 januari van dit jaar waarnaar de cijfers gaan');
const Named = z.object({ cbsCode: z.string(), naam: z.string() });

const Event = z
  .object({
    datum: z.iso.date().describe('Ingangsdatum: de dag na de laatste dag van de verdwijnende gemeente'),
    soort: z.enum(['samenvoeging', 'splitsing', 'naamswijziging']),
    van: Named,
    naar: Named,
    deel: z.boolean().describe('Alleen een deel van de verdwijnende gemeente ging naar deze opvolger (splitsing)'),
    bron: z.string(),
  })
  .meta({ id: 'Herindelingsgebeurtenis' });

const Version = z
  .object({
    cbsCode: z.string(),
    naam: z.string(),
    provincie: z.string(),
    geldigVanaf: z.iso.date().describe('Eerste dag; 1970-01-01 betekent: bestond al vóór 1970 (de bron begint daar)'),
    geldigTot: z.iso.date().nullable().describe('Laatste dag; null = bestaat nog'),
  })
  .meta({ id: 'GemeenteVersie' });

type EventRow = { effectiveDate: string; kind: 'samenvoeging' | 'splitsing' | 'naamswijziging'; fromCode: string; toCode: string; partial: boolean; source: string };
const event = (e: EventRow, fromName: string, toName: string) => ({
  datum: e.effectiveDate,
  soort: e.kind,
  van: { cbsCode: e.fromCode, naam: fromName },
  naar: { cbsCode: e.toCode, naam: toName },
  deel: e.partial,
  bron: e.source,
});

export async function registerHistoryRoutes(app: AppInstance): Promise<void> {
  app.get(
    `${base}/indelingen/:jaar`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getIndelingOpJaar',
        summary: 'De gemeentelijke indeling op 1 januari van een jaar (2013–2026), met de herindelingen die erin uitmonden',
        params: z.object({ jaar: yearParam }),
        response: {
          200: z
            .object({
              jaar: z.number().int(),
              peildatum: z.iso.date(),
              aantalGemeenten: z.number().int(),
              aantalVolgensCbs: z.number().int().describe('Het door CBS gepubliceerde aantal op die dag'),
              bronAantal: z.string(),
              jeugdregioToelichting: z.string(),
              gemeenten: z.array(Version.extend({ jeugdregio: z.object({ code: z.string(), naam: z.string() }).nullable() })),
              wijzigingen: z.array(Event),
            })
            .meta({ id: 'IndelingOpJaar' }),
        },
      },
    },
    async (request) => {
      const d = await divisionOn(app.db, request.params.jaar);
      return {
        jaar: d.year,
        peildatum: d.day,
        aantalGemeenten: d.count,
        aantalVolgensCbs: d.publishedCount,
        bronAantal: d.countSource,
        jeugdregioToelichting: d.youthRegionNote,
        gemeenten: d.members.map((m) => ({ cbsCode: m.cbsCode, naam: m.name, provincie: m.province, geldigVanaf: m.validFrom, geldigTot: m.validTo, jeugdregio: m.youthRegion && { code: m.youthRegion.code, naam: m.youthRegion.name } })),
        wijzigingen: d.changes.map((c) => event(c, c.fromName, c.toName)),
      };
    },
  );

  app.get(
    `${base}/gemeenten/:code/geschiedenis`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getGemeenteGeschiedenis',
        summary: 'Geschiedenis van een gemeentecode: geldigheid, voorgangers, opvolgers en waar het gebied nu ligt',
        params: z.object({ code: z.string().max(10).describe('CBS-gemeentecode, bijvoorbeeld GM0055 of 0055') }),
        response: {
          200: z
            .object({
              gemeente: Version.extend({ bron: z.string(), naastCode: z.string().nullable().describe('Code in de tabellen van 2013/2014, als die er is') }),
              voorgangers: z.array(Event),
              opvolgers: z.array(Event),
              nu: z.array(Named.extend({ via: z.array(z.string()).describe('CBS-codes waarlangs het gebied ging') })),
            })
            .meta({ id: 'GemeenteGeschiedenis' }),
        },
      },
    },
    async (request) => {
      const h = await municipalityHistory(app.db, request.params.code);
      const v = h.version;
      return {
        gemeente: { cbsCode: v.cbsCode, naam: v.name, provincie: v.province, geldigVanaf: v.validFrom, geldigTot: v.validTo, bron: v.source, naastCode: h.naastCode },
        voorgangers: h.predecessors.map((e) => event(e, e.name, v.name)),
        opvolgers: h.successors.map((e) => event(e, v.name, e.name)),
        nu: h.today.map((t) => ({ cbsCode: t.cbsCode, naam: t.name, via: t.via })),
      };
    },
  );

  const Part = z.object({ cbsCode: z.string(), naam: z.string(), geheel: z.boolean(), toelichting: z.string() });

  app.get(
    `${base}/doorrekening/budget`,
    {
      config: { access: { public: true } },
      schema: {
        tags,
        operationId: 'getBudgetDoorgerekend',
        summary: 'De gepubliceerde verdeling 2014 (Bijlage 5) doorgerekend naar de indeling van een later jaar',
        querystring: z.object({ naarJaar: targetYear }),
        response: {
          200: z
            .object({
              budgetjaar: z.number().int(),
              vanIndeling: z.number().int(),
              naarIndeling: z.number().int(),
              bron: z.string(),
              gemeenten: z.array(
                z.object({
                  cbsCode: z.string(),
                  naam: z.string(),
                  budgetMeeCent: z.number().int(),
                  budgetIvhCent: z.number().int(),
                  volledig: z.boolean().describe('Onwaar als een deel van een gesplitste gemeente niet te verdelen was'),
                  wijze: z.string().describe('Hoe de rij is doorgerekend: ongewijzigd, samengevoegd uit …, gesplitst: …'),
                  herkomst: z.array(Part.extend({ budgetMeeCent: z.number().int().nullable(), budgetIvhCent: z.number().int().nullable() })),
                }),
              ),
              nietTeVerdelen: z.array(
                Named.extend({ budgetMeeCent: z.number().int(), budgetIvhCent: z.number().int(), opvolgers: z.array(Named), reden: z.string() }),
              ),
              totalen: z.object({
                budgetMeeCent: z.number().int(),
                budgetIvhCent: z.number().int(),
                doorgerekendMeeCent: z.number().int(),
                doorgerekendIvhCent: z.number().int(),
              }),
            })
            .meta({ id: 'BudgetDoorgerekend' }),
        },
      },
    },
    async (request) => {
      const c = await carryBudget(app.db, request.query.naarJaar);
      return {
        budgetjaar: c.year,
        vanIndeling: c.fromDivision,
        naarIndeling: c.targetYear,
        bron: c.source,
        gemeenten: c.rows.map((r) => ({
          cbsCode: r.cbsCode,
          naam: r.name,
          budgetMeeCent: r.clientSupportCents,
          budgetIvhCent: r.ivhCents,
          volledig: r.complete,
          wijze: r.how,
          herkomst: r.parts.map((p) => ({ cbsCode: p.cbsCode, naam: p.name, geheel: p.whole, toelichting: p.note, budgetMeeCent: p.clientSupportCents, budgetIvhCent: p.ivhCents })),
        })),
        nietTeVerdelen: c.undistributed.map((u) => ({
          cbsCode: u.cbsCode,
          naam: u.name,
          budgetMeeCent: u.clientSupportCents,
          budgetIvhCent: u.ivhCents,
          opvolgers: u.successors.map((s) => ({ cbsCode: s.cbsCode, naam: s.name })),
          reden: u.reason,
        })),
        totalen: {
          budgetMeeCent: c.totals.clientSupportCents,
          budgetIvhCent: c.totals.ivhCents,
          doorgerekendMeeCent: c.totals.carriedClientSupportCents,
          doorgerekendIvhCent: c.totals.carriedIvhCents,
        },
      };
    },
  );

  app.get(
    `${base}/doorrekening/monitor/:rondeId`,
    {
      config: { access: { permission: 'monitor:totalen' } },
      schema: {
        tags,
        operationId: 'getMonitorDoorgerekend',
        summary: 'De stand van een monitorronde per gemeente, doorgerekend naar de indeling van een later jaar',
        params: z.object({ rondeId: z.string().max(40) }),
        querystring: z.object({ naarJaar: targetYear }),
        response: {
          200: z
            .object({
              ronde: z.object({ id: z.string(), naam: z.string() }),
              vanIndeling: z.number().int(),
              naarIndeling: z.number().int(),
              gemeenten: z.array(
                z.object({
                  cbsCode: z.string(),
                  naam: z.string(),
                  wijze: z.string(),
                  herkomst: z.array(z.object({ cbsCode: z.string(), naam: z.string(), geheel: z.boolean(), stand: z.string().describe('Fase uit de ingediende antwoorden, of "geen antwoord"') })),
                }),
              ),
            })
            .meta({ id: 'MonitorDoorgerekend' }),
        },
      },
    },
    async (request) => {
      const c = await carryMonitor(app.db, request.params.rondeId, request.query.naarJaar);
      return {
        ronde: { id: c.roundId, naam: c.roundName },
        vanIndeling: c.fromDivision,
        naarIndeling: c.targetYear,
        gemeenten: c.rows.map((r) => ({
          cbsCode: r.cbsCode,
          naam: r.name,
          wijze: r.how,
          herkomst: r.parts.map((p) => ({ cbsCode: p.cbsCode, naam: p.name, geheel: p.whole, stand: p.value })),
        })),
      };
    },
  );
}
