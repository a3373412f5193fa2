import { execFileSync } from 'node:child_process';
import net from 'node:net';

/** Helpers for tests that start their own PostgreSQL servers (db-faults, replica). */
const asRoot = process.getuid?.() === 0;

/** Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses root). */
export function pgTool(command: string, args: string[]): string {
  if (!asRoot) return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const line = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return execFileSync('su', ['postgres', '-c', line], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A loopback port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
