/** One problem in an imported file; rows count from 1 (the header row), as a spreadsheet shows them. */
export interface CellProblem {
  row: number;
  column: string;
  message: string;
}

/** An import that cannot be accepted; lists every problem at once. Nothing has been written. */
export class TableImportError extends Error {
  constructor(readonly problems: CellProblem[]) {
    super(
      `Het bestand is niet ingelezen: ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}. ` +
        problems
          .slice(0, 20)
          .map((p) => `Rij ${p.row}, kolom ${p.column}: ${p.message}`)
          .join(' ') +
        (problems.length > 20 ? ` … en nog ${problems.length - 20}.` : ''),
    );
  }
}
