import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { parseEuro, ParseEuroError } from '../../domain/budget/index.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';
import { MAX_MUNICIPALITY_TABLE_ROWS } from '../tabular/limits.ts';
import { resolveMunicipalities } from '../register/municipality-resolver.ts';

/** What a municipality will spend at MEE in a year (for the friction-cost view). */
export interface PlannedSpending {
  municipalityCode: string;
  amountCents: number;
  note: string | null;
  version?: number;
}

export async function listPlannedSpending(db: Database, year: number): Promise<Required<PlannedSpending>[]> {
  return db.rows(sql`
    select municipality_code as "municipalityCode", amount_cents as "amountCents", note, version
      from planned_spending where year = ${year}`);
}

/** Looks municipalities up by name, code or CBS code, as people type them in a spreadsheet. */
/** Text → municipality code: name, official name, variant or CBS code (0363 or GM0363), over every division. */
export const municipalityLookup = (db: Database): Promise<(text: string) => string | undefined> => resolveMunicipalities(db);

/**
 * Reads a planned-spending file: `gemeente;bedrag_eur[;toelichting]`. Every problem is listed with
 * its row and column, and then nothing is imported.
 */
export async function parseSpendingFile(content: Buffer, fileName: string, lookup: (text: string) => string | undefined, onRow?: (done: number, total: number) => void): Promise<PlannedSpending[]> {
  const table = await parseTable(content, fileName, MAX_MUNICIPALITY_TABLE_ROWS);
  const problems: CellProblem[] = [];
  for (const column of ['gemeente', 'bedrag_eur']) {
    if (!table.header.includes(column)) problems.push({ row: 1, column, message: `Kolom "${column}" ontbreekt in rij 1 (de kolomnamen).` });
  }
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  const seen = new Map<string, number>();
  const result: PlannedSpending[] = [];
  table.rows.forEach((row, i) => {
    const line = table.rowNumbers[i]!;
    const name = row.gemeente ?? '';
    const code = lookup(name);
    if (!name) problems.push({ row: line, column: 'gemeente', message: 'Vul de gemeente in.' });
    else if (!code) problems.push({ row: line, column: 'gemeente', message: `Onbekende gemeente "${name}".` });
    else if (seen.has(code)) problems.push({ row: line, column: 'gemeente', message: `"${name}" staat ook al op rij ${seen.get(code)}.` });
    let amountCents: number | undefined;
    try {
      amountCents = parseEuro(row.bedrag_eur ?? '');
      if (amountCents < 0) throw new RangeError();
    } catch (e) {
      // parseEuro says why (such as three decimals from a formula: round it to cents in the spreadsheet).
      const why = e instanceof ParseEuroError && row.bedrag_eur ? e.message : `"${row.bedrag_eur ?? ''}" is geen geldig bedrag in euro's (bijvoorbeeld 1.234.567 of 1234567).`;
      problems.push({ row: line, column: 'bedrag_eur', message: why });
    }
    if (code && !seen.has(code)) seen.set(code, line);
    if (code && amountCents !== undefined) result.push({ municipalityCode: code, amountCents, note: row.toelichting || null });
    if (onRow && (i % 1000 === 0 || i === table.rows.length - 1)) onRow(i + 1, table.rows.length);
  });
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return result;
}

/** Saves all rows in one transaction (all-or-nothing), in batches of set-based upserts. */
export async function importPlannedSpending(db: Database, year: number, rows: PlannedSpending[], onBatch?: (done: number, total: number) => void): Promise<number> {
  const batchSize = 1000;
  await db.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const values = sql.join(
        batch.map((r) => sql`(${year}, ${r.municipalityCode}, ${r.amountCents}, ${r.note})`),
        sql`, `,
      );
      await tx.execute(sql`
        insert into planned_spending (year, municipality_code, amount_cents, note)
        values ${values}
        on conflict (year, municipality_code) do update
          set amount_cents = excluded.amount_cents, note = excluded.note,
              version = planned_spending.version + 1, updated_at = now()`);
      onBatch?.(Math.min(start + batchSize, rows.length), rows.length);
    }
  });
  return rows.length;
}

export type SaveResult = { ok: true; version: number } | { ok: false; currentVersion: number | null };

/**
 * Saves one municipality's figure. With `expectedVersion` (from If-Match) the update only happens
 * when nobody changed it in between; otherwise the caller gets the current version (412).
 */
export async function savePlannedSpending(db: Database, year: number, input: PlannedSpending, expectedVersion?: number | null): Promise<SaveResult> {
  if (expectedVersion === undefined) {
    const [row] = await db.rows<{ version: number }>(sql`
      insert into planned_spending (year, municipality_code, amount_cents, note)
      values (${year}, ${input.municipalityCode}, ${input.amountCents}, ${input.note})
      on conflict (year, municipality_code) do update
        set amount_cents = excluded.amount_cents, note = excluded.note, version = planned_spending.version + 1, updated_at = now()
      returning version`);
    return { ok: true, version: row!.version };
  }
  if (expectedVersion === null) {
    // If-None-Match: * — only create, never overwrite.
    const [row] = await db.rows<{ version: number }>(sql`
      insert into planned_spending (year, municipality_code, amount_cents, note)
      values (${year}, ${input.municipalityCode}, ${input.amountCents}, ${input.note})
      on conflict do nothing returning version`);
    if (row) return { ok: true, version: row.version };
  } else {
    const [row] = await db.rows<{ version: number }>(sql`
      update planned_spending set amount_cents = ${input.amountCents}, note = ${input.note}, version = version + 1, updated_at = now()
       where year = ${year} and municipality_code = ${input.municipalityCode} and version = ${expectedVersion}
      returning version`);
    if (row) return { ok: true, version: row.version };
  }
  const [current] = await db.rows<{ version: number }>(sql`
    select version from planned_spending where year = ${year} and municipality_code = ${input.municipalityCode}`);
  return { ok: false, currentVersion: current?.version ?? null };
}
