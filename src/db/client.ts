import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';

export type Engine = 'pglite' | 'postgres';

/** Drizzle's common base type: the same typed queries run on both engines. */
export type Orm = PgDatabase<PgQueryResultHKT, typeof schema>;

/**
 * One handle on the database, whichever engine is behind it.
 * `orm` is the typed query layer (Drizzle); `rows` runs hand-written SQL;
 * `script` runs a multi-statement SQL text (migrations) inside one transaction.
 */
export interface Database {
  engine: Engine;
  orm: Orm;
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  script(sqlText: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined means in-memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.poolSize ?? 10) : openPglite(options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  // int8 as number on both engines: our int8 values are counts and euro cents, far below 2^53.
  const parsers = { 20: (v: string) => Number(v) };
  const client = await PGlite.create(dataDir ? { dataDir, parsers } : { parsers });
  // drizzle-orm/pglite, not PGlite's node-postgres adapter: the latter hangs in transactions (STACK.md).
  const orm = drizzlePglite({ client, schema }) as unknown as Orm;
  let closed = false;
  return {
    engine: 'pglite',
    orm,
    async rows<T>(query: SQL) {
      const result = await orm.execute(query);
      return (result as unknown as { rows: T[] }).rows;
    },
    async script(sqlText) {
      await client.transaction(async (tx) => {
        await tx.exec(sqlText);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

async function openPostgres(url: string, max: number): Promise<Database> {
  // int8 (count(*), sums) arrives as string from pg; parse it once here so both engines agree.
  pg.types.setTypeParser(20, (v) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    /* idle client errors are reported on the next query */
  });
  await pool.query('select 1');
  const orm = drizzlePg({ client: pool, schema }) as unknown as Orm;
  let closed = false;
  return {
    engine: 'postgres',
    orm,
    async rows<T>(query: SQL) {
      const result = await orm.execute(query);
      return (result as unknown as { rows: T[] }).rows;
    },
    async script(sqlText) {
      const conn = await pool.connect();
      try {
        await conn.query('begin');
        await conn.query(sqlText);
        await conn.query('commit');
      } catch (err) {
        await conn.query('rollback').catch(() => undefined);
        throw err;
      } finally {
        conn.release();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
