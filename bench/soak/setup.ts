/**
 * The database a soak run works on: PGlite in a temp folder, or a fresh database on a PostgreSQL
 * server (DATABASE_URL, or a throw-away server started like .ci/run does), seeded with the monitor
 * demo data, soak users with sessions and a set of cases to write to.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { openReadyDatabase } from '../../src/db/index.ts';
import type { Database } from '../../src/db/client.ts';
import type { Grant } from '../../src/domain/access/index.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { createSession } from '../../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../../src/api/plugins/auth.ts';
import { loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { createCase } from '../../src/services/cases/intake.ts';
import { listMunicipalities } from '../../src/db/register/queries.ts';
import { startPostgres } from '../postgres.ts';

export interface SoakDatabase {
  /** Environment for `naast serve` on this database. */
  env: NodeJS.ProcessEnv;
  headers: Record<'landelijk' | 'ondersteuner', Record<string, string>>;
  caseIds: string[];
  /** Per municipality, a policy officer's session (gemeente-beleid) who answers the monitor for it. */
  monitorUsers: { code: string; headers: Record<string, string> }[];
  cleanup(): Promise<void>;
}

async function sessionHeaders(db: Database, grants: Grant[]): Promise<Record<string, string>> {
  const name = `soak-${grants[0]!.role}-${grants[0]!.organisation.code}`;
  const user = await createUser(db, { username: name, displayName: name, grants });
  const session = await createSession(db, user.id, 'password');
  return { cookie: `${SESSION_COOKIE}=${session.secret}`, 'x-csrf-token': session.csrfToken };
}

async function seed(db: Database, cases: number): Promise<Omit<SoakDatabase, 'env' | 'cleanup'>> {
  await loadDemoMonitor(db);
  const headers = {
    landelijk: await sessionHeaders(db, [{ role: 'landelijk', organisation: { kind: 'landelijk', code: 'nl' } }]),
    ondersteuner: await sessionHeaders(db, [{ role: 'clientondersteuner', organisation: { kind: 'gemeente', code: 'utrecht' } }]),
  };
  const caseIds: string[] = [];
  for (let i = 0; i < cases; i++) {
    const client = { name: `Soak cliënt ${i}`, phone: null, email: null, address: null, targetGroups: [], network: [], representative: null, consents: [] };
    const question = { receivedVia: 'telefonisch' as const, text: 'Soakvraag', lifeDomains: [], receivedOn: '2015-01-05', userId: null };
    caseIds.push((await createCase(db, { municipalityCode: 'utrecht', client, bsn: null, ageCategory: null, question } as Parameters<typeof createCase>[1])).id);
  }
  const codes = (await listMunicipalities(db, { divisionYear: 2014 })).map((m) => m.code).slice(0, 20);
  const monitorUsers = [];
  for (const code of codes) monitorUsers.push({ code, headers: await sessionHeaders(db, [{ role: 'gemeente-beleid', organisation: { kind: 'gemeente', code } }]) });
  return { headers, caseIds, monitorUsers };
}

export async function soakDatabase(engine: 'pglite' | 'postgres', cases: number, log: (m: string) => void): Promise<SoakDatabase> {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-soak-'));
    const { db } = await openReadyDatabase({ databaseUrl: undefined, dataDir: dir });
    const seeded = await seed(db, cases);
    await db.close();
    return { ...seeded, env: { NAAST_DATA_DIR: dir, DATABASE_URL: '' }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  let serverUrl = process.env.DATABASE_URL;
  let stopServer = () => {};
  if (!serverUrl) {
    const started = await startPostgres();
    if ('skipped' in started) throw new Error(`Geen PostgreSQL-server: ${started.skipped}. Zet DATABASE_URL of installeer PostgreSQL.`);
    log(`PostgreSQL ${started.version} gestart (wegwerpserver)`);
    serverUrl = started.url;
    stopServer = started.stop;
  }
  // Always a fresh database on that server: a soak run writes test data and must not touch real data.
  const name = `naast_soak_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const { db } = await openReadyDatabase({ databaseUrl: url.toString(), dataDir: '' });
  const seeded = await seed(db, cases);
  await db.close();
  return {
    ...seeded,
    env: { DATABASE_URL: url.toString() },
    async cleanup() {
      const again = new pg.Client({ connectionString: serverUrl });
      await again.connect();
      await again.query(`drop database if exists ${name} with (force)`);
      await again.end();
      stopServer();
    },
  };
}
