import { sql, type SQL } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { Grouper } from '../../db/group.ts';
import { AUDIT_ENTRY_COLUMNS, type AuditEntry } from '../audit/log.ts';
import { pokeAuditSealer } from '../audit/seal.ts';
import type { KeyRef } from '../idempotency/store.ts';
import type { Rows } from './people.ts';
import { notesFrom, type NewNote, type NoteRecord } from './records.ts';
import { caseColumns, intakeWorkColumns, type CaseRecord } from './store.ts';

/**
 * Case creation as ONE statement for any number of cases (ADR 0015): each case row with its work-list
 * columns, its intake contact moment, the audit row of the request that creates it and the mark on
 * its Idempotency-Key. One statement is atomic by itself, so a case is never stored without its audit
 * row, and no BEGIN/COMMIT round trips are needed. The cases come in as one JSON parameter, so the
 * text of the statement is the same for one case and for a hundred.
 */
export interface Creation {
  record: CaseRecord;
  /** The intake contact moment (its id made by the caller: the answer is matched on it). */
  note: NewNote & { id: string };
  /** The audit row of the creating request; null when the caller logs by itself. */
  audit: AuditEntry | null;
  /** The request's Idempotency-Key, marked used when the case is stored. */
  key: KeyRef | null;
}

const NOTE_COLUMNS = [
  ['note_id', 'uuid'],
  ['question_id', 'text'],
  ['kind', 'text'],
  ['channel', 'text'],
  ['occurred_on', 'date'],
  ['body', 'text'],
  ['recorded_by', 'uuid'],
] as const;

/** One creation as a row of the JSON parameter (column name → value). */
function creationRow(c: Creation, ord: number): Record<string, unknown> {
  const row: Record<string, unknown> = { ord, id: c.record.id, municipality_code: c.record.municipalityCode };
  for (const column of caseColumns(c.record)) row[column.name] = column.value;
  const { note } = c;
  Object.assign(row, { note_id: note.id, question_id: note.questionId, kind: note.kind, channel: note.channel, occurred_on: note.occurredOn, body: note.body, recorded_by: note.recordedBy });
  row.audited = c.audit !== null;
  for (const [column, , field] of AUDIT_ENTRY_COLUMNS) row[column] = c.audit?.[field] ?? null;
  Object.assign(row, { key_scope: c.key?.scope ?? null, key_route: c.key?.route ?? null, key_value: c.key?.key ?? null });
  return row;
}

const list = (names: readonly string[], prefix = '') => sql.raw(names.map((n) => prefix + n).join(', '));

/**
 * The statement. A case whose municipality does not exist is skipped with everything that belongs to
 * it (the joins on `new_case`); the answer has one contact moment per case stored.
 */
export function creationStatement(items: Creation[]): SQL {
  const caseCols = caseColumns(items[0]!.record);
  const definitions = [
    'ord int',
    'id uuid',
    'municipality_code text',
    ...caseCols.map((c) => `${c.name} ${c.type}`),
    ...NOTE_COLUMNS.map(([n, t]) => `${n} ${t}`),
    'audited boolean',
    ...AUDIT_ENTRY_COLUMNS.map(([n, t]) => `${n} ${t}`),
    'key_scope text',
    'key_route text',
    'key_value text',
  ];
  const caseNames = caseCols.map((c) => c.name);
  const work = intakeWorkColumns(sql.raw('i.occurred_on'), sql.raw('i.body'));
  const auditNames = AUDIT_ENTRY_COLUMNS.map(([n]) => n);
  const json = JSON.stringify(items.map(creationRow));
  return sql`with input as (select * from jsonb_to_recordset(${json}::jsonb) as x (${sql.raw(definitions.join(', '))})),
    new_case as (
      insert into cases (id, municipality_code, ${list(caseNames)}, ${list(work.map((w) => w.name))})
      select i.id, m.code, ${list(caseNames, 'i.')}, ${sql.join(work.map((w) => w.value), sql`, `)}
        from input i join municipalities m on m.code = i.municipality_code order by i.ord
      -- Already stored by an earlier attempt whose answer was lost (see writeCreations): write nothing again.
      on conflict (id) do nothing
      returning id),
    new_note as (
      insert into case_notes (id, case_id, question_id, kind, channel, occurred_on, body, recorded_by)
      select i.note_id, i.id, i.question_id, i.kind, i.channel, i.occurred_on, i.body, i.recorded_by
        from input i join new_case c on c.id = i.id order by i.ord
      returning *),
    audit as (
      insert into audit_log (${list(auditNames)})
      select ${list(auditNames, 'i.')} from input i join new_case c on c.id = i.id where i.audited order by i.ord),
    used_key as (
      update idempotency_keys k set state = 'uitgevoerd' from input i join new_case c on c.id = i.id
       where k.scope = i.key_scope and k.route = i.key_route and k.key = i.key_value)
    ${notesFrom(sql.raw('new_note'))}`;
}

/**
 * Writes the creations in one statement; per creation its stored contact moment, or null when its
 * municipality does not exist. A creation that an earlier attempt already stored (its statement
 * committed, but the connection broke before the answer came back, and the group's fallback tries it
 * again) is answered with what was stored then: its case, audit row and key mark exist exactly once.
 */
export async function writeCreations(db: Rows, items: Creation[]): Promise<(NoteRecord | null)[]> {
  const notes = await db.rows<NoteRecord>(creationStatement(items));
  const byId = new Map(notes.map((n) => [n.id, n]));
  if (items.some((c) => c.audit)) pokeAuditSealer(db);
  const missing = items.filter((c) => !byId.has(c.note.id)).map((c) => c.note.id);
  if (missing.length > 0) {
    const stored = await db.rows<NoteRecord>(sql`${notesFrom(sql`case_notes`)} where n.id = any(${sql.array(missing)}::uuid[])`);
    for (const n of stored) byId.set(n.id, n);
  }
  return items.map((c) => byId.get(c.note.id) ?? null);
}

/**
 * One group at a time on both engines. PGlite has one connection. On PostgreSQL the commits of
 * concurrent groups wait for the same WAL flush anyway; with one statement in flight the next group
 * grows while it runs. Measured on the 2-core bench machine (`BENCH_ONLY=case npm run bench`, ratio to
 * the raw two-INSERT transaction, runs on a quiet machine vary by ±0.2): 1 slot 0.48–0.79 (four runs),
 * 2 slots 0.42–0.80, 3 slots 0.49, 6 slots 0.53; p99/p50 lowest with 1 slot (2.3–2.5).
 */
const SLOTS = { postgres: 1, pglite: 1 } as const;
const MAX_GROUP = 100;
const groupers = new WeakMap<Database, Grouper<Creation, NoteRecord | null>>();

/**
 * `writeCreations` for one creation, grouped with the creations of other requests that wait at the
 * same time (group commit, src/db/group.ts). Only on the application's own handle: a creation inside a
 * caller's transaction must stay in it, so it uses writeCreations.
 */
export function writeCreationGrouped(db: Database, item: Creation): Promise<NoteRecord | null> {
  let grouper = groupers.get(db);
  if (!grouper) {
    grouper = new Grouper((items) => writeCreations(db, items), SLOTS[db.engine], MAX_GROUP);
    groupers.set(db, grouper);
  }
  return grouper.submit(item);
}
