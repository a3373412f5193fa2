/**
 * The cells of Bijlage 3, as they are laid out in the table: a merged cell appears once, with the rows
 * and columns it spans. `matrix.ts` expands them to the 8 × 5 grid.
 *
 * How the table was reconstructed from the jumbled PDF text (seed lines ≈ 2400–2600):
 * - Text is extracted cell by cell, row by row; a cell's line width shows how many columns it spans
 *   (a single column wraps at ~27 characters, e.g. "Hulp bij leggen van contact / met juiste instantie").
 * - Rows 1–4 have a merged cell in column 5 ("Dit type burger stelt geen spontane vraag ...") and rows
 *   7–8 one ("Veelal op meerdere gebieden ..."): their text sits in the first row they span, and they
 *   speak of the citizen, not of one question. Rows 5 and 6 have their own column-5 text.
 * - Row 5's first cell runs ~84 characters on one line: it spans columns 1–3 (so the visit is for 4 and
 *   the vertrouwenspersoon for 5, matching column 5's "één vertrouwd persoon"). Row 6: "Informatie en
 *   advies hoe een en ander af te handelen" (~52 characters) spans 1–2, "Overname ..." (~56) spans 4–5.
 * - AMBIGUOUS: rows 2 and 4 yield only three single-column cells for columns 1–4. We read the missing
 *   one as a cell merged vertically with the row above (marked `inferred`), see the notes on those cells.
 * First letters are capitalised where the PDF has lower case; otherwise the wording is verbatim,
 * including its slips ("Goede kennis en van vaardigheden", "versterken regie te houden").
 */
import type { QuestionTypeId, SelfDirection } from './matrix-axes.ts';

export interface SourceCell {
  readonly rows: readonly [QuestionTypeId, QuestionTypeId];
  readonly columns: readonly [SelfDirection, SelfDirection];
  /** The suggested form of support (vorm van ondersteuning), in the seed's words. */
  readonly form: string;
  /** Set when the placement is our reading of an ambiguous spot in the PDF text, and why. */
  readonly inferred?: string;
}

const CONTACT = 'Hulp bij leggen van contact met juiste instantie';

export const SOURCE_CELLS: readonly SourceCell[] = [
  // 1 Enkelvoudige wegwijsvraag
  { rows: [1, 1], columns: [1, 1], form: 'Informatie en advies' },
  { rows: [1, 1], columns: [2, 2], form: 'Informatie en advies aan burger en of netwerk' },
  { rows: [1, 1], columns: [3, 3], form: 'Informatie en advies' },
  {
    rows: [1, 2],
    columns: [4, 4],
    form: CONTACT,
    inferred:
      'Rij 2 heeft in de PDF-tekst maar drie cellen voor kolom 1–4; "Kortdurende hulp bij leggen van contact" is één kolom breed en ' +
      'past bij kolom 3 (na "Informatie en advies" in rij 1). Kolom 4 van rij 2 lezen we als doorlopend uit rij 1. ' +
      'Andere lezing: kolom 4 van rij 2 is leeg, of "Kortdurende hulp" staat in kolom 4 en kolom 3 loopt door uit rij 1.',
  },
  {
    rows: [1, 4],
    columns: [5, 5],
    form:
      'Dit type burger stelt geen spontane vraag, maar er moet door derden (de omgeving) worden gesignaleerd. ' +
      'Na signalering, toenadering zoeken en overhalen om ondersteuning te accepteren. ' +
      'Veelal ondersteuning op meerdere terreinen nodig. Veelal één vertrouwd persoon/aanspreekpunt gewenst.',
    inferred:
      'De drie alinea\'s staan in de PDF-tekst vóór rij 2 en gaan over de burger, niet over één soort vraag: gelezen als één cel over rij 1–4. ' +
      'Ze zouden ook drie cellen (rij 1, 2, 3) kunnen zijn.',
  },
  // 2 Meervoudige wegwijsvraag
  { rows: [2, 2], columns: [1, 1], form: 'Informatie en advies' },
  { rows: [2, 2], columns: [2, 2], form: 'Informatie en advies aan netwerk' },
  { rows: [2, 2], columns: [3, 3], form: 'Kortdurende hulp bij leggen van contact met juiste instantie' },
  // 3 Vraag naar enkelvoudige ondersteuning
  {
    rows: [3, 4],
    columns: [1, 1],
    form: 'Korte vraagverduidelijking waarna advies hoe contact te leggen met juiste instantie',
    inferred:
      'Rij 4 heeft in de PDF-tekst maar drie cellen, elk één kolom breed. De eerste geeft "advies aan netwerk" (het patroon van kolom 2), ' +
      'de derde "hulp bij - of overname van" (kolom 4). Kolom 1 van rij 4 lezen we als doorlopend uit rij 3. ' +
      'Andere lezing: de drie cellen staan in kolom 1–3 en kolom 4 is leeg.',
  },
  { rows: [3, 3], columns: [2, 2], form: 'Informatie en advies aan netwerk en motiveren netwerk' },
  { rows: [3, 3], columns: [3, 3], form: 'Hulp bij ontwikkelen van meer zelfredzaamheid of korte ondersteuning bij leggen van contact met juiste instantie' },
  { rows: [3, 3], columns: [4, 4], form: CONTACT },
  // 4 Vraag naar ondersteuning op meer dan één terrein
  {
    rows: [4, 4],
    columns: [2, 2],
    form: 'Vraagverduidelijking waarna advies aan netwerk bij leggen van contact met juiste instantie en indien nodig korte ondersteuning',
  },
  { rows: [4, 4], columns: [3, 3], form: 'Vraagverduidelijking waarna advies en hulp bij leggen van contact met juiste instantie' },
  { rows: [4, 4], columns: [4, 4], form: 'Vraagverduidelijking waarna hulp bij - of overname van het leggen van contact met juiste instantie' },
  // 5 Evaluatie
  {
    rows: [5, 5],
    columns: [1, 3],
    form: 'Steekproefsgewijze evaluatie via formulieren of bezoek aan de burger tijdens of na ondersteuningstraject',
  },
  { rows: [5, 5], columns: [4, 4], form: 'Steekproefsgewijze evaluatie via bezoek aan burger' },
  { rows: [5, 5], columns: [5, 5], form: 'Steekproefsgewijze evaluatie via vertrouwenspersoon bij burger' },
  // 6 Begeleiding bij klacht en gebreken in ondersteuning en begeleiding
  { rows: [6, 6], columns: [1, 2], form: 'Informatie en advies hoe een en ander af te handelen' },
  { rows: [6, 6], columns: [3, 3], form: 'Hulp bij afhandelen klacht, mediator en of ondersteuning bij bezwaar en beroep' },
  { rows: [6, 6], columns: [4, 5], form: 'Overname van afhandelen klacht en bij bezwaar en beroep en de functie van mediator' },
  // 7 Vraag naar enkelvoudige ondersteuning of begeleiding
  {
    rows: [7, 7],
    columns: [1, 1],
    form: 'Contact leggen overlaten aan burger en beperken tot informatie en advies waarna de burger weer zelfstandig verder kan',
  },
  {
    rows: [7, 7],
    columns: [2, 2],
    form: 'Contact leggen overlaten aan netwerk en beperken tot informatie en advies waarna de burger met netwerk weer zelfstandig verder kan',
  },
  { rows: [7, 7], columns: [3, 3], form: 'Korte en eindige ondersteuning om zelfredzaamheid te versterken zodat verdere cliëntondersteuning niet meer nodig is.' },
  { rows: [7, 7], columns: [4, 4], form: 'Regelmatige cliëntondersteuning om zelfredzaamheid te versterken regie te houden op ondersteuning.' },
  {
    rows: [7, 8],
    columns: [5, 5],
    form: 'Veelal op meerdere gebieden ondersteuning of begeleiding nodig. Casemanagement vanuit vertrouwd persoon die tevens werkt aan versterken regie en zelfredzaamheid',
  },
  // 8 Vraag naar ondersteuning of begeleiding op meer dan één terrein
  { rows: [8, 8], columns: [1, 1], form: 'Verifiëren of er werkelijk voldoende regie is en waar nodig korte ondersteuning om regie te versterken' },
  {
    rows: [8, 8],
    columns: [2, 2],
    form: 'Inzetten op motiveren en instrueren netwerk. Verifiëren of regie werkelijk voldoende is en indien nodig korte eindige ondersteuning',
  },
  { rows: [8, 8], columns: [3, 3], form: 'Langere, maar eindige ondersteuning om zelfredzaamheid te versterken zodat de burger zelf regie kan houden op ondersteuning.' },
  { rows: [8, 8], columns: [4, 4], form: 'Regelmatige ondersteuning om zelfredzaamheid te versterken en indien nodig casemanagement.' },
];
