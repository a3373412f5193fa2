import { RoundNotFoundError } from '../../services/monitor/rounds.ts';
import { ResponseRejectedError, TransitionError, VersionConflictError } from '../../services/monitor/responses.ts';
import { TableImportError } from '../../services/tabular/import.ts';
import { NotInRoundError } from '../../services/monitor/followup.ts';
import { ProblemError } from '../problem.ts';
import { createOnly, versionFromIfMatch } from '../conditional.ts';

/** Maps the monitor's errors to problems with Dutch details; anything else is re-thrown. */
export function monitorProblem(err: unknown): never {
  if (err instanceof RoundNotFoundError || err instanceof NotInRoundError) throw new ProblemError(404, err.message);
  if (err instanceof VersionConflictError) throw new ProblemError(412, err.message);
  if (err instanceof TransitionError) throw new ProblemError(409, err.message);
  if (err instanceof ResponseRejectedError) {
    const errors = err.findings.filter((f) => f.level === 'fout');
    throw new ProblemError(400, `${err.message} ${errors.map((f) => f.message).join(' ')}`, {
      invalidParams: errors.map((f) => ({ name: `body.${f.field}`, code: f.rule, reason: f.message })),
    });
  }
  if (err instanceof TableImportError) {
    throw new ProblemError(400, err.message.replace(/Rij (\d+)/g, 'regel $1'), {
      invalidParams: err.problems.map((p) => ({ name: `regel ${p.row}, kolom ${p.column}`, code: 'invalid_cell', reason: p.message, rij: p.row, kolom: p.column })),
    });
  }
  throw err;
}

/** If-Match: "3" → 3; If-None-Match: * → 0 (nothing saved yet); neither → undefined. */
export function expectedVersion(ifMatch: string | undefined, ifNoneMatch: string | undefined): number | undefined {
  return createOnly(ifNoneMatch) ? 0 : versionFromIfMatch(ifMatch);
}
