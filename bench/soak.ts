/**
 * `npm run soak`: a mixed workload at a fixed rate against a real `naast serve` child process, per
 * engine — dashboard reads (monitor summary, the supporter's worklist), case writes (notes) and monitor
 * submissions — for SOAK_SECONDS (default 300). Loopback only; bounded in time and in requests.
 *
 * Passes when: 0 errors (every answer 2xx, no network error, no backlog beyond SOAK_MAX_INFLIGHT),
 * and the server's RSS at the end is within 10 % of its plateau. Plateau = the highest RSS after warm-up
 * and before the last third of the run (RSS is a GC sawtooth; a leak makes new highs); end = median of
 * the last 5 samples (1 per second).
 * Prints p50/p99 per kind of request; writes bench/results/soak.json; exits 1 on any failure.
 *
 * Settings: SOAK_SECONDS=300, SOAK_RATE=20 (requests per second), SOAK_WARMUP=min(10, 10 % of the run) s
 * not counted in the latencies, SOAK_ENGINES=pglite,postgres,
 * SOAK_MAX_INFLIGHT=200, DATABASE_URL (a PostgreSQL server to create a throw-away database on;
 * otherwise one is started in a temp folder).
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { soakDatabase, type SoakDatabase } from './soak/setup.ts';
import { percentile } from './stats.ts';

const root = path.resolve(import.meta.dirname, '..');
const seconds = Number(process.env.SOAK_SECONDS ?? 300);
const rate = Number(process.env.SOAK_RATE ?? 20);
const maxInflight = Number(process.env.SOAK_MAX_INFLIGHT ?? 200);
/** The first seconds warm the server up (JIT, caches): their answers count for errors, not for latency. */
const warmupSeconds = Number(process.env.SOAK_WARMUP ?? Math.min(10, Math.round(seconds / 10)));
const engines = (process.env.SOAK_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim()) as ('pglite' | 'postgres')[];
const began = Date.now();
const log = (m: string) => process.stderr.write(`[soak ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${m}\n`);

process.on('unhandledRejection', (err) => {
  log(`onafgehandelde fout: ${(err as Error).stack ?? String(err)}`);
  process.exit(1);
});

interface Result {
  engine: string;
  requests: number;
  errors: number;
  errorSamples: string[];
  latency: Record<string, { n: number; p50: number; p99: number }>;
  p99: number;
  rss: { plateauMb: number; endMb: number; maxMb: number; withinTenPercent: boolean };
  pass: boolean;
}

async function startServe(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'naast.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', NAAST_WEB_DIR: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server start niet:\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /http:\/\/localhost:(\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server stopte met ${code}:\n${output}`)));
  });
  // Keep draining the output so the pipe never fills; warnings go to our stderr.
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
  return { child, url };
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
};

/** The mix: which request, by weight. */
function pickRequest(db: SoakDatabase, i: number): { kind: string; method: string; url: string; headers: Record<string, string>; body?: unknown } {
  const r = i % 20;
  const requirements = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { antwoord: 'ja', toelichting: '' }]));
  if (r < 6) return { kind: 'dashboard: monitorsamenvatting', method: 'GET', url: '/api/v1/monitor/rondes/2014-10/samenvatting', headers: db.headers.landelijk };
  if (r < 10) return { kind: 'dashboard: werkvoorraad', method: 'GET', url: '/api/v1/dossiers/werkvoorraad', headers: db.headers.ondersteuner };
  if (r < 15) {
    const id = db.caseIds[i % db.caseIds.length]!;
    return { kind: 'dossier: notitie', method: 'POST', url: `/api/v1/dossiers/${id}/notities`, headers: db.headers.ondersteuner, body: { soort: 'notitie', tekst: `Soaknotitie ${i}` } };
  }
  const { code, headers } = db.monitorUsers[i % db.monitorUsers.length]!;
  const answers = { fase: 'college', eisen: requirements, budgetMee2015Cent: null, andereAanbieders: [], toelichting: `soak ${i}` };
  const submit = r === 19;
  return { kind: submit ? 'monitor: indienen' : 'monitor: opslaan', method: submit ? 'POST' : 'PUT', url: `/api/v1/monitor/rondes/2014-11/antwoorden/${code}${submit ? '/indienen' : ''}`, headers, body: answers };
}

async function soak(engine: 'pglite' | 'postgres'): Promise<Result> {
  log(`${engine}: database voorbereiden (demo-monitor, 50 dossiers)…`);
  const db = await soakDatabase(engine, 50, log);
  const server = await startServe(db.env);
  log(`${engine}: server op ${server.url}; ${rate} verzoeken/s gedurende ${seconds} s`);
  const latencies = new Map<string, number[]>();
  const errorSamples: string[] = [];
  let errors = 0;
  let requests = 0;
  let inflight = 0;
  const rss: number[] = [];
  const pending = new Set<Promise<void>>();
  const sampler = setInterval(() => rss.push(rssMb(server.child.pid!)), 1000);
  const began0 = Date.now();
  const end = began0 + seconds * 1000;
  const interval = 1000 / rate;
  let next = Date.now();
  let lastReport = Date.now();
  try {
    for (let i = 0; Date.now() < end; i++) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      next += interval;
      if (inflight >= maxInflight) {
        errors++;
        if (errorSamples.length < 10) errorSamples.push(`achterstand: meer dan ${maxInflight} verzoeken tegelijk open`);
        continue;
      }
      const req = pickRequest(db, i);
      requests++;
      inflight++;
      const started = performance.now();
      const measured = Date.now() - began0 >= warmupSeconds * 1000;
      const p = fetch(`${server.url}${req.url}`, {
        method: req.method,
        headers: { ...req.headers, ...(req.body ? { 'content-type': 'application/json' } : {}) },
        body: req.body ? JSON.stringify(req.body) : undefined,
        signal: AbortSignal.timeout(30_000),
      })
        .then(async (res) => {
          await res.arrayBuffer();
          const ms = performance.now() - started;
          if (measured) latencies.set(req.kind, [...(latencies.get(req.kind) ?? []), ms]);
          if (res.status >= 300) {
            errors++;
            if (errorSamples.length < 10) errorSamples.push(`${req.method} ${req.url}: ${res.status}`);
          }
        })
        .catch((err: Error) => {
          errors++;
          if (errorSamples.length < 10) errorSamples.push(`${req.method} ${req.url}: ${err.message}`);
        })
        .finally(() => {
          inflight--;
          pending.delete(p);
        });
      pending.add(p);
      if (Date.now() - lastReport > 10_000) {
        lastReport = Date.now();
        log(`${engine}: ${requests} verzoeken, ${errors} fouten, RSS ${rss.at(-1)?.toFixed(0) ?? '?'} MB, ${inflight} open`);
      }
    }
    await Promise.all(pending);
  } finally {
    clearInterval(sampler);
    server.child.kill('SIGTERM');
    await new Promise((r) => (server.child.exitCode !== null ? r(undefined) : server.child.once('exit', r)));
    await db.cleanup();
  }
  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const latency = Object.fromEntries([...latencies].map(([k, v]) => [k, { n: v.length, p50: percentile([...v].sort((a, b) => a - b), 0.5), p99: percentile([...v].sort((a, b) => a - b), 0.99) }]));
  // V8 collects the old generation less than once a minute at this rate, so RSS is a sawtooth whose
  // period can be as long as a short run: the median of the middle third may fall just after a
  // collection and the end just before the next (CI, 60 s: 204 → 140 → 169 MB with no leak; a 90 s run
  // showed the next drop). A leak makes new highs, so the plateau is the highest sample after warm-up
  // and before the last third; the end (median of the last 5 samples) must stay within 10 % of it.
  const third = Math.floor(rss.length / 3);
  const plateauMb = Math.max(...rss.slice(Math.min(warmupSeconds, third), 2 * third));
  const endMb = median(rss.slice(-5));
  const withinTenPercent = endMb <= plateauMb * 1.1;
  const result: Result = {
    engine,
    requests,
    errors,
    errorSamples,
    latency,
    p99: percentile(all, 0.99),
    rss: { plateauMb: Math.round(plateauMb), endMb: Math.round(endMb), maxMb: Math.round(Math.max(...rss, 0)), withinTenPercent },
    pass: errors === 0 && withinTenPercent && requests > 0,
  };
  return result;
}

const results: Result[] = [];
for (const engine of engines) results.push(await soak(engine));
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/soak.json'), `${JSON.stringify({ seconds, rate, results }, null, 2)}\n`);
for (const r of results) {
  process.stdout.write(`\n${r.engine}: ${r.requests} verzoeken in ${seconds} s, ${r.errors} fouten, p99 ${r.p99} ms; RSS plateau ${r.rss.plateauMb} MB, eind ${r.rss.endMb} MB (max ${r.rss.maxMb} MB) → ${r.pass ? 'GOED' : 'FOUT'}\n`);
  for (const [kind, l] of Object.entries(r.latency)) process.stdout.write(`  ${kind.padEnd(32)} ${String(l.n).padStart(6)}×  p50 ${l.p50} ms  p99 ${l.p99} ms\n`);
  for (const e of r.errorSamples) process.stdout.write(`  fout: ${e}\n`);
  if (!r.rss.withinTenPercent) process.stdout.write(`  RSS aan het eind is meer dan 10 % boven het plateau\n`);
}
process.exit(results.every((r) => r.pass) ? 0 : 1);
