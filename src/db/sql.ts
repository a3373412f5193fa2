import { Sql, empty } from 'sql-template-tag';

/**
 * The one way to write a query (ADR 0011): hand-written SQL in a `sql` template, every
 * interpolation a bound parameter ($1, $2, …) unless it is itself a `sql` fragment.
 * The migrations are the schema; the row type is given where the query runs: `db.rows<T>(sql`…`)`.
 */
export type SQL = Sql;

/**
 * What a template may interpolate. No arrays and no plain objects: a list is written with
 * `sql.join` (one parameter per item), a PostgreSQL array with `sql.array`, JSON with `sql.json`,
 * so what reaches the driver never depends on how pg or PGlite guess a JavaScript value's type.
 * `undefined` leaves nothing (an optional fragment), as the Drizzle tag did.
 */
export type SqlValue = string | number | boolean | bigint | null | undefined | Date | Uint8Array | SQL;

function value(v: SqlValue): unknown {
  if (v === undefined) return empty;
  if (Array.isArray(v)) throw new TypeError('sql: een lijst wordt met sql.join of sql.array ingevoegd, niet als waarde');
  if (v !== null && typeof v === 'object' && !(v instanceof Sql) && !(v instanceof Date) && !(v instanceof Uint8Array)) {
    throw new TypeError('sql: een object wordt met sql.json ingevoegd');
  }
  return v;
}

function tag(strings: TemplateStringsArray, ...values: SqlValue[]): SQL {
  return new Sql(strings, values.map(value));
}

/** The items one after the other with `separator` between them; nothing for an empty list. */
function join(items: readonly SqlValue[], separator: SQL | string): SQL {
  if (items.length === 0) return empty;
  const sep = typeof separator === 'string' ? new Sql([separator], []) : separator;
  const parts: unknown[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(sep);
    parts.push(value(item));
  });
  return new Sql(['', ...parts.map(() => '')], parts);
}

/** Trusted SQL text, never input: table names from a fixed list, a statement in a test. */
function raw(text: string): SQL {
  return new Sql([text], []);
}

/** A quoted identifier ("name", inner quotes doubled), for a table or column name from a fixed list. */
function identifier(name: string): SQL {
  return raw(`"${name.replace(/"/g, '""')}"`);
}

/**
 * One parameter holding a PostgreSQL array; cast it in the query (`any(${sql.array(ids)}::uuid[])`)
 * so both engines know its type. Items are text or numbers.
 */
function array(items: readonly (string | number | null)[]): SQL {
  return new Sql(['', ''], [[...items]]);
}

/** One text parameter holding `value` as JSON; cast it in the query (`${sql.json(x)}::jsonb`). */
function json(v: unknown): SQL {
  return new Sql(['', ''], [JSON.stringify(v)]);
}

export const sql = Object.assign(tag, { join, raw, identifier, array, json, empty: empty as SQL });
