/** One problem in an imported file; rows count from 1 (the header row), as a spreadsheet shows them. */
export interface CellProblem {
  row: number;
  column: string;
  message: string;
}

import { MAX_REPORTED_PROBLEMS } from './limits.ts';

/**
 * An import that cannot be accepted; lists every problem at once (the first MAX_REPORTED_PROBLEMS in
 * full, so a file of 50,000 wrong rows gives an answer of kilobytes, not of many megabytes; the message
 * gives the total). Nothing has been written.
 */
export class TableImportError extends Error {
  readonly problems: CellProblem[];
  readonly total: number;
  constructor(problems: CellProblem[]) {
    super(
      `Het bestand is niet ingelezen: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}. ` +
        problems
          .slice(0, 20)
          .map((p) => `Rij ${p.row}, kolom ${p.column}: ${p.message}`)
          .join(' ') +
        (problems.length > 20 ? ` … en nog ${problems.length - 20}.` : ''),
    );
    this.problems = problems.slice(0, MAX_REPORTED_PROBLEMS);
    this.total = problems.length;
  }
}
