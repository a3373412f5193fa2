/**
 * The two axes of Bijlage 3 ("Cliëntondersteuning voor burgers met verschillende mate van regie en
 * sociale zelfredzaamheid"): the kind of question (rows 1–8) and the citizen's degree of self-direction
 * (the five columns). Texts are the seed's, with line breaks of the PDF undone.
 */

export const QUESTION_TYPES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
/** Soort vraag: the row of Bijlage 3. */
export type QuestionTypeId = (typeof QUESTION_TYPES)[number];

export const SELF_DIRECTION_LEVELS = [1, 2, 3, 4, 5] as const;
/** Mate van regie en sociale zelfredzaamheid: the column of Bijlage 3; 1 = most, 5 = least. */
export type SelfDirection = (typeof SELF_DIRECTION_LEVELS)[number];

/**
 * The table has two parts, after the two forms of client support named above it:
 * - `informeren`: "informatie, advies, verduidelijken, doorgeleiding, evaluatie en klachtafhandeling
 *   waarbij een meer onafhankelijke positie gunstig is" (rows 1–6);
 * - `regie_versterken`: "gericht op het versterken van de regie en de zelfredzaamheid van de burger"
 *   (rows 7–8). The second part's header cell is missing from the PDF text; rows 7–8 are placed there
 *   because their conditions ("Vaardigheden in versterken regie en loslaten") and the closing remark on
 *   "vragen 7 en 8" only fit that form.
 */
export type SupportKind = 'informeren' | 'regie_versterken';

export const SUPPORT_KIND_LABELS: Readonly<Record<SupportKind, string>> = {
  informeren: 'Cliëntondersteuning (informatie, advies, verduidelijken, doorgeleiding, evaluatie en klachtafhandeling)',
  regie_versterken: 'Cliëntondersteuning gericht op het versterken van de regie en de zelfredzaamheid van de burger',
};

export interface QuestionType {
  readonly id: QuestionTypeId;
  readonly description: string;
  readonly kind: SupportKind;
}

export const QUESTION_TYPE_LIST: readonly QuestionType[] = [
  { id: 1, description: 'Enkelvoudige wegwijsvraag', kind: 'informeren' },
  { id: 2, description: 'Meervoudige wegwijsvraag', kind: 'informeren' },
  { id: 3, description: 'Vraag naar enkelvoudige ondersteuning', kind: 'informeren' },
  { id: 4, description: 'Vraag naar ondersteuning op meer dan één terrein', kind: 'informeren' },
  { id: 5, description: 'Evaluatie', kind: 'informeren' },
  { id: 6, description: 'Begeleiding bij klacht en gebreken in ondersteuning en begeleiding', kind: 'informeren' },
  { id: 7, description: 'Vraag naar enkelvoudige ondersteuning of begeleiding', kind: 'regie_versterken' },
  { id: 8, description: 'Vraag naar ondersteuning of begeleiding op meer dan één terrein', kind: 'regie_versterken' },
];

export interface SelfDirectionLevel {
  readonly level: SelfDirection;
  readonly description: string;
  /** Whether regie can come from the own network: the matrix then addresses advice to the network. */
  readonly networkCanDirect: boolean;
}

export const SELF_DIRECTION_LIST: readonly SelfDirectionLevel[] = [
  {
    level: 1,
    description: 'Burger met voldoende eigen regie of met voldoende regie vanuit eigen netwerk en sociaal interactief',
    networkCanDirect: true,
  },
  {
    level: 2,
    description: 'Burger met beperkte of onvoldoende eigen regie en sociaal interactief met mogelijkheid van regie vanuit eigen netwerk',
    networkCanDirect: true,
  },
  {
    level: 3,
    description: 'Burger met beperkte eigen regie zonder mogelijkheid van regie vanuit eigen netwerk en sociaal interactief',
    networkCanDirect: false,
  },
  {
    level: 4,
    description: 'Burger met onvoldoende eigen regie zonder mogelijkheid van regie vanuit eigen netwerk, beperkt sociaal actief, zonder mijdend gedrag',
    networkCanDirect: false,
  },
  {
    level: 5,
    description: 'Burger met onvoldoende eigen regie zonder mogelijkheid van regie vanuit eigen netwerk niet sociaal actief en met mijdend gedrag',
    networkCanDirect: false,
  },
];

export function questionType(id: QuestionTypeId): QuestionType {
  return QUESTION_TYPE_LIST[id - 1]!;
}

export function selfDirectionLevel(level: SelfDirection): SelfDirectionLevel {
  return SELF_DIRECTION_LIST[level - 1]!;
}

/** For input from outside (API, CSV): narrow a number to a row or column of the table. */
export function isQuestionType(value: unknown): value is QuestionTypeId {
  return typeof value === 'number' && (QUESTION_TYPES as readonly number[]).includes(value);
}

export function isSelfDirection(value: unknown): value is SelfDirection {
  return typeof value === 'number' && (SELF_DIRECTION_LEVELS as readonly number[]).includes(value);
}
