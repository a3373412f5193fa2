/**
 * Bijlage 3 as a lookup: question type × degree of self-direction → suggested form of support, with the
 * conditions and the organisation remarks that apply. The matrix suggests; the supporter decides, and
 * a deviation needs a reason so that it can be discussed and the matrix improved (§3.4 verantwoording).
 */
import type { IsoDate } from './calendar.ts';
import { QUESTION_TYPES, questionType, SELF_DIRECTION_LEVELS, type QuestionTypeId, type SelfDirection, type SupportKind } from './matrix-axes.ts';
import { SOURCE_CELLS, type SourceCell } from './matrix-cells.ts';
import { CONDITION_BLOCKS, FOOTNOTES, type OrganisationFit } from './matrix-notes.ts';
import type { PersonId } from './model.ts';
import { err, ok, type DomainError, type Result } from './result.ts';

export interface SupportSuggestion {
  readonly questionType: QuestionTypeId;
  readonly selfDirection: SelfDirection;
  readonly kind: SupportKind;
  /** The suggested form of support (voorgestelde vorm van ondersteuning). */
  readonly form: string;
  /** "(Ideale) voorwaarden" for this row. */
  readonly conditions: readonly string[];
  /** Remarks under the table that apply to this cell, and the organisation variants they name. */
  readonly footnotes: readonly string[];
  readonly organisationFits: readonly OrganisationFit[];
  /** Where in the table the text stands; `inferred` explains a reading of an ambiguous spot. */
  readonly source: Pick<SourceCell, 'rows' | 'columns' | 'inferred'>;
}

const within = (value: number, [from, to]: readonly [number, number]) => value >= from && value <= to;

function buildGrid(): ReadonlyMap<string, SupportSuggestion> {
  const grid = new Map<string, SupportSuggestion>();
  for (const row of QUESTION_TYPES) {
    for (const column of SELF_DIRECTION_LEVELS) {
      const cells = SOURCE_CELLS.filter((c) => within(row, c.rows) && within(column, c.columns));
      // The data must tile the table exactly; a gap or overlap is a typo in matrix-cells.ts.
      if (cells.length !== 1) throw new Error(`Bijlage 3: cel (${row}, ${column}) is ${cells.length} keer gedefinieerd.`);
      const cell = cells[0]!;
      const notes = FOOTNOTES.filter((f) => within(row, f.rows) && within(column, f.columns));
      grid.set(`${row}:${column}`, {
        questionType: row,
        selfDirection: column,
        kind: questionType(row).kind,
        form: cell.form,
        conditions: CONDITION_BLOCKS.find((b) => within(row, b.rows))?.conditions ?? [],
        footnotes: notes.map((f) => f.text),
        organisationFits: [...new Set(notes.flatMap((f) => f.fits))],
        source: { rows: cell.rows, columns: cell.columns, ...(cell.inferred ? { inferred: cell.inferred } : {}) },
      });
    }
  }
  return grid;
}

const GRID = buildGrid();

export function suggestSupport(type: QuestionTypeId, selfDirection: SelfDirection): SupportSuggestion {
  return GRID.get(`${type}:${selfDirection}`)!;
}

/** All 40 cells, row by row: for showing the whole table. */
export function allSuggestions(): readonly SupportSuggestion[] {
  return [...GRID.values()];
}

/** What the supporter settled on for a question, and whether (and why) it differs from the matrix. */
export interface SupportChoice {
  readonly questionType: QuestionTypeId;
  readonly selfDirection: SelfDirection;
  readonly suggestedForm: string;
  readonly chosenForm: string;
  readonly overridden: boolean;
  readonly reason?: string;
  readonly decidedBy: PersonId;
  readonly decidedOn: IsoDate;
}

export type OverrideErrorCode = 'override-form-required' | 'override-reason-required';
export type OverrideError = DomainError<OverrideErrorCode>;

export function acceptSuggestion(suggestion: SupportSuggestion, decidedBy: PersonId, decidedOn: IsoDate): SupportChoice {
  const { questionType: qt, selfDirection, form } = suggestion;
  return { questionType: qt, selfDirection, suggestedForm: form, chosenForm: form, overridden: false, decidedBy, decidedOn };
}

/**
 * The supporter chooses another form than the matrix suggests. Without a reason this is refused: the
 * reason is what makes the deviation accountable. Choosing the suggested form itself is no override.
 */
export function overrideSuggestion(
  suggestion: SupportSuggestion,
  override: { readonly form: string; readonly reason?: string; readonly decidedBy: PersonId; readonly decidedOn: IsoDate },
): Result<SupportChoice, OverrideError> {
  const form = override.form.trim();
  const reason = override.reason?.trim() ?? '';
  if (form === '') return err({ code: 'override-form-required', message: 'Geef aan welke vorm van ondersteuning u kiest.' });
  if (form === suggestion.form) return ok(acceptSuggestion(suggestion, override.decidedBy, override.decidedOn));
  if (reason === '') {
    return err({
      code: 'override-reason-required',
      message: `U wijkt af van de voorgestelde vorm van ondersteuning ("${suggestion.form}"). Geef een reden voor deze afwijking.`,
    });
  }
  return ok({ ...acceptSuggestion(suggestion, override.decidedBy, override.decidedOn), chosenForm: form, overridden: true, reason });
}
