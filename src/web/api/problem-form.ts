import { ApiError, type InvalidParam } from './client.ts';

/**
 * The web edge of the one error model (src/domain/errors.ts → problem+json → here): a failed request
 * becomes form field errors plus what the error summary (components/ProblemSummary.tsx) lists.
 */
export interface FormError {
  /** The form's field key: the API's name without `body.` ('adres.postcode'), or a file cell's place. */
  field: string;
  /** The Dutch message of the API. */
  message: string;
  /** Stable code of the problem ('required', 'invalid_cell', …). */
  code: string;
  /** For a cell of an uploaded file: row as the spreadsheet shows it (1 = header row), and the column. */
  row?: number;
  /** "B (fase)", "fase" or "B": the column as the spreadsheet shows it, with its header name. */
  column?: string;
}

export interface FormProblem {
  /** HTTP status; undefined when no answer came (network error). */
  status?: number;
  /** Stable code of the whole problem ('niet-gevonden', 'versie-verouderd', 'ongeldige-invoer', …). */
  code?: string;
  /** The Dutch `detail`; undefined when no answer came. */
  detail?: string;
  /** Every wrong field or cell, in the API's order. */
  errors: FormError[];
  /** The first message per field, for the message under each input. */
  byField: Record<string, string>;
  /** How many problems there are in all (an upload may list only the first). */
  total: number;
}

/** "B (fase)" when letter and name are known, else whichever is. */
export function columnText(p: Pick<InvalidParam, 'kolom'> & { kolomLetter?: string }): string | undefined {
  if (p.kolomLetter && p.kolom) return `${p.kolomLetter} (${p.kolom})`;
  return p.kolomLetter ?? p.kolom ?? undefined;
}

function formError(p: InvalidParam & { kolomLetter?: string }): FormError {
  const base = { field: p.name.replace(/^body\./, ''), message: p.reason, code: p.code };
  if (p.rij === undefined) return base;
  const column = columnText(p);
  return { ...base, row: p.rij, ...(column ? { column } : {}) };
}

/** Any error thrown by the API client, as form errors and summary. */
export function formProblem(error: unknown): FormProblem {
  if (!(error instanceof ApiError)) return { errors: [], byField: {}, total: 0 };
  const problem = error.problem as typeof error.problem & { code?: string; aantalProblemen?: number };
  const errors = (problem.invalidParams ?? []).map(formError);
  const byField: Record<string, string> = {};
  for (const e of errors) byField[e.field] ??= e.message;
  return {
    status: problem.status,
    ...(problem.code ? { code: problem.code } : {}),
    detail: problem.detail,
    errors,
    byField,
    total: problem.aantalProblemen ?? errors.length,
  };
}
