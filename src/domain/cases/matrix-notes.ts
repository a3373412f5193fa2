/**
 * Bijlage 3, the rest of the table: the last column "(Ideale) voorwaarden" (conditions the supporter or
 * organisation should meet) and the remarks under the table about which organisation fits.
 */
import type { QuestionTypeId, SelfDirection } from './matrix-axes.ts';

export interface ConditionBlock {
  readonly rows: readonly [QuestionTypeId, QuestionTypeId];
  readonly conditions: readonly string[];
}

const SOCIAL_MAP =
  'Goede kennis van de integrale sociale kaart (bekend zijn met alle mogelijke vormen van ondersteuning en zorg zowel in vrijwillig als professioneel circuit).';
const TARGET_GROUPS = 'Goede kennis en van vaardigheden in het omgaan met de verschillende doelgroepen.';

const INFORMING: readonly string[] = [
  'Goede vaardigheden voor het versterken van sociale netwerken en stimuleren eigen kracht.',
  SOCIAL_MAP,
  TARGET_GROUPS,
  'Vaardigheden in vraagverduidelijking.',
  'Een positie onafhankelijk van diverse partijen die ondersteuning en begeleiding leveren.',
];

/**
 * Three merged condition cells. Rows 5–6 say "Naast bovenstaande elementen ook een onafhankelijke positie
 * ten opzichte van gemeenten": "bovenstaande" is the block of rows 1–4, so that block is repeated there.
 */
export const CONDITION_BLOCKS: readonly ConditionBlock[] = [
  { rows: [1, 4], conditions: INFORMING },
  { rows: [5, 6], conditions: [...INFORMING, 'Naast bovenstaande elementen ook een onafhankelijke positie ten opzichte van gemeenten.'] },
  { rows: [7, 8], conditions: [SOCIAL_MAP, TARGET_GROUPS, 'Vaardigheden in versterken regie en loslaten.'] },
];

/** Organisation variants the remarks under the table name (§3.2 describes the variants themselves). */
export type OrganisationFit = 'gemeentelijk_loket' | 'sociaal_wijkteam' | 'sociaal_wijkteam_toegang_eerste_lijn';

export const ORGANISATION_FIT_LABELS: Readonly<Record<OrganisationFit, string>> = {
  gemeentelijk_loket: 'Gemeentelijk loket (telefonisch, elektronisch of fysiek)',
  sociaal_wijkteam: 'Sociaal wijkteam',
  sociaal_wijkteam_toegang_eerste_lijn: 'Sociaal wijkteam dat toegang en 1e lijn verzorgt',
};

export interface Footnote {
  readonly rows: readonly [QuestionTypeId, QuestionTypeId];
  readonly columns: readonly [SelfDirection, SelfDirection];
  readonly fits: readonly OrganisationFit[];
  readonly text: string;
}

export const FOOTNOTES: readonly Footnote[] = [
  {
    rows: [1, 2],
    columns: [1, 1],
    fits: ['gemeentelijk_loket'],
    text:
      'De activiteiten 1 en 2 voor burgers met voldoende eigen regie passen heel goed in een gemeentelijk loket waarbij de burger zelf actief ' +
      'het loket (telefonisch, elektronisch of fysiek) moet benaderen.',
  },
  {
    rows: [1, 4],
    columns: [1, 5],
    fits: ['sociaal_wijkteam_toegang_eerste_lijn'],
    text: 'De activiteiten bij de vragen 1 t/m 4 kunnen worden geïntegreerd binnen een sociaal wijkteam dat toegang en 1e lijn verzorgt.',
  },
  {
    // AMBIGUOUS: "Zelfevaluatie" is not a word used in the table; we take it to mean row 5 (Evaluatie).
    // It sits uneasily with row 5's condition of independence from the municipality.
    rows: [5, 5],
    columns: [1, 5],
    fits: ['sociaal_wijkteam'],
    text: 'Zelfevaluatie past binnen elk sociaal wijkteam.',
  },
  {
    rows: [7, 8],
    columns: [1, 5],
    fits: ['sociaal_wijkteam', 'sociaal_wijkteam_toegang_eerste_lijn'],
    text: 'De activiteiten bij de vragen 7 en 8 passen binnen elk sociaal wijkteam. Zeker binnen een wijkteam dat zich in toegang en 1e lijn specialiseert.',
  },
  {
    rows: [7, 8],
    columns: [1, 5],
    fits: ['sociaal_wijkteam'],
    text:
      'Veel vormen van ondersteuning om de eigen regie van de burger te versterken, zoals de huidige MEE organisaties dit doen, passen heel goed ' +
      'binnen een sociaal wijkteam als eerstelijns ondersteuning.',
  },
];
