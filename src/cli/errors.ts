import { AppError, InvalidInputError, placeLabel, problemLine, type ErrorKind } from '../domain/errors.ts';

/**
 * The CLI's one exit-code table (documented in README.md, "Exitcodes"). Scripts switch on these, so
 * a number never changes meaning. Like diff and grep, 1 means "ran fine, but the answer is no".
 */
export const EXIT = {
  ok: 0,
  /** The check ran and found a problem (budget check, audit verify, reminders not all sent). */
  checkFailed: 1,
  /** Wrong use: unknown command or option, a value an option does not accept. */
  usage: 2,
  /** The input (a file, a value) is refused; nothing was stored. */
  invalidInput: 3,
  /** A file, municipality, round … that does not exist. */
  notFound: 4,
  /** Clashes with what is stored: exists already, changed meanwhile, not allowed in this state. */
  conflict: 5,
  /** Not allowed. */
  forbidden: 6,
  /** The database or another service cannot be reached; try again later. */
  unavailable: 7,
  /** An unexpected error (a bug): the message says what, the log has more. */
  internal: 9,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const exitOf: Record<ErrorKind, ExitCode> = {
  'ongeldige-invoer': EXIT.invalidInput,
  'te-groot': EXIT.invalidInput,
  'niet-ondersteund': EXIT.invalidInput,
  'niet-gevonden': EXIT.notFound,
  conflict: EXIT.conflict,
  'geen-toegang': EXIT.forbidden,
  'niet-beschikbaar': EXIT.unavailable,
};

/** A usage error the CLI reports without a stack trace (exit code 2, or another from EXIT). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.usage,
  ) {
    super(message);
  }
}

/** What the CLI prints on stderr and the code it exits with, for any error. */
export interface CliFailure {
  exitCode: ExitCode;
  /** The lines for stderr: the message, then one line per input problem ("rij 3, kolom B (fase): …"). */
  lines: string[];
}

/** The one CLI mapping of errors: the family by its kind, CliError as is, anything else internal. */
export function cliFailure(err: unknown): CliFailure {
  if (err instanceof CliError) return { exitCode: err.exitCode, lines: [err.message] };
  if (err instanceof InvalidInputError) {
    // The message lists the first problems in one sentence; on a terminal one line per problem reads
    // better. Problems without a place are the message itself (a wrong figure in the budget model).
    const placed = err.problems.filter((p) => placeLabel(p) !== '');
    const rest = err.total - err.problems.length;
    return {
      exitCode: exitOf[err.kind],
      lines: [placed.length ? err.summary : err.message, ...placed.map(problemLine), ...(placed.length && rest > 0 ? [`… en nog ${rest}.`] : [])],
    };
  }
  if (err instanceof AppError) return { exitCode: exitOf[err.kind], lines: [err.message] };
  return { exitCode: EXIT.internal, lines: [err instanceof Error ? err.message : String(err)] };
}
