import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { parseRational, type Rational } from '../../domain/budget/index.ts';
import { slug } from '../../domain/register/slug.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';

/** The shares by which a split (splitsing) divides its figures, with their cited source. */
export interface SplitShareInput {
  from: string;
  to: string;
  weight: Rational;
  source: string;
}

/** Shares shipped or entered in the database, for splits taking effect on 1 January of `year`. */
export async function storedSplitShares(db: Database, year: number): Promise<SplitShareInput[]> {
  const rows = await db.rows<{ from: string; to: string; weight: string; source: string }>(sql`
    select from_code as "from", to_code as "to", weight::text as weight, source
      from split_shares where extract(year from effective_date) = ${year}`);
  return rows.map((r) => ({ from: r.from, to: r.to, weight: parseRational(r.weight), source: r.source }));
}

/**
 * Reads a split-shares file: columns `van;naar;aandeel;bron` (or `inwoners` instead of `aandeel`),
 * municipality names or codes. Every problem is reported with its row and column; nothing partial.
 */
export async function parseSplitSharesFile(content: Buffer, fileName: string): Promise<SplitShareInput[]> {
  const table = await parseTable(content, fileName);
  const weightColumn = table.header.includes('inwoners') ? 'inwoners' : 'aandeel';
  const problems: CellProblem[] = [];
  for (const column of ['van', 'naar', weightColumn, 'bron']) {
    if (!table.header.includes(column)) problems.push({ row: 1, column, message: `Kolom "${column}" ontbreekt in rij 1 (de kolomnamen).` });
  }
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  const shares: SplitShareInput[] = [];
  table.rows.forEach((row, i) => {
    const line = table.rowNumbers[i]!;
    const weightText = row[weightColumn] ?? '';
    let weight: Rational | undefined;
    try {
      weight = parseRational(weightText);
      if (weight.num < 0n) throw new RangeError('negatief');
    } catch {
      problems.push({ row: line, column: weightColumn, message: `"${weightText}" is geen geldig (niet-negatief) getal.` });
    }
    if (!row.van) problems.push({ row: line, column: 'van', message: 'Vul de gemeente in die gesplitst wordt.' });
    if (!row.naar) problems.push({ row: line, column: 'naar', message: 'Vul de gemeente in die een deel krijgt.' });
    if (!row.bron) problems.push({ row: line, column: 'bron', message: 'Noem de bron van dit aandeel: zonder bron geen aandeel.' });
    if (weight && row.van && row.naar && row.bron) shares.push({ from: slug(row.van), to: slug(row.naar), weight, source: row.bron });
  });
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return shares;
}
