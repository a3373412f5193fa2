import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';

/**
 * Back-up and restore of the whole database, for both engines:
 * - PostgreSQL server: `pg_dump --format=custom` (restore with `pg_restore`), so a server backup is
 *   an ordinary PostgreSQL backup that any DBA can read;
 * - PGlite: the data folder as a gzip'ed tarball (PGlite's `dumpDataDir`), opened again with
 *   `loadDataDir`. Only while no server uses the folder: PGlite is single-process.
 * Messages are Dutch; the CLI translates them through its catalogue by key.
 */
export interface Target {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** Progress and outcome messages as catalogue keys with values (the CLI prints them in its language). */
export type Report = (key: BackupMessage, values?: Record<string, string | number>) => void;
export type BackupMessage =
  | 'backup.start'
  | 'backup.table'
  | 'backup.done'
  | 'restore.start'
  | 'restore.table'
  | 'restore.done'
  | 'restore.movedAside';

/** A refusal the CLI shows as is (a key of its texts + values); the CLI picks the exit code per key. */
export class BackupError extends Error {
  constructor(
    readonly key: 'restore.notEmpty' | 'restore.unknownFormat' | 'restore.missingFile' | 'backup.toolFailed' | 'backup.folderMissing' | 'backup.inUse',
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

const PG_DUMP_MAGIC = Buffer.from('PGDMP');
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

export async function backup(target: Target, file: string, options: { force: boolean }, report: Report): Promise<{ bytes: number; engine: 'pglite' | 'postgres' }> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Write next to the target and rename at the end: a crashed backup never looks like a finished one.
  const partial = `${file}.deels`;
  if (target.databaseUrl) {
    const tables = await countTables(target.databaseUrl);
    report('backup.start', { engine: 'PostgreSQL', tables });
    let done = 0;
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', '--verbose', `--file=${partial}`, `--dbname=${target.databaseUrl}`], (line) => {
      const m = /dumping contents of table "?([\w.]+)"?/.exec(line);
      if (m) report('backup.table', { done: ++done, total: tables, table: m[1]!.replace(/^public\./, '') });
    });
    fs.renameSync(partial, file);
    const bytes = fs.statSync(file).size;
    report('backup.done', { file, size: megabytes(bytes) });
    return { bytes, engine: 'postgres' };
  }
  if (!fs.existsSync(path.join(target.dataDir, 'PG_VERSION'))) throw new BackupError('backup.folderMissing', { dir: target.dataDir });
  report('backup.start', { engine: 'PGlite', tables: '-' });
  const db = await openExclusive(target.dataDir, options.force);
  try {
    const blob = await db.dumpDataDir('gzip');
    fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
  } finally {
    await db.close();
  }
  fs.renameSync(partial, file);
  const bytes = fs.statSync(file).size;
  report('backup.done', { file, size: megabytes(bytes) });
  return { bytes, engine: 'pglite' };
}

export async function restore(target: Target, file: string, options: { force: boolean }, report: Report): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError('restore.missingFile', { file });
  const head = Buffer.alloc(5);
  const fd = fs.openSync(file, 'r');
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (target.databaseUrl) {
    if (!head.equals(PG_DUMP_MAGIC)) throw new BackupError('restore.unknownFormat', { file, expected: 'pg_dump (PostgreSQL-server)' });
    const tables = await countTables(target.databaseUrl);
    if (tables > 0 && !options.force) throw new BackupError('restore.notEmpty', { target: redact(target.databaseUrl), tables });
    report('restore.start', { file, target: redact(target.databaseUrl) });
    if (tables > 0) await dropEverything(target.databaseUrl);
    let done = 0;
    await run('pg_restore', ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', '--verbose', `--dbname=${target.databaseUrl}`, file], (line) => {
      const m = /processing data for table "?([\w.]+)"?/.exec(line);
      if (m) report('restore.table', { done: ++done, table: m[1]!.replace(/^public\./, '') });
    });
    report('restore.done', { target: redact(target.databaseUrl) });
    return;
  }
  if (!head.subarray(0, 2).equals(GZIP_MAGIC)) throw new BackupError('restore.unknownFormat', { file, expected: 'PGlite-map (tar.gz)' });
  const existing = fs.existsSync(target.dataDir) ? fs.readdirSync(target.dataDir) : [];
  if (existing.length > 0) {
    if (!options.force) throw new BackupError('restore.notEmpty', { target: target.dataDir, tables: existing.length });
    // Never delete data on a restore: the old folder is moved aside, the operator removes it later.
    const aside = `${target.dataDir.replace(/\/$/, '')}.voor-herstel-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    fs.renameSync(target.dataDir, aside);
    report('restore.movedAside', { dir: aside });
  }
  report('restore.start', { file, target: target.dataDir });
  fs.mkdirSync(target.dataDir, { recursive: true });
  const blob = new Blob([fs.readFileSync(file)]);
  const db = await PGlite.create({ dataDir: target.dataDir, loadDataDir: blob });
  await db.query('select 1');
  await db.close();
  report('restore.done', { target: target.dataDir });
}

/**
 * PGlite is single-process: a server on the same folder would be corrupted. An open PGlite keeps
 * `postmaster.pid` in the folder (removed on a clean close), so its presence means a server runs on
 * it, or one stopped without closing (a crash); only --force goes on then.
 */
async function openExclusive(dataDir: string, force: boolean): Promise<PGlite> {
  if (!force && fs.existsSync(path.join(dataDir, 'postmaster.pid'))) throw new BackupError('backup.inUse', { dir: dataDir });
  return PGlite.create({ dataDir });
}

async function countTables(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  // A connection that drops is reported by the failing query; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const result = await client.query<{ n: number }>(`select count(*)::int as n from information_schema.tables
      where table_schema not in ('pg_catalog', 'information_schema') and table_type = 'BASE TABLE'`);
    return result.rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** With --force on a server: every schema of ours goes (in one transaction), then the dump is restored into the empty database. */
async function dropEverything(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  // A connection that drops is reported by the failing query; without a listener it would crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    const schemas = await client.query<{ name: string }>(`select nspname as name from pg_namespace
      where nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and nspname not like 'pg_temp_%' and nspname not like 'pg_toast_temp_%'`);
    await client.query('begin');
    for (const { name } of schemas.rows) await client.query(`drop schema ${pg.escapeIdentifier(name)} cascade`);
    await client.query('create schema public');
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], onLine: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let tail = '';
    let buffer = '';
    child.stderr.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        onLine(line);
        if (!/^(pg_dump|pg_restore): (dumping|processing|reading|identifying|finding|flagging|saving|last built-in|creating|executing|connecting|implied|setting|reading|launching|finished)/.test(line)) tail = `${tail}\n${line}`.slice(-2000);
      }
    });
    child.on('error', (err) => reject(new BackupError('backup.toolFailed', { tool: command, detail: err.message })));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new BackupError('backup.toolFailed', { tool: command, detail: `exitcode ${code}${tail ? `: ${tail.trim()}` : ''}` }))));
  });
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1).replace('.', ',');
/** A database URL without its password, for messages. */
const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
