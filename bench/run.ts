/**
 * `npm run bench`: loads the real server (a child process on a fresh embedded database) from this
 * process with autocannon, on loopback, and prints req/s and latency per path next to the server's
 * cheapest route (/api/v1/health) measured in the same run. Writes bench/results/latest.json.
 * Bounded: each path runs BENCH_SECONDS (default 5) at BENCH_CONNECTIONS (default 16).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { startServer, root } from '../test/helpers/cli.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

const paths: [string, string][] = [
  ['baseline: health', '/api/v1/health'],
  ['budget: 408 allocations (JSON)', '/api/v1/budget/verdelingen?jaar=2014&paginaGrootte=500'],
  ['budget: check vs Tabel 3', '/api/v1/budget/controle?jaar=2014'],
  ['budget: one municipality explained', '/api/v1/budget/verdelingen/beek-l?jaar=2014'],
  ['register: 403 municipalities', '/api/v1/gemeenten?indeling=2014&paginaGrootte=500'],
  ['monitor: national summary 2014-10 (signed in)', '/api/v1/monitor/rondes/2014-10/samenvatting'],
];

async function measure(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return { reqPerSec: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-bench-'));
const coldStart = Date.now();
const server = await startServer({ NAAST_DATA_DIR: dataDir, DATABASE_URL: process.env.DATABASE_URL ?? '', NAAST_DEMO: '1', NODE_ENV: 'development' });
const coldMs = Date.now() - coldStart;
try {
  const rows = [];
  // Sign in once as the national monitor (demo data) so protected paths are measured too.
  const login = await fetch(`${server.url}/api/v1/sessies`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ gebruikersnaam: 'demo-landelijk', wachtwoord: 'naast-demo-2014' }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  let baseline = 0;
  for (const [name, p] of paths) {
    const m = await measure(`${server.url}${p}`, { cookie });
    if (!baseline) baseline = m.reqPerSec;
    rows.push({ name, path: p, ...m, ratio: +(m.reqPerSec / baseline).toFixed(2) });
  }
  console.log(`Naast benchmark — ${process.env.DATABASE_URL ? 'postgres' : 'pglite'}, ${connections} connections, ${seconds}s per path; cold start to first health: ${coldMs} ms`);
  console.table(rows.map((r) => ({ path: r.name, 'req/s': r.reqPerSec, 'p50 ms': r.p50, 'p99 ms': r.p99, 'vs health': r.ratio, errors: r.errors })));
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results/latest.json'), JSON.stringify({ date: new Date().toISOString(), coldStartMs: coldMs, connections, seconds, rows }, null, 2));
} finally {
  await server.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
