import { BudgetError, MissingSplitSharesError } from '../../domain/budget/index.ts';
import { BudgetNotFoundError } from '../../services/budget/allocations.ts';
import { TableImportError } from '../../services/tabular/import.ts';
import { ProblemError } from '../problem.ts';

/** Maps the budget model's errors to problems; anything else is re-thrown (500). */
export function budgetProblem(err: unknown): never {
  if (err instanceof BudgetNotFoundError) throw new ProblemError(404, err.message);
  if (err instanceof MissingSplitSharesError) {
    throw new ProblemError(409, err.message, {
      title: 'Aandelen voor splitsing ontbreken',
      ontbrekendeAandelen: err.missing.map((m) => ({ van: m.from, naar: m.to })),
    });
  }
  if (err instanceof BudgetError) throw new ProblemError(400, err.message);
  if (err instanceof TableImportError) {
    throw new ProblemError(400, err.message, {
      invalidParams: err.problems.map((p) => ({ name: `rij ${p.row}, kolom ${p.column}`, code: 'invalid_cell', reason: p.message, rij: p.row, kolom: p.column })),
    });
  }
  throw err;
}
