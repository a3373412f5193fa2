/**
 * `npm run bench`: the six benchmarks of issue 9, each measuring the limit and the path in the same
 * run, on both engines (PGlite, and a PostgreSQL 15 server this script starts in a temp folder).
 * Load comes from this process (autocannon) against a server child process (bench/server.ts), on
 * loopback only, bounded in time. Prints a table with ratios and goals; writes bench/results/latest.json
 * (a selection with BENCH_ONLY/BENCH_ENGINES writes bench/results/partial.json instead).
 *
 * Settings (environment):
 *   BENCH_SECONDS=5         seconds per measured path (plus BENCH_WARMUP=1 s warm-up)
 *   BENCH_CONNECTIONS=64    concurrent connections for the HTTP benchmarks
 *   BENCH_ONLY=monitor,budget,case,import,coldstart,web   a selection, by name
 *   BENCH_ENGINES=pglite,postgres
 *   BENCH_IMPORT_ROWS=1000000, BENCH_IMPORT_ROWS_PGLITE=200000
 *   BENCH_RESTARTS=3        cold-start repetitions; BENCH_RENDERS=3 first-render repetitions
 *   BENCH_DATABASE_URL      use this PostgreSQL server (a fresh database on it) instead of starting one
 *   BENCH_CPU_PROF=1        run the server with --cpu-prof (profiles in bench/results/profiles)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import crypto from 'node:crypto';
import { fork, type ChildProcess } from 'node:child_process';
import { pipeline } from 'node:stream/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { startPostgres, type BenchPostgres } from './postgres.ts';
import { writeActivityFile } from './activity-file.ts';
import { peakRss } from './stats.ts';
import { coldStart } from './coldstart.ts';
import { ensureWebBuild, firstRender, initialRouteBytes, webDir } from './web.ts';

const root = path.resolve(import.meta.dirname, '..');
const env = process.env;
const seconds = Number(env.BENCH_SECONDS ?? 5);
const warmup = Number(env.BENCH_WARMUP ?? 1);
const connections = Number(env.BENCH_CONNECTIONS ?? 64);
const BENCHES = ['monitor', 'budget', 'case', 'import', 'coldstart', 'web'] as const;
const only = new Set((env.BENCH_ONLY ?? BENCHES.join(',')).split(',').map((s) => s.trim()).filter(Boolean));
const engines = (env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim()) as ('pglite' | 'postgres')[];
const importRows = Number(env.BENCH_IMPORT_ROWS ?? 1_000_000);
// PGlite is the embedded single-user engine: a fifth of the rows keeps the whole run under 10 minutes.
const importRowsPglite = Number(env.BENCH_IMPORT_ROWS_PGLITE ?? Math.min(importRows, 200_000));
const smallRows = Math.max(1000, Math.round(importRows / 10));
const unknown = [...only].filter((b) => !(BENCHES as readonly string[]).includes(b));
if (unknown.length) throw new Error(`Onbekende benchmark(s): ${unknown.join(', ')}. Kies uit ${BENCHES.join(', ')}.`);

/** One line of the result table: the path, its limit, the ratio and the goal. */
interface Row {
  bench: string;
  engine: string;
  path: string;
  value: string;
  limit: string;
  ratio: number | null;
  goal: string;
  pass: boolean;
  details: Record<string, unknown>;
}
const rows: Row[] = [];
const began = Date.now();
const log = (m: string) => process.stderr.write(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(3)} s] ${m}\n`);

// ---------- the server under load ----------

interface BenchServer {
  child: ChildProcess;
  url: string;
  headers: Record<'landelijk' | 'ondersteuner' | 'beheer', Record<string, string>>;
  rounds: number;
  call<T>(message: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

async function startBenchServer(databaseUrl: string | null, webDirectory = ''): Promise<BenchServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-bench-data-'));
  const execArgv = ['--import', 'tsx'];
  if (env.BENCH_CPU_PROF === '1') execArgv.push('--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench/results/profiles')}`);
  const child = fork(path.join(root, 'bench/server.ts'), [], {
    cwd: root,
    execArgv,
    env: { ...env, DATABASE_URL: databaseUrl ?? '', BENCH_DATA_DIR: dataDir, BENCH_WEB_DIR: webDirectory, NODE_ENV: 'development' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await new Promise<{ url: string; headers: BenchServer['headers']; rounds: number }>((resolve, reject) => {
    child.once('message', (m: { type: string; url: string; headers: BenchServer['headers']; rounds: number }) => (m.type === 'ready' ? resolve(m) : reject(new Error(JSON.stringify(m)))));
    child.once('exit', (code) => reject(new Error(`bench-server stopte (${code})`)));
  });
  let queue = Promise.resolve() as Promise<unknown>;
  const call = <T>(message: Record<string, unknown>) => {
    const next = queue.then(
      () =>
        new Promise<T>((resolve, reject) => {
          child.once('message', (m: { type: string; result?: T; message?: string }) => (m.type === 'result' ? resolve(m.result as T) : reject(new Error(m.message))));
          child.send(message);
        }),
    );
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    child,
    ...ready,
    call,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.send({ cmd: 'stop' });
      await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string, options: { headers?: Record<string, string>; method?: string; body?: string } = {}, duration = seconds): Promise<Load> {
  const run = (d: number) => autocannon({ url, connections, duration: d, headers: options.headers ?? {}, method: options.method ?? 'GET', body: options.body });
  if (warmup > 0) await run(warmup);
  const r = await run(duration);
  return { reqPerSec: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const fmtLoad = (l: Load) => `${l.reqPerSec} req/s, p50 ${l.p50} ms, p99 ${l.p99} ms${l.errors ? `, ${l.errors} fouten` : ''}`;

/**
 * p99Goal: `true` for the read paths (p99 ≤ 25 ms); 'spread' for case creation, whose goal (issue 23
 * goal 1) is a p99 of at most 4× its own p50.
 */
function httpRow(bench: string, engine: string, name: string, l: Load, limit: Load, limitName: string, p99Goal: boolean | 'spread') {
  const ratio = +(l.reqPerSec / limit.reqPerSec).toFixed(2);
  const p99Met = p99Goal === 'spread' ? l.p99 <= 4 * l.p50 : !p99Goal || l.p99 <= 25;
  const pass = ratio >= 0.5 && p99Met && l.errors === 0;
  const goal = p99Goal === 'spread' ? '≥ 0,50 en p99 ≤ 4× p50' : p99Goal ? '≥ 0,50 en p99 ≤ 25 ms' : '≥ 0,50';
  rows.push({ bench, engine, path: name, value: fmtLoad(l), limit: `${limitName}: ${fmtLoad(limit)}`, ratio, goal, pass, details: { path: l, limit } });
}

// ---------- benchmarks 1–4, per engine ----------

async function perEngine(engine: 'pglite' | 'postgres', databaseUrl: string | null, files: ImportFiles | null): Promise<void> {
  log(`${engine}: server starten en demo-gegevens laden (403 gemeenten × 10 rondes)…`);
  const server = await startBenchServer(databaseUrl);
  try {
    const hello = await load(`${server.url}/bench/hello`);
    log(`${engine}: hello-world ${fmtLoad(hello)}`);
    if (only.has('monitor')) {
      // As the dashboard asks it from a browser: with Accept-Encoding gzip, like the budget list below. Without
      // it, writing the ~150 kB of plain JSON to the socket was a fifth of the server's time (CPU profile).
      const l = await load(`${server.url}/api/v1/monitor/rondes/2014-10/samenvatting`, { headers: { ...server.headers.landelijk, 'accept-encoding': 'gzip' } });
      httpRow('1 monitor', engine, `landelijke samenvatting ronde 2014-10 (${server.rounds} rondes, gzip)`, l, hello, 'hello-world', true);
      log(`${engine}: monitor ${fmtLoad(l)}`);
    }
    if (only.has('budget')) {
      // As a browser asks: with Accept-Encoding gzip (the cached list is sent gzipped once-compressed).
      const a = await load(`${server.url}/api/v1/budget/verdelingen?jaar=2014&paginaGrootte=500`, { headers: { 'accept-encoding': 'gzip' } });
      httpRow('2 budget', engine, 'verdeling 408 gemeenten (JSON, gzip)', a, hello, 'hello-world', true);
      const c = await load(`${server.url}/api/v1/budget/controle?jaar=2014`);
      httpRow('2 budget', engine, 'reproductiecontrole tegen Tabel 3', c, hello, 'hello-world', true);
      log(`${engine}: budget ${fmtLoad(a)} / ${fmtLoad(c)}`);
    }
    if (only.has('case')) {
      const body = JSON.stringify({
        client: { naam: 'Bench Cliënt', telefoon: '06-12345678', leeftijdscategorie: '65+', doelgroepen: ['ouderdomsproblematiek'] },
        vraag: { kanaal: 'telefonisch', tekst: 'Komt het huis niet meer goed in en weet niet waar hulp te vragen.', leefgebieden: ['zelfstandig_wonen_en_samenleven'] },
      });
      const api = await load(`${server.url}/api/v1/dossiers`, { method: 'POST', body, headers: { ...server.headers.ondersteuner, 'content-type': 'application/json' } });
      const raw = await server.call<Load>({ cmd: 'raw-case', seconds, concurrency: connections });
      httpRow('3 dossier', engine, 'POST /dossiers (dossier + logboekregel)', api, raw, `ruwe transactie 2× INSERT via ${engine === 'postgres' ? 'pg' : 'PGlite'}`, 'spread');
      log(`${engine}: dossier ${fmtLoad(api)} / ruw ${fmtLoad(raw)}`);
    }
    if (only.has('import') && files) await importBench(engine, server, databaseUrl, files);
  } finally {
    await server.stop();
  }
}

// ---------- benchmark 4: bulk import ----------

interface ImportFiles {
  dir: string;
  small: string;
  large: string;
  largePglite: string;
  sizes: Record<string, number>;
}

async function makeImportFiles(): Promise<ImportFiles> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-bench-import-'));
  const { REGISTER_2014 } = await municipalityCodes();
  const small = path.join(dir, `activiteiten-${smallRows}.csv`);
  const large = path.join(dir, `activiteiten-${importRows}.csv`);
  const sizes: Record<string, number> = {};
  log(`importbestanden maken (${smallRows} en ${importRows} regels)…`);
  sizes[small] = await writeActivityFile(small, smallRows, REGISTER_2014, 'mee-utrecht-gooi-vecht', 7);
  sizes[large] = await writeActivityFile(large, importRows, REGISTER_2014, 'mee-utrecht-gooi-vecht', 11);
  let largePglite = large;
  if (importRowsPglite !== importRows) {
    largePglite = path.join(dir, `activiteiten-${importRowsPglite}.csv`);
    sizes[largePglite] = await writeActivityFile(largePglite, importRowsPglite, REGISTER_2014, 'mee-utrecht-gooi-vecht', 13);
  }
  return { dir, small, large, largePglite, sizes };
}

/** The municipality codes of the 2014 division, from the reference data (no database needed). */
async function municipalityCodes(): Promise<{ REGISTER_2014: string[] }> {
  const { openDatabase } = await import('../src/db/client.ts');
  const { migrate } = await import('../src/db/migrate.ts');
  const { loadReferenceData } = await import('../src/db/reference/load.ts');
  const { listMunicipalities } = await import('../src/db/register/queries.ts');
  const db = await openDatabase({});
  try {
    await migrate(db);
    await loadReferenceData(db);
    return { REGISTER_2014: (await listMunicipalities(db, { divisionYear: 2014 })).map((m) => m.code) };
  } finally {
    await db.close();
  }
}

function upload(url: string, file: string, headers: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', headers: { ...headers, 'content-type': 'text/csv', 'content-length': fs.statSync(file).size } }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text || '{}') }));
    });
    request.on('error', reject);
    pipeline(fs.createReadStream(file), request).catch(reject);
  });
}

async function importBench(engine: 'pglite' | 'postgres', server: BenchServer, databaseUrl: string | null, files: ImportFiles) {
  const large = engine === 'pglite' ? files.largePglite : files.large;
  const rowsLarge = engine === 'pglite' ? importRowsPglite : importRows;
  const url = `${server.url}/api/v1/activiteiten/import`;
  const viaApi = async (file: string) => {
    const started = performance.now();
    const measured = await peakRss(server.child.pid!, () => upload(`${url}?bestandsnaam=${path.basename(file)}`, file, server.headers.beheer));
    const ms = performance.now() - started;
    if (measured.value.status !== 201) throw new Error(`import mislukte (${measured.value.status}): ${JSON.stringify(measured.value.body).slice(0, 500)}`);
    return { ms, rows: Number(measured.value.body.aantalRegels), baselineMb: measured.baselineMb, peakMb: measured.peakMb, growthMb: measured.peakMb - measured.baselineMb };
  };
  log(`${engine}: import ${smallRows} regels via de API…`);
  const small = await viaApi(files.small);
  // The small import's report index is built after its answer (report-index.ts): not during the measured one.
  await server.call<number>({ cmd: 'report-indexes-settled' });
  log(`${engine}: import ${rowsLarge} regels via de API…`);
  const big = await viaApi(large);
  const indexMs = await server.call<number>({ cmd: 'report-indexes-settled' });
  const apiRate = Math.round(big.rows / (big.ms / 1000));
  log(`${engine}: ${apiRate} regels/s, RSS ${big.baselineMb} → ${big.peakMb} MB (klein bestand: → ${small.peakMb} MB)`);

  log(`${engine}: ruwe COPY van hetzelfde bestand…`);
  let raw: { rows: number; ms: number };
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: databaseUrl! });
    await client.connect();
    try {
      await client.query(`drop table if exists bench_raw_activities; create table bench_raw_activities (activity_date date, municipality_code text, provider_code text,
        service text, minutes integer, target_group text, age_category text, life_domain text, district text)`);
      const started = performance.now();
      await pipeline(fs.createReadStream(large), client.query(copyStreams.from(`copy bench_raw_activities from stdin with (format csv, delimiter ';', header true)`)));
      const ms = performance.now() - started;
      const n = (await client.query('select count(*)::int as n from bench_raw_activities')).rows[0].n as number;
      await client.query('drop table bench_raw_activities');
      raw = { rows: n, ms };
    } finally {
      await client.end();
    }
  } else {
    raw = await server.call<{ rows: number; ms: number }>({ cmd: 'raw-copy-pglite', file: large });
  }
  const rawRate = Math.round(raw.rows / (raw.ms / 1000));
  const ratio = +(apiRate / rawRate).toFixed(2);
  // Flat: reading ten times as many rows may not take (much) more memory than the small file did.
  const flat = big.growthMb <= small.growthMb * 1.5 + 32;
  rows.push({
    bench: '4 import',
    engine,
    path: `${rowsLarge.toLocaleString('nl-NL')} activiteiten via POST /activiteiten/import`,
    value: `${apiRate} regels/s (${(big.ms / 1000).toFixed(1)} s; rapportage-index ${(indexMs / 1000).toFixed(1)} s later klaar); RSS +${big.growthMb} MB (bij ${smallRows.toLocaleString('nl-NL')} regels +${small.growthMb} MB)`,
    limit: `${engine === 'postgres' ? 'COPY FROM STDIN (pg-copy-streams)' : 'PGlite COPY (blob)'} in kale tabel: ${rawRate} regels/s`,
    ratio,
    goal: '≥ 0,50 en geheugen vlak',
    pass: ratio >= 0.5 && flat,
    details: { api: big, apiSmall: small, raw, indexAfterAnswerMs: indexMs, fileBytes: files.sizes[large], flat },
  });
}

// ---------- benchmarks 5 and 6 ----------

async function coldStartBench() {
  log('koude start (ingebedde database)…');
  const r = await coldStart(Number(env.BENCH_RESTARTS ?? 3));
  rows.push({
    bench: '5 koude start',
    engine: 'pglite',
    path: 'naast serve → eerste 200 op /api/v1/health',
    value: `${r.medianMs} ms (mediaan van ${r.restartMs.join(', ')}); allereerste start ${r.firstEverMs} ms`,
    limit: '-',
    ratio: null,
    goal: '≤ 3 s',
    pass: r.medianMs <= 3000,
    details: r,
  });
}

async function webBench() {
  log('webinterface bouwen indien nodig, bytes uit het manifest…');
  ensureWebBuild();
  const bytes = initialRouteBytes();
  const server = await startBenchServer(null, webDir);
  try {
    log('eerste weergave in Chromium…');
    const render = await firstRender(`${server.url}/`, Number(env.BENCH_RENDERS ?? 3));
    rows.push({
      bench: '6 web',
      engine: '-',
      path: 'eerste route: JS+CSS (gzip) en first contentful paint',
      value: `JS ${(bytes.jsGzip / 1000).toFixed(1)} kB gzip (${bytes.jsFiles} bestanden), CSS ${(bytes.cssGzip / 1000).toFixed(1)} kB; FCP ${render.medianMs} ms (${render.fcpMs.join(', ')})`,
      limit: `${bytes.lazyChunks} chunks pas bij navigatie`,
      ratio: null,
      goal: 'JS ≤ 300 kB gzip',
      pass: bytes.jsGzip <= 300_000,
      details: { ...bytes, ...render },
    });
  } finally {
    await server.stop();
  }
}

// ---------- run ----------

async function main() {
  let postgres: BenchPostgres | null = null;
  let postgresNote = '';
  let files: ImportFiles | null = null;
  const needsEngines = ['monitor', 'budget', 'case', 'import'].some((b) => only.has(b));
  try {
    if (needsEngines && only.has('import')) files = await makeImportFiles();
    for (const engine of needsEngines ? engines : []) {
      if (engine === 'pglite') {
        await perEngine('pglite', null, files);
        continue;
      }
      let adminUrl = env.BENCH_DATABASE_URL;
      if (!adminUrl) {
        const started = await startPostgres();
        if ('skipped' in started) {
          postgresNote = `PostgreSQL overgeslagen: ${started.skipped}`;
          log(postgresNote);
          continue;
        }
        postgres = started;
        postgresNote = `PostgreSQL ${started.version}`;
        adminUrl = started.url;
      }
      const name = `naast_bench_${crypto.randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      if (!postgresNote) postgresNote = `PostgreSQL ${(await admin.query('show server_version')).rows[0].server_version} (BENCH_DATABASE_URL)`;
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      try {
        await perEngine('postgres', url.toString(), files);
      } finally {
        const again = new pg.Client({ connectionString: adminUrl });
        await again.connect();
        await again.query(`drop database if exists ${name} with (force)`);
        await again.end();
      }
    }
    if (only.has('coldstart')) await coldStartBench();
    if (only.has('web')) await webBench();
  } finally {
    postgres?.stop();
    if (files) fs.rmSync(files.dir, { recursive: true, force: true });
  }

  const totalSeconds = Math.round((Date.now() - began) / 1000);
  const header = `Naast benchmark — ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), Node ${process.version}, ${connections} verbindingen, ${seconds} s per pad; ${postgresNote || 'alleen PGlite'}; totaal ${totalSeconds} s`;
  console.log(`\n${header}\n`);
  console.log(formatTable(rows));
  const short = rows.filter((r) => !r.pass);
  console.log(short.length ? `\nTekort (zie docs/performance.md): ${short.map((r) => `${r.bench} ${r.engine} — ${r.path}`).join('; ')}` : '\nAlle doelen gehaald.');
  console.log(`\n${issue23Goals(rows).join('\n')}`);
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  // A selection (BENCH_ONLY, BENCH_ENGINES) does not overwrite the last complete run.
  const complete = BENCHES.every((b) => only.has(b)) && engines.includes('pglite') && engines.includes('postgres');
  const out = path.join(root, 'bench/results', complete ? 'latest.json' : 'partial.json');
  console.log(`\nResultaten: ${path.relative(root, out)}`);
  fs.writeFileSync(
    out,
    `${JSON.stringify({ date: new Date().toISOString(), header, settings: { seconds, warmup, connections, importRows, importRowsPglite, engines, only: [...only] }, totalSeconds, rows }, null, 2)}\n`,
  );
}

/**
 * Goals 1–3 of issue 23, read from the rows of this run: case creation (both engines, ratio and spread),
 * the bulk import (both engines, ratio and flat memory) and the monitor summary on PostgreSQL (ratio
 * ≥ 0.5 of hello-world; its p99 belongs to issue 9's goal in the table above).
 */
function issue23Goals(table: Row[]): string[] {
  const pick = (bench: string, engine?: string) => table.filter((r) => r.bench === bench && (!engine || r.engine === engine));
  const verdict = (found: Row[], met: (r: Row) => boolean, engines: number) =>
    found.length < engines ? 'niet gemeten in deze run' : found.every(met) ? `gehaald (${found.map((r) => `${r.engine} ${r.ratio?.toFixed(2).replace('.', ',')}`).join(', ')})` : `NIET gehaald (${found.map((r) => `${r.engine} ${r.ratio?.toFixed(2).replace('.', ',')}`).join(', ')})`;
  return [
    'Issue 23, doelen in deze run:',
    `  1 dossier aanmaken ≥ 0,50 van de ruwe transactie, p99 ≤ 4× p50, beide engines: ${verdict(pick('3 dossier'), (r) => r.pass, 2)}`,
    `  2 bulkimport ≥ 0,50 van een ruwe COPY, geheugen vlak, beide engines: ${verdict(pick('4 import'), (r) => r.pass, 2)}`,
    `  3 monitorsamenvatting op PostgreSQL ≥ 0,50 van hello-world: ${verdict(pick('1 monitor', 'postgres'), (r) => (r.ratio ?? 0) >= 0.5 && (r.details.path as Load).errors === 0, 1)}`,
  ];
}

function formatTable(table: Row[]): string {
  const cols: [string, (r: Row) => string][] = [
    ['benchmark', (r) => r.bench],
    ['engine', (r) => r.engine],
    ['pad', (r) => r.path],
    ['gemeten', (r) => r.value],
    ['grens (zelfde run)', (r) => r.limit],
    ['ratio', (r) => (r.ratio === null ? '-' : r.ratio.toFixed(2).replace('.', ','))],
    ['doel', (r) => r.goal],
    ['', (r) => (r.pass ? 'gehaald' : 'TEKORT')],
  ];
  const cells = [cols.map(([h]) => h), ...table.map((r) => cols.map(([, f]) => f(r)))];
  const widths = cols.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)].join('\n');
}

await main();
