import { columnLetter, InvalidInputError, type InputProblem } from '../../domain/errors.ts';
import { MAX_REPORTED_PROBLEMS } from './limits.ts';

/**
 * One problem in an imported file; rows count from 1 (the header row), as a spreadsheet shows them.
 * `column` is the header name ('-' when the problem is about the whole row or file).
 */
export interface CellProblem extends InputProblem {
  row: number;
  column: string;
  message: string;
}

/**
 * An import that cannot be accepted: the family's InvalidInputError for a file. Lists every problem
 * at once (the first MAX_REPORTED_PROBLEMS in full, so a file of 50,000 wrong rows gives an answer of
 * kilobytes, not of many megabytes; `total` and the message give the total). Nothing has been written.
 * With the file's `header` each problem also gets the column's spreadsheet letter ("kolom B (fase)").
 */
export class TableImportError extends InvalidInputError {
  declare readonly problems: readonly CellProblem[];
  constructor(problems: CellProblem[], options: { total?: number; header?: readonly string[] } = {}) {
    const lettered = options.header ? problems.map((p) => withLetter(p, options.header!)) : problems;
    super(lettered.slice(0, MAX_REPORTED_PROBLEMS), { total: Math.max(options.total ?? 0, problems.length), code: 'ongeldig-bestand' });
  }
}

function withLetter(problem: CellProblem, header: readonly string[]): CellProblem {
  const index = header.indexOf(problem.column.trim().toLowerCase());
  return index < 0 ? problem : { ...problem, columnLetter: columnLetter(index) };
}
