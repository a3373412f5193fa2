import type { Database } from '../../db/client.ts';
import { parseEuro, ParseEuroError } from '../../domain/budget/index.ts';
import { DEFINITIVE_ANSWERS, REQUIREMENT_ANSWERS, REQUIREMENT_IDS, STAGES, type Answers, type DefinitiveAnswer, type RequirementAnswer, type Stage } from '../../domain/monitor/questionnaire.ts';
import { errorsOf, validateAnswers, warningsOf } from '../../domain/monitor/validate.ts';
import { parseTable, TableImportError, type CellProblem } from '../tabular/import.ts';
import { MAX_MUNICIPALITY_TABLE_ROWS } from '../tabular/limits.ts';
import { byRow, outOfScopeProblems, type ImportScope } from '../tabular/scope.ts';
import { allocationByMunicipality } from './allocation.ts';
import { insertSubmittedResponses, type BulkResponse } from './responses.ts';
import type { Round } from './rounds.ts';
import { resolveMunicipalities } from '../register/municipality-resolver.ts';

export const RESPONSE_COLUMNS = ['gemeente', 'fase', 'a', 'b', 'c', 'd', 'e', 'f', 'budget_mee_2015_eur', 'toelichting'] as const;
/**
 * Optional columns. `andere_aanbieders`: the other providers of client support the municipality has
 * agreements with (names separated by | or ,; "geen" = none). A file without the column, or an empty
 * cell, says nothing: the providers are unknown, not "none", so they never make a municipality lag
 * (issue 21 §2). `definitieve_afspraken` (ja/nee): the answer to the round's question on definitive
 * agreements, read as that round's questionnaire version asks it (expected or realised).
 */
export const OPTIONAL_RESPONSE_COLUMNS = ['andere_aanbieders', 'definitieve_afspraken'] as const;

const NONE = new Set(['geen', 'nee', 'geen andere aanbieders']);

/** A cell of `andere_aanbieders`: null = unknown (empty), [] = none, or the names. */
export function parseOtherProviders(cell: string | undefined): string[] | null {
  const text = (cell ?? '').trim();
  if (!text) return null;
  if (NONE.has(text.toLowerCase())) return [];
  return [...new Set(text.split(/[|,]/).map((p) => p.trim()).filter(Boolean))];
}

/** Which file column an answer field comes from, to name it in an error. */
function columnOf(field: string): string {
  if (field === 'stage') return 'fase';
  if (field === 'budgetMee2015Cents') return 'budget_mee_2015_eur';
  const m = /^requirements\.([a-f])\.(answer|explanation)$/.exec(field);
  return m ? (m[2] === 'answer' ? m[1]! : 'toelichting') : field;
}

/**
 * Reads a responses file (`gemeente;fase;a;…;f;budget_mee_2015_eur;toelichting`, optionally
 * `andere_aanbieders` and `definitieve_afspraken`) for a round:
 * every problem with its line and column, and nothing stored unless every row is right. A row of a
 * municipality outside the uploader's scope is one of those problems.
 */
export async function parseResponsesFile(db: Database, round: Round, content: Buffer, fileName: string, scope: ImportScope): Promise<BulkResponse[]> {
  const table = await parseTable(content, fileName, MAX_MUNICIPALITY_TABLE_ROWS);
  const problems: CellProblem[] = RESPONSE_COLUMNS.filter((c) => !table.header.includes(c)).map((column) => ({ row: 1, column, message: 'deze kolom ontbreekt in rij 1 (de kolomnamen)' }));
  if (problems.length) throw new TableImportError(problems, { header: table.header });
  const find = await resolveMunicipalities(db, round.divisionYear);
  const allocation = await allocationByMunicipality(db, round.divisionYear);
  const seen = new Map<string, number>();
  const result: BulkResponse[] = [];
  table.rows.forEach((row, i) => {
    const line = table.rowNumbers[i]!;
    const firstOfRow = problems.length; // this row's problems: a search over all of them was quadratic in the rows
    const add = (column: string, message: string) => problems.push({ row: line, column, message });
    const name = row.gemeente ?? '';
    const code = find(name);
    if (!name) add('gemeente', 'vul de gemeente in (naam of CBS-code)');
    else if (!code) add('gemeente', `"${name}" is geen gemeente in de indeling ${round.divisionYear}`);
    else if (seen.has(code)) add('gemeente', `"${name}" staat ook al op rij ${seen.get(code)}`);
    if (code && !seen.has(code)) seen.set(code, line);
    const stage = row.fase as Stage;
    if (!STAGES.includes(stage)) add('fase', `"${row.fase ?? ''}" is geen fase; kies uit ${STAGES.join(', ')}`);
    const requirements: Answers['requirements'] = {};
    for (const id of REQUIREMENT_IDS) {
      const value = (row[id] ?? '').toLowerCase() as RequirementAnswer;
      if (!REQUIREMENT_ANSWERS.includes(value)) add(id, `"${row[id] ?? ''}" is geen antwoord; kies ja, nee of gedeeltelijk`);
      else requirements[id] = { answer: value, explanation: row.toelichting ?? '' };
    }
    let budget: number | null = null;
    if (row.budget_mee_2015_eur) {
      try {
        budget = parseEuro(row.budget_mee_2015_eur);
      } catch (e) {
        // parseEuro says why (such as three decimals from a formula).
        add('budget_mee_2015_eur', e instanceof ParseEuroError ? e.message : `"${row.budget_mee_2015_eur}" is geen bedrag in euro's`);
      }
    }
    const otherProviders = table.header.includes('andere_aanbieders') ? parseOtherProviders(row.andere_aanbieders) : null;
    if (otherProviders?.some((p) => p.length > 200)) add('andere_aanbieders', 'een naam van een aanbieder is langer dan 200 tekens');
    const definitiveText = (row.definitieve_afspraken ?? '').trim().toLowerCase();
    if (definitiveText && !DEFINITIVE_ANSWERS.includes(definitiveText as DefinitiveAnswer)) add('definitieve_afspraken', `"${row.definitieve_afspraken}" is geen antwoord; kies ja of nee, of laat de cel leeg`);
    if (!code || !STAGES.includes(stage)) return;
    const answers: Answers = {
      stage,
      requirements,
      budgetMee2015Cents: budget,
      otherProviders,
      definitiveAgreements: DEFINITIVE_ANSWERS.includes(definitiveText as DefinitiveAnswer) ? (definitiveText as DefinitiveAnswer) : null,
      freeText: row.toelichting ?? '',
    };
    const findings = validateAnswers(answers, round.questionnaire, { allocationCents: allocation.get(code) ?? null, mode: 'submit' });
    for (const f of errorsOf(findings)) if (!problems.slice(firstOfRow).some((p) => p.column === columnOf(f.field))) add(columnOf(f.field), f.message);
    result.push({ municipalityCode: code, answers, warnings: warningsOf(findings) });
  });
  const names = new Map(table.rows.map((row, i) => [table.rowNumbers[i]!, row.gemeente ?? '']));
  problems.push(...(await outOfScopeProblems([...seen].map(([code, line]) => ({ row: line, column: 'gemeente', municipalityCode: code, label: names.get(line)! })), scope)));
  if (problems.length) throw new TableImportError(byRow(problems), { header: table.header });
  return result;
}

export async function importResponses(db: Database, round: Round, content: Buffer, fileName: string, userId: string | null, scope: ImportScope): Promise<number> {
  const rows = await parseResponsesFile(db, round, content, fileName, scope);
  return insertSubmittedResponses(db, round.id, rows, 'import', userId);
}
