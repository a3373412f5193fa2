import type { CellProblem } from './import.ts';

/**
 * Whose data an uploader may write (issue 17 §4): an import only writes inside the uploader's scope.
 * The API layer builds it from the caller's grants; services ask it per row, before writing anything.
 */
export interface ImportScope {
  /** May the uploader write data of this municipality? */
  allows(municipalityCode: string): boolean | Promise<boolean>;
  /** Every municipality is allowed (a national grant): only then may a replacing import clear all of a round. */
  all: boolean;
}

/** Everything allowed: for the CLI and other trusted callers that act for the whole country. */
export const EVERYWHERE: ImportScope = { all: true, allows: () => true };

/** A refused row names its line and column, in Dutch, like every other problem of the file. */
export async function outOfScopeProblems(rows: Iterable<{ row: number; column: string; municipalityCode: string; label: string }>, scope: ImportScope): Promise<CellProblem[]> {
  const problems: CellProblem[] = [];
  for (const r of rows) {
    if (!(await scope.allows(r.municipalityCode))) problems.push({ row: r.row, column: r.column, message: `u mag geen gegevens inlezen voor gemeente "${r.label}"` });
  }
  return problems;
}

/** Problems in file order (stable: within a row the columns keep their order). */
export const byRow = (problems: CellProblem[]): CellProblem[] => [...problems].sort((a, b) => a.row - b.row);
