/**
 * A throw-away PostgreSQL server for the benchmark, as .ci/run starts one: initdb + pg_ctl in a temp
 * folder, trust auth, on a free loopback port; as user `postgres` when running as root.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export interface BenchPostgres {
  url: string;
  version: string;
  stop(): void;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function asPostgres(command: string): string {
  const root = process.getuid?.() === 0;
  return execFileSync(root ? 'su' : 'bash', root ? ['postgres', '-c', command] : ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Starts the server; null (with the reason) when PostgreSQL is not installed. */
export async function startPostgres(): Promise<BenchPostgres | { skipped: string }> {
  try {
    execFileSync('bash', ['-c', 'command -v initdb && command -v pg_ctl'], { stdio: 'ignore' });
  } catch {
    return { skipped: 'initdb/pg_ctl niet gevonden' };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-bench-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const port = await freePort();
  asPostgres(`initdb -D ${dir}/data -U postgres --auth=trust -E UTF8 >/dev/null`);
  // Settings of a small production server; fsync stays on, so the figures are honest.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=256MB -c max_wal_size=2GB`;
  asPostgres(`pg_ctl -D ${dir}/data -o '${options}' -l ${dir}/log -w start >/dev/null`);
  const version = /(\d+(?:\.\d+)?)/.exec(asPostgres('postgres --version'))?.[1] ?? '?';
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop() {
      try {
        asPostgres(`pg_ctl -D ${dir}/data -m fast stop >/dev/null`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
