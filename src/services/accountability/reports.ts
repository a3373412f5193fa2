import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { IsoDate } from '../../domain/cases/index.ts';
import {
  checkValues,
  missingRequired,
  templateFor,
  transition,
  valuesFromRows,
  type FundingForm,
  type ReportValues,
  type Side,
  type SubmissionAction,
  type SubmissionState,
} from '../../domain/accountability/index.ts';
import { parseTable, TableImportError } from '../tabular/import.ts';
import { computePrefill, type Prefill, type Trace } from './prefill.ts';
import { AccountabilityConflictError, AccountabilityDuplicateError, AccountabilityInputError, AccountabilityNotFoundError, AccountabilityStateError } from './errors.ts';

/**
 * Reporting periods and the provider's report in each (verantwoordingsrapportage). The municipality
 * opens a period for a provider and funding form; Naast pre-fills what casework knows; the provider
 * completes, uploads or corrects and submits; the municipality asks questions or accepts.
 */
export interface Period {
  id: string;
  municipalityCode: string;
  providerCode: string;
  fundingForm: FundingForm;
  from: IsoDate;
  to: IsoDate;
  dueOn: IsoDate | null;
  label: string;
}

export interface Message {
  id: string;
  side: Side;
  body: string;
  writtenAt: string;
}

export interface Report extends Period {
  state: SubmissionState;
  values: ReportValues;
  prefill: ReportValues;
  trace: Trace;
  spendCents: number | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  version: number;
  messages: Message[];
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
const notFound = () => new AccountabilityNotFoundError('Deze verantwoordingsperiode bestaat niet.');

const periodColumns = sql`p.id::text as id, p.municipality_code as "municipalityCode", p.provider_code as "providerCode",
  p.funding_form as "fundingForm", to_char(p.period_from, 'YYYY-MM-DD') as "from", to_char(p.period_to, 'YYYY-MM-DD') as "to",
  to_char(p.due_on, 'YYYY-MM-DD') as "dueOn", p.label`;
const periodSelect = sql`select ${periodColumns} from accountability_periods p`;

export interface NewPeriod {
  municipalityCode: string;
  providerCode: string;
  fundingForm: FundingForm;
  from: IsoDate;
  to: IsoDate;
  dueOn: IsoDate | null;
  label?: string;
  userId: string | null;
}

/** Opens a period with its report, pre-filled from casework as it stands today. */
export async function createPeriod(db: Database, input: NewPeriod): Promise<Report> {
  const problems: { field: string; message: string }[] = [];
  if (input.from > input.to) problems.push({ field: 'totEnMetDatum', message: 'De einddatum ligt vóór de begindatum.' });
  const [known] = await db.rows(sql`select 1 from municipalities where code = ${input.municipalityCode}`);
  if (!known) problems.push({ field: 'gemeenteCode', message: 'Deze gemeente bestaat niet.' });
  if (!/^[a-z0-9][a-z0-9-]{1,99}$/.test(input.providerCode)) problems.push({ field: 'aanbiederCode', message: 'Een aanbiedercode bestaat uit kleine letters, cijfers en streepjes (bijvoorbeeld mee-utrecht-gooi-vecht).' });
  if (problems.length) throw new AccountabilityInputError(problems);
  const [clash] = await db.rows(sql`select 1 from accountability_periods where municipality_code = ${input.municipalityCode} and provider_code = ${input.providerCode}
    and funding_form = ${input.fundingForm} and period_from = ${input.from}::date and period_to = ${input.to}::date`);
  if (clash) throw new AccountabilityDuplicateError('Deze periode bestaat al voor deze aanbieder en bekostigingsvorm.');
  const id = crypto.randomUUID();
  const prefill = await computePrefill(db, { municipalityCode: input.municipalityCode, providerCode: input.providerCode, from: input.from, to: input.to });
  const values = prefillValues(input.fundingForm, prefill);
  const label = input.label ?? `${input.from.slice(0, 4)}${input.from.slice(0, 4) === input.to.slice(0, 4) ? '' : `–${input.to.slice(0, 4)}`} ${input.fundingForm}`;
  await db.transaction(async (tx) => {
    await tx.execute(sql`insert into accountability_periods (id, municipality_code, provider_code, funding_form, period_from, period_to, due_on, label, created_by)
      values (${id}::uuid, ${input.municipalityCode}, ${input.providerCode}, ${input.fundingForm}, ${input.from}::date, ${input.to}::date, ${input.dueOn}::date, ${label}, ${input.userId}::uuid)`);
    await tx.execute(sql`insert into accountability_reports (period_id, report_values, prefill)
      values (${id}::uuid, ${JSON.stringify(values)}::jsonb, ${JSON.stringify({ values, trace: prefill.trace, activityImports: prefill.activityImports })}::jsonb)`);
  });
  return loadReport(db, id);
}

/** The computed figures that the form has a field for. */
function prefillValues(form: FundingForm, prefill: Prefill): ReportValues {
  const fields = new Set(templateFor(form).map((f) => f.key));
  return Object.fromEntries(Object.entries(prefill.values).filter(([k]) => fields.has(k)));
}

export async function findPeriod(db: Database, id: string): Promise<Period | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.rows<Period>(sql`${periodSelect} where p.id = ${id}::uuid`);
  return row ?? null;
}

export async function loadReport(db: Database, id: string): Promise<Report> {
  const period = await findPeriod(db, id);
  if (!period) throw notFound();
  const [row] = await db.rows<{ state: SubmissionState; values: unknown; prefill: unknown; spend: string | null; submittedAt: string | null; acceptedAt: string | null; version: number }>(sql`
    select state, report_values as values, prefill, spend_cents::text as spend, submitted_at::text as "submittedAt", accepted_at::text as "acceptedAt", version
      from accountability_reports where period_id = ${id}::uuid`);
  const messages = await db.rows<Message>(sql`select id::text as id, side, body, written_at::text as "writtenAt" from accountability_messages where period_id = ${id}::uuid order by written_at, id`);
  const prefill = parse<{ values?: ReportValues; trace?: Trace }>(row!.prefill);
  return {
    ...period,
    state: row!.state,
    values: parse<ReportValues>(row!.values),
    prefill: prefill.values ?? {},
    trace: prefill.trace ?? {},
    spendCents: row!.spend === null ? null : Number(row!.spend),
    submittedAt: row!.submittedAt,
    acceptedAt: row!.acceptedAt,
    version: row!.version,
    messages,
  };
}

export interface PeriodFilter {
  municipalityCodes?: string[];
  providerCodes?: string[];
  year?: number;
  states?: SubmissionState[];
}

/** Periods with the state of their report, newest first; an empty filter list means none. */
export async function listReports(db: Database, filter: PeriodFilter): Promise<(Period & { state: SubmissionState; version: number; spendCents: number | null })[]> {
  const conditions = [sql`true`];
  if (filter.municipalityCodes) conditions.push(filter.municipalityCodes.length ? sql`p.municipality_code in (${sql.join(filter.municipalityCodes.map((c) => sql`${c}`), sql`, `)})` : sql`false`);
  if (filter.providerCodes) conditions.push(filter.providerCodes.length ? sql`p.provider_code in (${sql.join(filter.providerCodes.map((c) => sql`${c}`), sql`, `)})` : sql`false`);
  if (filter.year) conditions.push(sql`extract(year from p.period_from)::int = ${filter.year}`);
  if (filter.states) conditions.push(filter.states.length ? sql`r.state in (${sql.join(filter.states.map((s) => sql`${s}`), sql`, `)})` : sql`false`);
  const rows = await db.rows<Period & { state: SubmissionState; version: number; spend: string | null }>(sql`
    select ${periodColumns}, r.state, r.version, r.spend_cents::text as spend
      from accountability_periods p join accountability_reports r on r.period_id = p.id
     where ${sql.join(conditions, sql` and `)}
     order by p.period_from desc, p.municipality_code, p.provider_code, p.funding_form`);
  return rows.map(({ spend, ...r }) => ({ ...r, spendCents: spend === null ? null : Number(spend) }));
}

/** Locks the report, checks If-Match and the state machine, writes `change`, bumps the version. */
async function changeReport(
  db: Database,
  id: string,
  expectedVersion: number | undefined,
  action: SubmissionAction,
  side: Side,
  change: (
    current: { state: SubmissionState; values: ReportValues; form: FundingForm },
    next: SubmissionState,
  ) => { values?: ReportValues; message?: string; userId: string | null; prefill?: Prefill },
): Promise<Report> {
  const period = await findPeriod(db, id);
  if (!period) throw notFound();
  await db.transaction(async (tx) => {
    const result = (await tx.execute(sql`select state, report_values as values, version from accountability_reports where period_id = ${id}::uuid for update`)) as { rows: { state: SubmissionState; values: unknown; version: number }[] };
    const row = result.rows[0]!;
    if (expectedVersion !== undefined && expectedVersion !== row.version) {
      throw new AccountabilityConflictError('De rapportage is intussen gewijzigd. Laad haar opnieuw en probeer het nog eens.');
    }
    const current = { state: row.state, values: parse<ReportValues>(row.values), form: period.fundingForm };
    const missing = action === 'indienen' ? missingRequired(period.fundingForm, current.values).map((f) => f.label) : [];
    const next = transition(row.state, action, side, missing);
    if (!next.ok) throw new AccountabilityStateError(next.code, next.message);
    const { values, message, userId, prefill } = change(current, next.state);
    const written = values ?? current.values;
    const spend = typeof written.uitgaven === 'number' ? written.uitgaven : null;
    await tx.execute(sql`update accountability_reports set state = ${next.state}, report_values = ${JSON.stringify(written)}::jsonb, spend_cents = ${spend},
        submitted_at = case when ${action} = 'indienen' then now() else submitted_at end,
        accepted_at = case when ${action} = 'accepteren' then now() else accepted_at end,
        accepted_by = case when ${action} = 'accepteren' then ${userId}::uuid else accepted_by end,
        version = version + 1, updated_at = now() where period_id = ${id}::uuid`);
    if (prefill) {
      const stored = { values: prefillValues(period.fundingForm, prefill), trace: prefill.trace, activityImports: prefill.activityImports };
      await tx.execute(sql`update accountability_reports set prefill = ${JSON.stringify(stored)}::jsonb where period_id = ${id}::uuid`);
    }
    if (message) {
      await tx.execute(sql`insert into accountability_messages (id, period_id, side, body, written_by) values (${crypto.randomUUID()}::uuid, ${id}::uuid, ${side}, ${message}, ${userId}::uuid)`);
    }
  });
  return loadReport(db, id);
}

/** The provider replaces its values (JSON form); every wrong field is named. */
export async function saveValues(db: Database, id: string, expectedVersion: number | undefined, input: Record<string, unknown>, userId: string | null): Promise<Report> {
  const period = await findPeriod(db, id);
  if (!period) throw notFound();
  const { values, problems } = checkValues(period.fundingForm, input);
  if (problems.length) throw new AccountabilityInputError(problems.map((p) => ({ field: `waarden.${p.field}`, message: p.message })));
  return changeReport(db, id, expectedVersion, 'opslaan', 'aanbieder', () => ({ values, userId }));
}

/**
 * The provider uploads its report (CSV or XLSX, `veld;categorie;waarde`): all or nothing. Every bad
 * cell is named with row and column; values not in the file keep what was there (the pre-fill).
 */
export async function uploadValues(db: Database, id: string, expectedVersion: number | undefined, content: Buffer, fileName: string, userId: string | null): Promise<Report> {
  const period = await findPeriod(db, id);
  if (!period) throw notFound();
  const table = await parseTable(content, fileName);
  const { values, problems } = valuesFromRows(period.fundingForm, table.header, table.rows.map((cells, i) => ({ row: table.rowNumbers[i]!, cells })));
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  return changeReport(db, id, expectedVersion, 'opslaan', 'aanbieder', (current) => ({ values: { ...current.values, ...values }, userId }));
}

export function submitReport(db: Database, id: string, expectedVersion: number | undefined, note: string | undefined, userId: string | null): Promise<Report> {
  return changeReport(db, id, expectedVersion, 'indienen', 'aanbieder', () => ({ message: note?.trim() || undefined, userId }));
}

export function askQuestion(db: Database, id: string, expectedVersion: number | undefined, question: string, userId: string | null): Promise<Report> {
  if (!question.trim()) throw new AccountabilityInputError([{ field: 'vraag', message: 'Schrijf de vraag aan de aanbieder op.' }]);
  return changeReport(db, id, expectedVersion, 'vraag_stellen', 'gemeente', () => ({ message: question.trim(), userId }));
}

export function acceptReport(db: Database, id: string, expectedVersion: number | undefined, note: string | undefined, userId: string | null): Promise<Report> {
  return changeReport(db, id, expectedVersion, 'accepteren', 'gemeente', () => ({ message: note?.trim() || undefined, userId }));
}

/** A message without a change of state (an answer, a remark); not after acceptance. */
export async function addMessage(db: Database, id: string, side: Side, body: string, userId: string | null): Promise<Report> {
  const report = await loadReport(db, id);
  if (!body.trim()) throw new AccountabilityInputError([{ field: 'bericht', message: 'Het bericht is leeg.' }]);
  if (report.state === 'geaccepteerd') throw new AccountabilityStateError('wrong-state', 'Deze rapportage is al geaccepteerd; berichten kunnen niet meer.');
  await db.rows(sql`insert into accountability_messages (id, period_id, side, body, written_by) values (${crypto.randomUUID()}::uuid, ${id}::uuid, ${side}, ${body.trim()}, ${userId}::uuid) returning id`);
  return loadReport(db, id);
}

/**
 * Computes the pre-fill again from casework as it stands now (e.g. after cases were added late) and
 * puts the computed figures over the current values; the provider's other values stay.
 */
export async function refreshPrefill(db: Database, id: string, expectedVersion: number | undefined, userId: string | null): Promise<Report> {
  const period = await findPeriod(db, id);
  if (!period) throw notFound();
  // Computed before the transaction: on the embedded engine a query outside it would wait for it.
  const prefill = await computePrefill(db, { municipalityCode: period.municipalityCode, providerCode: period.providerCode, from: period.from, to: period.to });
  return changeReport(db, id, expectedVersion, 'opslaan', 'aanbieder', (current) => ({ values: { ...current.values, ...prefillValues(period.fundingForm, prefill) }, prefill, userId }));
}
