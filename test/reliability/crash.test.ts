import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { PGlite } from '@electric-sql/pglite';
import { emptyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { startServer } from '../helpers/cli.ts';
import { grant } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';
import { openReadyDatabase } from '../../src/db/index.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { createSession } from '../../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../../src/api/plugins/auth.ts';
import type { Database } from '../../src/db/client.ts';

/** Heavy: runs in scripts/reliability.sh (NAAST_RELIABILITY=1), not in every `npm test`. */
const suite = process.env.NAAST_RELIABILITY === '1' ? describe : describe.skip;

/**
 * Crash safety: a real `naast serve` child process is killed with SIGKILL while it imports a large
 * MEE file, saves monitor answers and adds notes to a case, all at once. After each restart on the same
 * data: the import is all there or not at all, every acknowledged (2xx) write is present, and no
 * unacknowledged write is half-present (the case version counts exactly the notes that exist; the
 * monitor answer is the last acknowledged one or the one in flight). PGlite's data folder must open.
 */
const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 3);
const IMPORT_ROWS = Number(process.env.CRASH_IMPORT_ROWS ?? 1500);
const HEADER = 'gemeente;client_naam;geboortejaar;startdatum;mee_organisatie;mee_ondersteuner;vraag';
const requirements = () => Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => [id, { antwoord: 'ja', toelichting: '' }]));
const answers = (toelichting: string) => ({ fase: 'college', eisen: requirements(), budgetMee2015Cent: 3_000_000_00, andereAanbieders: [], toelichting });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Session {
  headers: Record<string, string>;
}

suite.each(testEngines)('crash safety (SIGKILL) on %s', (engine) => {
  const cleanups: (() => Promise<void> | void)[] = [];
  let env: NodeJS.ProcessEnv;
  let users: { beheer: Session; ondersteuner: Session; gemeente: Session };
  let caseId: string;
  const statuses: Record<string, number> = {};
  const figures = { kills: 0, acknowledged: 0, lostWrites: 0, partialImports: 0, halfWrites: 0, importsComplete: 0, importsAbsent: 0 };
  afterAll(async () => {
    console.log(`[crash ${engine}] faults injected ${figures.kills}, acknowledged writes ${figures.acknowledged}, lost ${figures.lostWrites}, partial imports ${figures.partialImports}, half-present ${figures.halfWrites}, imports complete ${figures.importsComplete} / absent ${figures.importsAbsent}; ${JSON.stringify(statuses)}`);
    for (const c of cleanups.reverse()) await c();
  });

  /** Opens the database the child server uses (PGlite only while no server runs on it). */
  async function open(): Promise<Database> {
    const config = { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.NAAST_DATA_DIR! };
    return (await openReadyDatabase(config)).db;
  }

  beforeAll(async () => {
    if (engine === 'pglite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'naast-crash-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      env = { NAAST_DATA_DIR: dir, DATABASE_URL: '', NAAST_WEB_DIR: '/nonexistent' };
    } else {
      const test: TestDatabase = await emptyDatabase('postgres');
      cleanups.push(() => test.cleanup());
      const [row] = await test.db.rows<{ name: string }>(sql`select current_database() as name`);
      const url = new URL(process.env.NAAST_TEST_DATABASE_URL!);
      url.pathname = `/${row!.name}`;
      env = { DATABASE_URL: url.toString(), NAAST_WEB_DIR: '/nonexistent' };
    }
    // Users and sessions are made directly in the database before the server runs; sessions survive restarts.
    const db = await open();
    const session = async (grants: Parameters<typeof createUser>[1]['grants'], name: string): Promise<Session> => {
      const user = await createUser(db, { username: name, displayName: name, grants });
      const s = await createSession(db, user.id, 'password');
      return { headers: { cookie: `${SESSION_COOKIE}=${s.secret}`, 'x-csrf-token': s.csrfToken } };
    };
    users = {
      beheer: await session([grant('beheer', 'landelijk', 'nl')], 'crash-beheer'),
      ondersteuner: await session([grant('clientondersteuner', 'gemeente', 'utrecht')], 'crash-sanne'),
      gemeente: await session([grant('gemeente-beleid', 'gemeente', 'utrecht')], 'crash-anna'),
    };
    await db.close();
  });

  async function call(base: string, user: Session, method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const isText = typeof body === 'string';
    return fetch(`${base}${url}`, {
      method,
      headers: { ...user.headers, ...(body === undefined ? {} : { 'content-type': isText ? 'text/csv' : 'application/json' }), ...headers },
      body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
  }

  it(`keeps every acknowledged write and no partial import over ${ROUNDS} kills`, async () => {
    let server = await startServer(env);
    const created = await call(server.url, users.ondersteuner, 'POST', '/api/v1/dossiers', intake('Cliënt Crash'));
    expect(created.status).toBe(201);
    caseId = ((await created.json()) as { id: string }).id;
    const monitorUrl = '/api/v1/monitor/rondes/2014-10/antwoorden/utrecht';
    const ackedNotes: string[] = [];

    for (let round = 0; round < ROUNDS; round++) {
      const base = server.url;
      const baseCase = (await (await call(base, users.ondersteuner, 'GET', `/api/v1/dossiers/${caseId}`)).json()) as { versie: number; notities: { tekst: string }[] };
      const file = [HEADER, ...Array.from({ length: IMPORT_ROWS }, (_, i) => `Utrecht;Crash ${round} ${i};1950;2014-09-01;MEE Utrecht Gooi & Vecht;Karin de Boer;Vraag ${i}`)].join('\n');
      let importAcked = false;
      let lastMonitorAcked: string | null = null;
      let monitorInFlight: string | null = null;
      let stop = false;
      const monitorLoop = (async () => {
        for (let k = 0; !stop; k++) {
          try {
            const text = `crash r${round} n${k}`;
            monitorInFlight = text;
            const r = await call(base, users.gemeente, 'PUT', monitorUrl, answers(text));
            statuses[`monitor ${r.status}`] = (statuses[`monitor ${r.status}`] ?? 0) + 1;
            if (r.status === 200) {
              lastMonitorAcked = text;
              figures.acknowledged++;
            }
          } catch {
            return;
          }
        }
      })();
      const notesLoop = (async () => {
        for (let k = 0; !stop; k++) {
          const text = `crash-notitie r${round} n${k}`;
          try {
            const r = await call(base, users.ondersteuner, 'POST', `/api/v1/dossiers/${caseId}/notities`, { soort: 'notitie', tekst: text });
            statuses[`note ${r.status}`] = (statuses[`note ${r.status}`] ?? 0) + 1;
            if (r.status === 201) {
              ackedNotes.push(text);
              figures.acknowledged++;
            }
          } catch {
            return;
          }
        }
      })();
      // First let the writers get some acknowledgements (PGlite serves one query at a time, so a running
      // import holds everything else up), then start the import and kill at a different moment each
      // round: early in the import, in the middle, or just after its acknowledgement.
      const ackedBefore = figures.acknowledged;
      for (let waited = 0; figures.acknowledged < ackedBefore + 4 && waited < 20_000; waited += 50) await sleep(50);
      const imported = call(base, users.beheer, 'POST', '/api/v1/dossiers/mee-overdracht/import', file)
        .then((r) => {
          statuses[`import ${r.status}`] = (statuses[`import ${r.status}`] ?? 0) + 1;
          importAcked = r.status === 201;
        })
        .catch(() => undefined);
      if (round % 3 === 2) {
        // Every third round: kill just after the import was acknowledged, while the other writers go on.
        for (let waited = 0; !importAcked && waited < 120_000; waited += 50) await sleep(50);
        await sleep(50);
      } else await sleep([150, 1200][round % 3]! + Math.floor(Math.random() * 200));
      server.child.kill('SIGKILL');
      figures.kills++;
      stop = true;
      await Promise.all([imported, monitorLoop, notesLoop]);
      await new Promise((r) => (server.child.exitCode !== null || server.child.signalCode ? r(undefined) : server.child.once('exit', r)));

      // Restart on the same data: it must open cleanly.
      server = await startServer(env);
      const after = (await (await call(server.url, users.ondersteuner, 'GET', `/api/v1/dossiers/${caseId}`)).json()) as { versie: number; notities: { tekst: string }[] };
      const texts = new Set(after.notities.map((n) => n.tekst));
      const lost = ackedNotes.filter((n) => !texts.has(n));
      figures.lostWrites += lost.length;
      expect(lost, 'acknowledged notes lost').toEqual([]);
      // Every stored note raised the case version by exactly one: no note without its version, nor the reverse.
      const newNotes = after.notities.filter((n) => n.tekst.startsWith(`crash-notitie r${round} `)).length;
      if (after.versie !== baseCase.versie + newNotes) figures.halfWrites++;
      expect(after.versie).toBe(baseCase.versie + newNotes);

      const monitor = (await (await call(server.url, users.gemeente, 'GET', monitorUrl)).json()) as { versies: { antwoorden: { toelichting: string } }[] };
      const current = monitor.versies[0]?.antwoorden.toelichting ?? null;
      if (lastMonitorAcked !== null && current !== lastMonitorAcked && current !== monitorInFlight) figures.lostWrites++;
      if (lastMonitorAcked !== null) expect([lastMonitorAcked, monitorInFlight]).toContain(current);

      // The import: all rows or none, and all when it was acknowledged.
      roundsToCheck.push({ round, importAcked });
    }
    await server.stop();

    // With the server stopped, open the data directly (for PGlite: the folder opens cleanly) and count the imports.
    const db = await open();
    try {
      for (const { round, importAcked } of roundsToCheck) {
        const [row] = await db.rows<{ cases: number; transitions: number; notes: number }>(sql`
          select count(distinct c.id)::int as cases, count(distinct m.case_id)::int as transitions, count(distinct n.id)::int as notes
            from cases c left join case_mee_transitions m on m.case_id = c.id left join case_notes n on n.case_id = c.id
           where c.client_name like ${`Crash ${round} %`}`);
        const partial = row!.cases !== 0 && row!.cases !== IMPORT_ROWS;
        if (row!.cases === IMPORT_ROWS) figures.importsComplete++;
        if (row!.cases === 0) figures.importsAbsent++;
        if (partial || row!.transitions !== row!.cases || row!.notes !== row!.cases) figures.partialImports++;
        if (importAcked && row!.cases !== IMPORT_ROWS) figures.lostWrites++;
        expect([0, IMPORT_ROWS], `round ${round}: ${row!.cases} of ${IMPORT_ROWS} imported`).toContain(row!.cases);
        expect(row!.transitions).toBe(row!.cases);
        expect(row!.notes).toBe(row!.cases);
        if (importAcked) expect(row!.cases).toBe(IMPORT_ROWS);
      }
    } finally {
      await db.close();
    }
    if (engine === 'pglite') {
      // And PGlite itself, without our migration layer, opens the folder and answers.
      const raw = await PGlite.create({ dataDir: env.NAAST_DATA_DIR! });
      const result = await raw.query<{ n: number }>('select count(*)::int as n from cases');
      expect(result.rows[0]!.n).toBeGreaterThan(0);
      await raw.close();
    }
  }, 600_000);
  const roundsToCheck: { round: number; importAcked: boolean }[] = [];
});
