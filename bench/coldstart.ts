/**
 * Benchmark 5: cold start of `naast serve` with the embedded database (PGlite) to the first 200 on
 * /api/v1/health. The first-ever start (create, migrate, load reference and demo data) is reported
 * apart from a start on an already-initialised, seeded data folder (the everyday restart).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { freePort } from './postgres.ts';

const root = path.resolve(import.meta.dirname, '..');

async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'bin/naast.js'), 'serve'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', NAAST_DATA_DIR: dataDir, DATABASE_URL: '', NAAST_DEMO: '1', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`naast serve stopte:\n${stderr}`);
      if (performance.now() - started > 120_000) throw new Error('naast serve antwoordt niet binnen 120 s');
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`).then((r) => r.status === 200, () => false);
      if (ok) return Math.round(performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

export async function coldStart(restarts: number): Promise<{ firstEverMs: number; restartMs: number[]; medianMs: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-bench-cold-'));
  try {
    const firstEverMs = await startOnce(dataDir);
    const restartMs: number[] = [];
    for (let i = 0; i < restarts; i++) restartMs.push(await startOnce(dataDir));
    const sorted = [...restartMs].sort((a, b) => a - b);
    return { firstEverMs, restartMs, medianMs: sorted[Math.floor(sorted.length / 2)]! };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
