import { z } from 'zod';
import { ACCESS_CHANNELS, APPROACHES, DELIVERY_MODES, FUNDING_FORMS, REGIONAL_FUNDING, SAFEGUARDS, SCALES, VARIANTS, type Framework } from '../../domain/policy/index.ts';
import type { Term } from '../../domain/socialmap/taxonomy.ts';

const codes = <C extends string>(terms: readonly Term<C>[]) => terms.map((t) => t.code) as [C, ...C[]];

const ArrangementSchema = z
  .object({
    aanbiederId: z.uuid().describe('Aanbieder op de sociale kaart'),
    uitvoering: z.enum(codes(DELIVERY_MODES)).describe('In eigen beheer, subsidie, subsidie met overeenkomst, opdracht, of geen financiering (§3.4)'),
    bekostiging: z.enum(codes(FUNDING_FORMS)).describe('Functie-, product-, project- of populatiebekostiging (§3.4)'),
    bedragCent: z.number().int().min(0).max(1e13).nullable().default(null).describe('Bedrag per jaar in eurocent'),
    toelichting: z.string().trim().max(2000).default(''),
  })
  .meta({ id: 'BeleidAfspraak' });

export const FrameworkBody = z
  .object({
    varianten: z.array(z.enum(codes(VARIANTS))).max(3).default([]).describe('§3.6: sociale wijkteams, één loket, onafhankelijke organisatie (combinaties mogen)'),
    aanpak: z.array(z.enum(codes(APPROACHES))).max(3).default([]).describe('§3.2: in stand houden, zelf organiseren, één regisserende organisatie'),
    schaal: z.enum(codes(SCALES)).default('lokaal'),
    regionaleBekostiging: z.enum(codes(REGIONAL_FUNDING)).default('geen').describe('§3.5: regionaal budget of woonplaatsbeginsel'),
    regisserendeAanbiederId: z.uuid().nullable().default(null),
    afspraken: z.array(ArrangementSchema).max(500).default([]),
    waarborgen: z
      .array(z.object({ waarborg: z.enum(codes(SAFEGUARDS)), toelichting: z.string().trim().max(2000).default('') }).meta({ id: 'BeleidWaarborg' }))
      .max(SAFEGUARDS.length * 2)
      .default([]),
    kanalen: z
      .array(z.object({ kanaal: z.enum(codes(ACCESS_CHANNELS)), details: z.string().trim().max(500).default('').describe('Bijvoorbeeld de uren of het adres') }).meta({ id: 'BeleidKanaal' }))
      .max(ACCESS_CHANNELS.length * 2)
      .default([]),
    toelichting: z.string().trim().max(10000).default(''),
  })
  .meta({ id: 'AfwegingskaderInvoer' });

export const FrameworkSchema = FrameworkBody.extend({
  gemeenteCode: z.string(),
  versie: z.number().int().describe('0 als er nog niets is opgeslagen'),
  gewijzigdOp: z.string().nullable(),
}).meta({ id: 'Afwegingskader' });

export function fromBody(code: string, body: z.infer<typeof FrameworkBody>): Framework {
  return {
    municipalityCode: code,
    variants: body.varianten,
    approaches: body.aanpak,
    scale: body.schaal,
    regionalFunding: body.regionaleBekostiging,
    leadOrganisationId: body.regisserendeAanbiederId,
    arrangements: body.afspraken.map((a) => ({ organisationId: a.aanbiederId, deliveryMode: a.uitvoering, fundingForm: a.bekostiging, amountCents: a.bedragCent, note: a.toelichting })),
    safeguards: body.waarborgen.map((w) => ({ safeguard: w.waarborg, note: w.toelichting })),
    channels: body.kanalen.map((k) => ({ channel: k.kanaal, details: k.details })),
    notes: body.toelichting,
  };
}

export function toResponse(f: Framework, version: number, updatedAt: string | null): z.infer<typeof FrameworkSchema> {
  return {
    gemeenteCode: f.municipalityCode,
    versie: version,
    gewijzigdOp: updatedAt,
    varianten: f.variants,
    aanpak: f.approaches,
    schaal: f.scale,
    regionaleBekostiging: f.regionalFunding,
    regisserendeAanbiederId: f.leadOrganisationId,
    afspraken: f.arrangements.map((a) => ({ aanbiederId: a.organisationId, uitvoering: a.deliveryMode, bekostiging: a.fundingForm, bedragCent: a.amountCents, toelichting: a.note })),
    waarborgen: f.safeguards.map((s) => ({ waarborg: s.safeguard, toelichting: s.note })),
    kanalen: f.channels.map((c) => ({ kanaal: c.channel, details: c.details })),
    toelichting: f.notes,
  };
}

export const ProviderSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    soort: z.string(),
    relatie: z.string().nullable().describe('Relatie met de gemeente (§3.2), als die is vastgelegd'),
    gefinancierd: z.boolean().describe('De gemeente financiert deze aanbieder (volgens de relatie)'),
    diensten: z.number().int().describe('Actieve diensten in deze gemeente'),
  })
  .meta({ id: 'BeleidAanbieder' });

export const CoverageSchema = z
  .object({
    gemeenteCode: z.string(),
    overlapVanaf: z.number().int(),
    mogelijk: z.number().int().describe('Cellen die kunnen bestaan; hiaten en overlap tellen hierbinnen'),
    hiaten: z.number().int(),
    overlap: z.number().int(),
    cellen: z.array(
      z
        .object({
          doelgroep: z.string(),
          leeftijd: z.string(),
          levensdomein: z.string(),
          aanbieders: z.array(z.object({ id: z.string(), naam: z.string() })),
          status: z.enum(['gat', 'gedekt', 'overlap', 'onmogelijk']).describe('onmogelijk: een combinatie die niet kan bestaan (bijvoorbeeld ouderen van 0 tot 18 jaar); telt niet als hiaat'),
        })
        .meta({ id: 'DekkingCel' }),
    ),
    nietIngedeeld: z.array(z.object({ dienstId: z.string(), dienst: z.string(), aanbieder: z.string(), ontbreekt: z.array(z.string()) })),
    aanbieders: z.array(z.object({ id: z.string(), naam: z.string(), cellen: z.number().int() })),
  })
  .meta({ id: 'Dekking' });

export const ChecklistSchema = z
  .object({
    gemeenteCode: z.string(),
    voldaan: z.number().int(),
    totaal: z.number().int(),
    punten: z.array(
      z
        .object({
          code: z.string(),
          plicht: z.string(),
          bron: z.string(),
          status: z.enum(['voldaan', 'deels', 'ontbreekt']),
          aanwezig: z.array(z.string()),
          ontbreekt: z.array(z.string()),
        })
        .meta({ id: 'ChecklistPunt' }),
    ),
  })
  .meta({ id: 'WmoChecklist' });

export const RegionSchema = z
  .object({
    jeugdregioCode: z.string(),
    naam: z.string(),
    indelingsjaar: z.number().int(),
    gemeenten: z.array(
      z
        .object({
          gemeenteCode: z.string(),
          naam: z.string(),
          versie: z.number().int(),
          afwegingskader: FrameworkBody.nullable(),
          hiaten: z.number().int(),
          aanbieders: z.number().int(),
        })
        .meta({ id: 'RegioGemeente' }),
    ),
    gedeeldeAanbieders: z.array(
      z.object({ aanbiederId: z.string(), naam: z.string(), gemeentenMetAanbod: z.array(z.string()), gemeentenMetAfspraak: z.array(z.string()) }).meta({ id: 'GedeeldeAanbieder' }),
    ),
    signalen: z.array(z.string()),
  })
  .meta({ id: 'RegioOverzicht' });
