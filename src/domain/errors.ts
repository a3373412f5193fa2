/**
 * One error family for the whole application (issue 22 §5). Services and the domain throw these; each
 * edge has exactly one mapper: HTTP (src/api/problem.ts), CLI (src/cli/errors.ts) and web forms
 * (src/web/api/problem-form.ts). Pure: no I/O, so every layer can import it.
 *
 * Every error has a family (`kind`, which fixes the HTTP status and the CLI exit code), a stable
 * `code` (the family's, or a finer one such as 'household-has-plan' a client may switch on) and a
 * Dutch `message` for the person who reads it.
 *
 * Vocabulary, the same in every message: a spreadsheet row is "rij" and counts as the spreadsheet
 * shows it (rij 1 is the header row, the first data row is rij 2); a column is "kolom", with the
 * letter and the header name where both are known ("kolom B (bedrag_eur)").
 */

/** Where an input problem is. Files use row/column; request bodies and forms use field. */
export interface Place {
  /** The file's name, when the input came from a named file. */
  file?: string;
  /** Row as the spreadsheet shows it: 1 is the header row. */
  row?: number;
  /** Column header name, as in the file. */
  column?: string;
  /** Spreadsheet letter of the column (A, B, … AA), when its position is known. */
  columnLetter?: string;
  /** Field path relative to the request body or form ('vorm', 'adres.postcode'), or a JSON path ('$.services[0]'). */
  field?: string;
}

/** One wrong input: where, a Dutch sentence, and optionally a stable code (default: 'invalid_cell' in a file, else 'invalid'). */
export interface InputProblem extends Place {
  message: string;
  code?: string;
}

export type ErrorKind = 'niet-gevonden' | 'conflict' | 'ongeldige-invoer' | 'geen-toegang' | 'niet-beschikbaar' | 'te-groot' | 'niet-ondersteund';

interface ErrorOptions {
  /** A finer stable code than the family's. */
  code?: string;
  /** Facts a client can use (e.g. the current version); the HTTP edge adds them to the problem. */
  details?: Record<string, unknown>;
}

/** The base of the family; throw one of its members, never this. */
export abstract class AppError extends Error {
  abstract readonly kind: ErrorKind;
  readonly details: Record<string, unknown>;
  readonly #code: string | undefined;
  constructor(message: string, options: ErrorOptions = {}) {
    super(message);
    this.name = new.target.name;
    this.#code = options.code;
    this.details = options.details ?? {};
  }

  /** Stable code: a finer one when given, otherwise the family's. */
  get code(): string {
    return this.#code ?? this.kind;
  }
}

/** The thing asked for does not exist (or is not visible to the caller). */
export class NotFoundError extends AppError {
  readonly kind = 'niet-gevonden' as const;
}

/**
 * The request clashes with the current state. `reason` says how: 'stale' = the caller's version is
 * old (someone saved in between; HTTP 412), 'exists' = it exists already, 'state' = the state forbids
 * the step (both HTTP 409).
 */
export class ConflictError extends AppError {
  readonly kind = 'conflict' as const;
  readonly reason: 'stale' | 'exists' | 'state';
  constructor(message: string, options: ErrorOptions & { reason?: 'stale' | 'exists' | 'state' } = {}) {
    const reason = options.reason ?? 'state';
    super(message, { ...options, code: options.code ?? conflictCodes[reason] });
    this.reason = reason;
  }
}

const conflictCodes = { stale: 'versie-verouderd', exists: 'bestaat-al', state: 'conflict' } as const;

/**
 * Input that cannot be accepted, with every problem at once. `problems` may be the first part of a
 * long list; `total` is how many there are.
 */
export class InvalidInputError extends AppError {
  readonly kind = 'ongeldige-invoer' as const;
  readonly problems: readonly InputProblem[];
  readonly total: number;
  /** The message without the list of problems ("Het bestand is niet ingelezen: 3 problemen; …"). */
  readonly summary: string;
  constructor(problems: readonly InputProblem[], options: ErrorOptions & { message?: string; total?: number } = {}) {
    const total = options.total ?? problems.length;
    const summary = options.message ?? inputSummary(problems, total);
    super(options.message ?? withList(summary, problems, total), options);
    this.problems = problems;
    this.total = total;
    this.summary = summary;
  }
}

/** The caller may not do this (signed in, but without the right). */
export class ForbiddenError extends AppError {
  readonly kind = 'geen-toegang' as const;
}

/** A service the request needs (the database, a mail server) is down; try again later. */
export class UnavailableError extends AppError {
  readonly kind = 'niet-beschikbaar' as const;
  /** Seconds after which a retry makes sense (HTTP Retry-After). */
  readonly retryAfterSeconds: number;
  constructor(message: string, options: ErrorOptions & { retryAfterSeconds?: number } = {}) {
    super(message, options);
    this.retryAfterSeconds = options.retryAfterSeconds ?? 30;
  }
}

/** The request or file is larger than the limit. */
export class TooLargeError extends AppError {
  readonly kind = 'te-groot' as const;
}

/** The kind of content (Content-Type, file format) is not accepted here. */
export class UnsupportedMediaError extends AppError {
  readonly kind = 'niet-ondersteund' as const;
}

// ---- Dutch message builders, shared by every edge ----

/** "1 probleem", "2 problemen": a count with the right Dutch plural. */
export function count(n: number, singular: string, plural: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? singular : plural}`;
}

/** Spreadsheet letter of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "kolom B (bedrag_eur)", "kolom bedrag_eur" or "kolom B": whatever of letter and name is known. */
export function columnLabel(place: Pick<Place, 'column' | 'columnLetter'>): string | undefined {
  const name = place.column && place.column !== '-' ? place.column : undefined;
  if (place.columnLetter && name) return `kolom ${place.columnLetter} (${name})`;
  if (place.columnLetter ?? name) return `kolom ${place.columnLetter ?? name}`;
  return undefined;
}

/** "bestand x.csv, rij 3, kolom B (bedrag_eur)", "veld adres.postcode"; '' when nothing is known. */
export function placeLabel(place: Place): string {
  const parts = [
    place.file ? `bestand ${place.file}` : undefined,
    place.row !== undefined ? `rij ${place.row}` : undefined,
    columnLabel(place),
    place.field && place.row === undefined ? `veld ${place.field}` : undefined,
  ];
  return parts.filter(Boolean).join(', ');
}

/** "rij 3, kolom B (datum): … is geen datum." */
export function problemLine(problem: InputProblem): string {
  const where = placeLabel(problem);
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** How many problem lines a message lists before "… en nog N". */
const LISTED_IN_MESSAGE = 20;

function inputSummary(problems: readonly InputProblem[], total: number): string {
  return problems.some((p) => p.row !== undefined)
    ? `Het bestand is niet ingelezen: ${count(total, 'probleem', 'problemen')}; er is niets opgeslagen.`
    : `De invoer klopt niet: ${count(total, 'probleem', 'problemen')}.`;
}

function withList(head: string, problems: readonly InputProblem[], total: number): string {
  const listed = problems.slice(0, LISTED_IN_MESSAGE).map(problemLine);
  const rest = total - listed.length;
  return [head, ...listed, ...(rest > 0 ? [`… en nog ${rest}.`] : [])].join(' ');
}
