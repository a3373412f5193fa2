import { z } from 'zod';

export const yearQuery = z.coerce.number().int().min(2000).max(2100).default(2014).describe('Budgetjaar');
export const cents = (description: string) => z.number().int().describe(`${description}, in eurocent`);

export const MunicipalityRef = z
  .object({
    code: z.string(),
    naam: z.string(),
    cbsCode: z.string().nullable(),
    jeugdregio: z.object({ code: z.string(), naam: z.string() }),
    meeOrganisatie: z.object({ code: z.string(), naam: z.string() }),
  })
  .meta({ id: 'GemeenteKort' });

const ProvenanceInput = z.object({ name: z.string(), label: z.string(), exact: z.string(), decimal: z.string() });

/** How a computed figure came about, step by step (herkomst). */
export const FigureProvenance = z
  .object({
    formula: z.string().describe('De berekening in woorden'),
    inputs: z.array(ProvenanceInput),
    exact: z.object({ centsFraction: z.string(), euros: z.string() }).describe('Het bedrag vóór afronding'),
    rounding: z.object({
      unitCents: z.number().int(),
      floorCents: z.number().int(),
      remainder: z.string(),
      rank: z.number().int(),
      leftoverUnits: z.number().int(),
      receivedExtraUnit: z.boolean(),
    }),
    resultCents: z.number().int(),
  })
  .meta({ id: 'Herkomst' });

export const ShareProvenance = z
  .object({ formula: z.string(), inputs: z.array(ProvenanceInput), exact: z.string(), decimal: z.string() })
  .meta({ id: 'HerkomstAandeel' });

export function municipalityRef(info: {
  code: string;
  name: string;
  cbsCode: string | null;
  youthRegion: { code: string; name: string };
  mee: { code: string; name: string };
}) {
  return {
    code: info.code,
    naam: info.name,
    cbsCode: info.cbsCode,
    jeugdregio: { code: info.youthRegion.code, naam: info.youthRegion.name },
    meeOrganisatie: { code: info.mee.code, naam: info.mee.name },
  };
}
