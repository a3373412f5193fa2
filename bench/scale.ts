/**
 * `npm run bench:scale` (issue 23 §4): national volume. Builds five years of the whole country at a
 * chosen scale (bench/scale-data.ts: at scale 1, 403 municipalities, 400,000 cases with their contacts
 * and deadlines, 20 million audit rows, 20 monitor rounds, 10 million activity rows and the social
 * maps) on a PostgreSQL server, runs VACUUM ANALYZE, then measures p50/p99 of every hot read and write through
 * the real app (buildServer + inject: routing, auth, validation, audit logging and serialisation
 * included, no network) and prints a table with the p99 ratio against a scale-0.01 baseline. The goal:
 * at scale 1 every p99 at most 2× its p99 at scale 0.01. Figures and their meaning: docs/scaling.md.
 *
 *   npm run bench:scale -- --scale 0.01 --database-url postgres://postgres@127.0.0.1:55432/naast_scale
 *
 * Options: --scale (default 0.01), --database-url (default $DATABASE_URL; the database is created when
 * missing, and must be empty unless --reset drops and recreates it; a database generated earlier at the
 * same scale is reused with --reuse), --requests per endpoint (default 200, after 20 warm-up requests),
 * --baseline (default bench/results/scale-0.01.json, written by a run at scale 0.01), --out; --report prints
 * the table of an earlier run's --out file against the baseline without measuring again.
 *
 * Generate once, measure separately (scale 1 takes a long time to build): --generate-only builds the
 * data and stops; a later run with --reuse measures that database as it is, without generating again.
 * Writes bench/results/scale-<scale>.json. Only for a throw-away database: see scale-data.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openReadyDatabase } from '../src/db/index.ts';
import { buildServer } from '../src/api/server.ts';
import { sql } from '../src/db/sql.ts';
import type { Database } from '../src/db/client.ts';
import type { AppInstance } from '../src/api/types.ts';
import { loadDemoMonitor } from '../src/services/monitor/demo.ts';
import { caseIdsIn, refreshWorkColumns } from '../src/services/cases/store.ts';
import { countsAt, generate, type ScaleCounts } from './scale-data.ts';
import { MUNICIPALITY, endpoints, makeTemplates, signInAll, type Endpoint } from './scale-endpoints.ts';
import { percentile } from './stats.ts';
import { explain, isRead, pagesTouched, recording, seqScans, type Recorder } from './scale-plans.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.01' },
    'database-url': { type: 'string', default: process.env.DATABASE_URL ?? '' },
    requests: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
    baseline: { type: 'string', default: path.join(root, 'bench/results/scale-0.01.json') },
    out: { type: 'string' },
    reset: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    report: { type: 'boolean', default: false },
    'generate-only': { type: 'boolean', default: false },
  },
});
const scale = Number(args.scale);
if (!(scale > 0 && scale <= 1)) throw new Error(`--scale moet tussen 0 en 1 liggen, niet "${args.scale}".`);
const databaseUrl = args['database-url'];
if (!databaseUrl) throw new Error('Geef --database-url (een PostgreSQL-server; de benchmark maakt de database zelf aan).');
const requests = Number(args.requests);
const warmup = Number(args.warmup);
const outFile = args.out ?? path.join(root, `bench/results/scale-${scale}.json`);
const began = Date.now();
const log = (m: string) => process.stderr.write(`[scale ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);

// ---------- the database ----------

/** Creates the database (or drops and recreates it with --reset); 'reused' when it holds this scale's data. */
async function prepareDatabase(): Promise<'new' | 'reused'> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Databasenaam "${name}": alleen kleine letters, cijfers en _.`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query('select 1 from pg_database where datname = $1', [name])).rowCount! > 0;
    if (exists && args.reset) await client.query(`drop database ${name} with (force)`);
    if (!exists || args.reset) {
      await client.query(`create database ${name}`);
      return 'new';
    }
  } finally {
    await client.end();
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const meta = await db.query(`select value from app_settings where key = 'bench_scale'`).catch(() => ({ rows: [] as { value: string }[] }));
    const tables = Number((await db.query(`select count(*) from information_schema.tables where table_schema = 'public'`)).rows[0].count);
    if (meta.rows[0]?.value === String(scale) && args.reuse) return 'reused';
    if (tables > 0 && args.reuse) throw new Error(`Database ${name} bevat geen volledige opbouw op schaal ${scale} (bench_scale: ${meta.rows[0]?.value ?? 'geen'}): geef --reset om opnieuw op te bouwen.`);
    if (tables > 0) throw new Error(`Database ${name} is niet leeg: geef --reset (weggooien en opnieuw) of --reuse (dezelfde schaal hergebruiken).`);
    return 'new';
  } finally {
    await db.end();
  }
}

// ---------- the measurement ----------

interface Result {
  name: string;
  kind: 'read' | 'write';
  requests: number;
  p50: number;
  p99: number;
  /** Rows on the first page (reads that list), or the status code of writes. */
  note: string;
  /** Statements one request sent, and the 8 kB pages its reads touched (EXPLAIN ANALYZE, BUFFERS). */
  statements: number;
  pages: number;
  /** Large tables a read of this request scanned from start to end (bench/scale-plans.ts). */
  seqScans: string[];
}

async function measure(app: AppInstance, e: Endpoint, recorder: Recorder, plain: Database): Promise<Result> {
  const times: number[] = [];
  let note = '';
  for (let i = 0; i < warmup + requests; i++) {
    const r = e.request(i);
    const t0 = process.hrtime.bigint();
    const res = await app.inject({ method: r.method, url: r.url, headers: r.headers, ...(r.payload ? { payload: r.payload } : {}) });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (res.statusCode >= 300) throw new Error(`${e.name}: ${r.method} ${r.url} → ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i === warmup) {
      const total = res.headers['x-total-count'];
      const body = res.body.startsWith('[') ? (JSON.parse(res.body) as unknown[]).length : null;
      note = body !== null ? `${body} rows${total ? ` of ${total}` : ''}` : `${res.statusCode}, ${(res.body.length / 1024).toFixed(1)} kB`;
    }
    if (i >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  // One more request, recorded: the work it asks of the database, independent of how busy the machine is.
  recorder.take();
  const r = e.request(warmup + requests);
  await app.inject({ method: r.method, url: r.url, headers: r.headers, ...(r.payload ? { payload: r.payload } : {}) });
  const sent = recorder.take();
  let pages = 0;
  const scans = new Set<string>();
  for (const q of sent.filter(isRead)) {
    const plan = await explain(plain, q, true);
    pages += pagesTouched(plan);
    for (const t of seqScans(plan)) scans.add(t);
  }
  return { name: e.name, kind: e.kind, requests, p50: percentile(times, 0.5), p99: percentile(times, 0.99), note, statements: sent.length, pages, seqScans: [...scans] };
}

// ---------- the report ----------

interface Saved {
  scale: number;
  counts: ScaleCounts;
  tableRows: Record<string, number>;
  generatedSeconds: number | null;
  measuredAt: string;
  postgres: string;
  results: Result[];
}

function table(current: Saved, baseline: Saved | null): string {
  const base = new Map(baseline?.results.map((r) => [r.name, r]) ?? []);
  const head = ['endpoint', 'p50 ms', 'p99 ms', ...(baseline ? [`p99 @${baseline.scale}`, 'ratio', '≤ 2×'] : []), 'pages', ...(baseline ? ['pages ratio'] : []), 'seq scans', 'first answer'];
  const lines = current.results.map((r) => {
    const b = base.get(r.name);
    const ratio = b ? r.p99 / Math.max(b.p99, 0.1) : null;
    const pagesRatio = b?.pages ? (r.pages / b.pages).toFixed(2) : '–';
    return [
      r.name,
      r.p50.toFixed(1),
      r.p99.toFixed(1),
      ...(baseline ? [b ? b.p99.toFixed(1) : '–', ratio === null ? '–' : ratio.toFixed(2), ratio === null ? '' : ratio <= 2 ? 'yes' : 'NO'] : []),
      String(r.pages),
      ...(baseline ? [pagesRatio] : []),
      r.seqScans.join(' ') || '–',
      r.note,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...lines.map(fmt)].join('\n');
}

/** The goal in one line: every p99 at most 2× its p99 in the baseline (names the ones that are not). */
function verdict(current: Saved, baseline: Saved | null): string {
  if (!baseline) return current.scale === 0.01 ? 'This is the baseline scale (0.01): no ratio.' : `No baseline (${path.relative(root, path.resolve(args.baseline))}): run at --scale 0.01 first.`;
  const over = current.results.filter((r) => {
    const b = baseline.results.find((x) => x.name === r.name);
    return b !== undefined && r.p99 > 2 * Math.max(b.p99, 0.1);
  });
  const missing = current.results.filter((r) => !baseline.results.some((x) => x.name === r.name)).map((r) => r.name);
  const head = `Goal (issue 23 §4): every p99 at scale ${current.scale} at most 2× its p99 at scale ${baseline.scale}: `;
  const rest = missing.length ? ` (not in the baseline, so not compared: ${missing.join(', ')})` : '';
  return over.length === 0 ? `${head}met${rest}.` : `${head}NOT met by ${over.map((r) => r.name).join(', ')}${rest} (see docs/scaling.md).`;
}

// ---------- main ----------

/** Baseline figures (a run at scale 0.01), when this run is at another scale and they exist. */
function loadBaseline(): Saved | null {
  const baselinePath = path.resolve(args.baseline);
  return scale !== 0.01 && fs.existsSync(baselinePath) ? (JSON.parse(fs.readFileSync(baselinePath, 'utf8')) as Saved) : null;
}

// --report: print the table of an earlier run (its --out file) against the baseline, without measuring.
if (args.report) {
  const saved = JSON.parse(fs.readFileSync(outFile, 'utf8')) as Saved;
  const baseline = loadBaseline();
  process.stdout.write(`${table(saved, baseline)}\n\n${verdict(saved, baseline)}\n`);
  process.exit(0);
}

const state = await prepareDatabase();
log(`database ${state === 'new' ? 'created' : 'reused'}; scale ${scale}: ${JSON.stringify(countsAt(scale))}`);
const { db } = await openReadyDatabase({ databaseUrl, dataDir: '' });
const recorder = recording(db);
const app = await buildServer({ db: recorder.db, development: true, logger: false });
let generatedSeconds: number | null = null;
try {
  const users = await signInAll(db);
  let counts = countsAt(scale);
  if (state === 'new') {
    const t0 = Date.now();
    await loadDemoMonitor(db);
    const caseIds = await makeTemplates(app, users);
    counts = await generate(db, scale, { caseIds, supporterId: users.ondersteuner.userId }, { municipality: MUNICIPALITY, userId: users.ondersteuner.userId }, log);
    // VACUUM as autovacuum would after a bulk load (the visibility map makes index-only scans possible), then ANALYZE.
    log('VACUUM ANALYZE…');
    const maintenance = new pg.Client({ connectionString: databaseUrl });
    await maintenance.connect();
    try {
      await maintenance.query('vacuum (analyze)');
    } finally {
      await maintenance.end();
    }
    generatedSeconds = Math.round((Date.now() - t0) / 1000);
    // Marked as complete only now: a build that broke off is not reused (--reuse refuses it).
    await db.execute(sql`insert into app_settings (key, value) values ('bench_scale', ${String(scale)}), ('bench_generated_seconds', ${String(generatedSeconds)})
      on conflict (key) do update set value = excluded.value`);
    log(`generated in ${generatedSeconds} s`);
  } else {
    const [row] = await db.rows<{ value: string }>(sql`select value from app_settings where key = 'bench_generated_seconds'`);
    generatedSeconds = row ? Number(row.value) : null;
  }
  const [size] = await db.rows<{ size: string }>(sql`select pg_size_pretty(pg_database_size(current_database())) as size`);
  log(`database ${size!.size}${generatedSeconds === null ? '' : `, generated in ${generatedSeconds} s`}`);
  if (args['generate-only']) log(`not measured (--generate-only); measure later with the same --scale and --database-url and --reuse`);
  else await measureAll(users, counts);
} finally {
  await app.close();
  await db.close();
}

/**
 * Removes what the write endpoints of an earlier measurement on this database added (--reuse): the
 * intakes ("Bench Nieuw …", with their rows by cascade) and the contact moments ("Bench-contact …"), and
 * derives the work columns of the cases they touched again. So every run measures the generated data
 * set, not one that grows by a run's writes (the unassigned list, the case page). The audit rows of those
 * requests stay: the log is append-only.
 */
async function undoEarlierWrites(): Promise<void> {
  const removed = await db.transaction(async (tx) => {
    const notes = await tx.rows<{ id: string }>(sql`delete from case_notes where body like 'Bench-contact %' returning case_id::text as id`);
    const cases = (await tx.execute(sql`delete from cases where client_name like 'Bench Nieuw %'`)).rowCount;
    const touched = [...new Set(notes.map((n) => n.id))];
    if (touched.length) await refreshWorkColumns(tx, caseIdsIn(touched));
    return { notes: notes.length, cases };
  });
  if (removed.notes || removed.cases) log(`removed the writes of an earlier measurement: ${removed.cases} intakes, ${removed.notes} contact moments`);
}

/** Measures every hot endpoint, writes the --out file and prints the table against the baseline. */
async function measureAll(users: Awaited<ReturnType<typeof signInAll>>, counts: ScaleCounts): Promise<void> {
  await undoEarlierWrites();
  const tableRows: Record<string, number> = {};
  for (const t of ['cases', 'case_notes', 'case_objections', 'case_referrals', 'audit_log', 'monitor_responses', 'provider_activities', 'socialmap_services']) {
    const [r] = await db.rows<{ n: number }>(sql`select count(*)::int8 as n from ${sql.identifier(t)}`);
    tableRows[t] = Number(r!.n);
  }
  log(`rows: ${JSON.stringify(tableRows)}`);
  const list = await endpoints(db, users, counts, app);
  const results: Result[] = [];
  for (const e of list) {
    const r = await measure(app, e, recorder, db);
    results.push(r);
    log(`${r.name}: p50 ${r.p50} ms, p99 ${r.p99} ms (${r.note}); ${r.statements} statements, ${r.pages} pages${r.seqScans.length ? `, Seq Scan on ${r.seqScans.join(', ')}` : ''}`);
  }
  const [version] = await db.rows<{ v: string }>(sql`select current_setting('server_version') as v`);
  const saved: Saved = { scale, counts, tableRows, generatedSeconds, measuredAt: new Date().toISOString(), postgres: version!.v, results };
  const baseline = loadBaseline();
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, `${JSON.stringify(saved, null, 2)}\n`);
  process.stdout.write(`\nScale ${scale} on PostgreSQL ${saved.postgres}: ${Object.entries(tableRows).map(([k, v]) => `${k} ${v.toLocaleString('en')}`).join(', ')}\n`);
  process.stdout.write(`${requests} requests per endpoint after ${warmup} warm-up, one at a time, through the app (inject)\n\n`);
  process.stdout.write(`${table(saved, baseline)}\n\nWritten: ${path.relative(root, outFile)}\n`);
  process.stdout.write(`${verdict(saved, baseline)}\n`);
}
