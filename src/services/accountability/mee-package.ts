import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Breakdown } from '../../domain/accountability/index.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';
import { parseEuro } from '../../domain/budget/format.ts';
import { AccountabilityConflictError, AccountabilityNotFoundError } from './errors.ts';
import { providerCases, figuresFromCases } from './prefill.ts';

/**
 * MEE's information package per municipality (§4.3), with the IVH coordination (§4.6): what casework
 * holds is computed (clients by age category, target group and life domain; short information-and-
 * advice questions = questions closed as answered at once); the rest is filled in or imported by
 * the MEE organisation. The IVH cost defaults to the published IVH budget of the municipality.
 */
export interface StoredPackage {
  shortQuestions?: number;
  collectiveTasks: string[];
  networks: string[];
  training: string[];
  plusTasks: string[];
  ivh: { networks: number | null; scale: string; costCents: number | null; registeredChildren: number | null };
}

export interface InformationPackage {
  municipalityCode: string;
  meeCode: string;
  year: number;
  clients: number;
  byAge: Breakdown;
  byTargetGroup: Breakdown;
  byLifeDomain: Breakdown;
  shortQuestions: number;
  shortQuestionsSource: 'dossiers' | 'ingevuld';
  collectiveTasks: string[];
  networks: string[];
  training: string[];
  plusTasks: string[];
  ivh: StoredPackage['ivh'] & { costSource: 'ingevuld' | 'budget' | 'onbekend' };
  source: 'dossiers' | 'ingevuld' | 'import';
  version: number;
}

const EMPTY: StoredPackage = { collectiveTasks: [], networks: [], training: [], plusTasks: [], ivh: { networks: null, scale: '', costCents: null, registeredChildren: null } };

/** The MEE organisation of a municipality in the latest division. */
export async function meeOf(db: Database, municipalityCode: string): Promise<string | null> {
  const [row] = await db.rows<{ mee: string }>(sql`select mee_code as mee from division_members where municipality_code = ${municipalityCode} order by division_year desc limit 1`);
  return row?.mee ?? null;
}

export async function informationPackage(db: Database, municipalityCode: string, year: number): Promise<InformationPackage> {
  const meeCode = await meeOf(db, municipalityCode);
  if (!meeCode) throw new AccountabilityNotFoundError('Deze gemeente bestaat niet.');
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const cases = await providerCases(db, { municipalityCode, providerCode: meeCode, from, to });
  const { values } = figuresFromCases(cases, from, to);
  const shortComputed = cases.reduce((n, c) => n + c.aggregate.questions.filter((q) => q.closeReason === 'direct_beantwoord' && q.closedOn && q.closedOn >= from && q.closedOn <= to).length, 0);
  const [row] = await db.rows<{ package: unknown; source: 'ingevuld' | 'import'; version: number }>(sql`
    select package, source, version from mee_information_packages where municipality_code = ${municipalityCode} and mee_code = ${meeCode} and year = ${year}`);
  const stored: StoredPackage = row ? { ...EMPTY, ...((typeof row.package === 'string' ? JSON.parse(row.package) : row.package) as StoredPackage) } : EMPTY;
  const [budget] = await db.rows<{ ivh: string }>(sql`select ivh_cents::text as ivh from published_allocations where municipality_code = ${municipalityCode} order by abs(year - ${year}) limit 1`);
  const costCents = stored.ivh.costCents ?? (budget ? Number(budget.ivh) : null);
  return {
    municipalityCode,
    meeCode,
    year,
    clients: values.clienten_bereikt as number,
    byAge: values.clienten_per_leeftijd as Breakdown,
    byTargetGroup: values.clienten_per_doelgroep as Breakdown,
    byLifeDomain: values.clienten_per_levensdomein as Breakdown,
    shortQuestions: stored.shortQuestions ?? shortComputed,
    shortQuestionsSource: stored.shortQuestions === undefined ? 'dossiers' : 'ingevuld',
    collectiveTasks: stored.collectiveTasks,
    networks: stored.networks,
    training: stored.training,
    plusTasks: stored.plusTasks,
    ivh: { ...stored.ivh, costCents, costSource: stored.ivh.costCents !== null ? 'ingevuld' : budget ? 'budget' : 'onbekend' },
    source: row?.source ?? 'dossiers',
    version: row?.version ?? 0,
  };
}

/** Saves the parts casework cannot compute; version 0 = nothing stored yet (If-None-Match: *). */
export async function savePackage(db: Database, municipalityCode: string, year: number, input: StoredPackage, expectedVersion: number | undefined, source: 'ingevuld' | 'import'): Promise<InformationPackage> {
  const meeCode = await meeOf(db, municipalityCode);
  if (!meeCode) throw new AccountabilityNotFoundError('Deze gemeente bestaat niet.');
  const json = JSON.stringify(input);
  await db.transaction(async (tx) => {
    const found = (await tx.execute(sql`select version from mee_information_packages
      where municipality_code = ${municipalityCode} and mee_code = ${meeCode} and year = ${year} for update`)) as { rows: { version: number }[] };
    const current = found.rows[0]?.version ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== current) {
      throw new AccountabilityConflictError('Het informatiepakket is intussen gewijzigd. Laad het opnieuw en probeer het nog eens.');
    }
    await tx.execute(sql`
      insert into mee_information_packages (municipality_code, mee_code, year, package, source) values (${municipalityCode}, ${meeCode}, ${year}, ${json}::jsonb, ${source})
      on conflict (municipality_code, mee_code, year) do update set package = excluded.package, source = excluded.source,
        version = mee_information_packages.version + 1, updated_at = now()`);
  });
  return informationPackage(db, municipalityCode, year);
}

const LIST_PARTS = { collectief: 'collectiveTasks', netwerk: 'networks', toerusting: 'training', plustaak: 'plusTasks' } as const;
const NUMBER_PARTS = ['korte_vragen', 'ivh_netwerken', 'ivh_kosten_euro', 'ivh_aangemelde_kinderen'] as const;

/** A non-negative euro amount in cents, or null. */
function euroCents(text: string): number | null {
  try {
    const cents = parseEuro(text);
    return cents >= 0 ? cents : null;
  } catch {
    return null;
  }
}

/**
 * Reads an imported package (CSV/XLSX `onderdeel;omschrijving`): list parts (collectief, netwerk,
 * toerusting, plustaak) one row per item; numbers (korte_vragen, ivh_netwerken, ivh_kosten_euro,
 * ivh_aangemelde_kinderen) with the number in `omschrijving`; ivh_omvang as text. All or nothing.
 */
export async function parsePackageFile(content: Buffer, fileName: string): Promise<StoredPackage> {
  const table = await parseTable(content, fileName);
  const problems: CellProblem[] = [];
  for (const column of ['onderdeel', 'omschrijving']) if (!table.header.includes(column)) problems.push({ row: 1, column, message: `De kolom "${column}" ontbreekt.` });
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  const result: StoredPackage = structuredClone(EMPTY);
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i]!;
    const part = (cells.onderdeel ?? '').toLowerCase();
    const text = cells.omschrijving ?? '';
    if (part in LIST_PARTS) {
      if (!text) problems.push({ row, column: 'omschrijving', message: 'Vul een omschrijving in.' });
      else result[LIST_PARTS[part as keyof typeof LIST_PARTS]].push(text);
    } else if ((NUMBER_PARTS as readonly string[]).includes(part)) {
      // Amounts by the one Dutch reading of Naast (parseEuro: 1.234,56, 1234,56, 1234.56, a number cell).
      const cents = part === 'ivh_kosten_euro' ? euroCents(text) : null;
      const ok = part === 'ivh_kosten_euro' ? cents !== null : /^\d+$/.test(text);
      if (!ok) {
        problems.push({ row, column: 'omschrijving', message: `"${text}" is geen ${part === 'ivh_kosten_euro' ? 'bedrag in euro' : 'geheel getal'}.` });
        return;
      }
      if (part === 'korte_vragen') result.shortQuestions = Number(text);
      if (part === 'ivh_netwerken') result.ivh.networks = Number(text);
      if (part === 'ivh_aangemelde_kinderen') result.ivh.registeredChildren = Number(text);
      if (part === 'ivh_kosten_euro') result.ivh.costCents = cents!;
    } else if (part === 'ivh_omvang') result.ivh.scale = text;
    else problems.push({ row, column: 'onderdeel', message: `"${cells.onderdeel ?? ''}" is geen onderdeel. Kies uit: ${[...Object.keys(LIST_PARTS), ...NUMBER_PARTS, 'ivh_omvang'].join(', ')}.` });
  });
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return result;
}
