import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.ts';
import { openDatabase } from '../../src/db/client.ts';
import { sql } from '../../src/db/sql.ts';
import { testEngines, readyDatabase } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { signIn, grant } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';

/** Issue 18 §1: liveness never touches the database; readiness checks it on its own connection. */
describe.each(testEngines)('health and readiness on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t?.close());

  it('GET /api/v1/health/ready checks the database and says so per part', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ status: 'ok', onderdelen: { database: { status: 'ok', melding: 'De database antwoordt.' } } });
    expect(body.onderdelen.database.ms).toBeGreaterThanOrEqual(0);
  });

  it('is public and in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/health', '/health/ready']));
    expect(t.app.registeredRoutes.find((r) => r.url === '/api/v1/health/ready')?.access).toEqual({ public: true });
  });
});

describe('when the database is gone', () => {
  it('liveness still answers 200, readiness answers 503 with Retry-After and says the database is down (PGlite closed)', async () => {
    const test = await readyDatabase('pglite');
    const app = await buildServer({ db: test.db, webDir: '/nonexistent' });
    await app.ready();
    await test.db.close();
    const live = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toMatchObject({ status: 'ok', engine: 'pglite' });
    const ready = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(ready.statusCode).toBe(503);
    expect(ready.headers['retry-after']).toBe('30');
    expect(ready.json()).toMatchObject({ status: 'down', onderdelen: { database: { status: 'down' } } });
    expect(ready.json().onderdelen.database.melding).toMatch(/Probeer het over een halve minuut opnieuw/);
    await app.close();
  });
});

const server = process.env.NAAST_TEST_DATABASE_URL ? describe : describe.skip;

/**
 * A server with its own pool and a short lock limit (as NAAST_DB_LOCK_TIMEOUT_MS would set it) on a
 * fresh database of the test server, a signed-in supporter, and a second connection that can hold
 * locks; everything is closed afterwards.
 */
async function withLockableServer(
  work: (s: { app: Awaited<ReturnType<typeof buildServer>>; headers: Record<string, string>; holder: pg.Client }) => Promise<void>,
): Promise<void> {
  const test = await readyDatabase('postgres');
  const [{ name }] = (await test.db.rows<{ name: string }>(sql`select current_database() as name`)) as [{ name: string }];
  const url = new URL(process.env.NAAST_TEST_DATABASE_URL!);
  url.pathname = `/${name}`;
  const db = await openDatabase({ databaseUrl: url.toString(), poolSize: 4, timeouts: { lockMs: 200 } });
  const app = await buildServer({ db, webDir: '/nonexistent' });
  await app.ready();
  const holder = new pg.Client({ connectionString: url.toString() });
  try {
    const user = await signIn(db, [grant('clientondersteuner', 'gemeente', 'utrecht')]);
    await holder.connect();
    await work({ app, headers: user.headers, holder });
  } finally {
    await holder.end().catch(() => undefined);
    await app.close();
    await db.close();
    await test.cleanup();
  }
}

server('PostgreSQL server faults answer 503 with Retry-After', () => {
  it('a write that waits for a lock longer than the lock limit answers 503 in Dutch, and the next one works', async () => {
    await withLockableServer(async ({ app, headers, holder }) => {
      await holder.query('begin');
      await holder.query('lock table cases in access exclusive mode');
      const blocked = await app.inject({ method: 'POST', url: '/api/v1/dossiers', headers, payload: intake('Cliënt Slot') });
      expect(blocked.statusCode).toBe(503);
      expect(blocked.headers['retry-after']).toBe('30');
      expect(blocked.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(blocked.json()).toMatchObject({ status: 503, code: 'database-onbereikbaar', detail: 'De database is even niet bereikbaar. Probeer het over een halve minuut opnieuw.' });
      await holder.query('rollback');
      const created = await app.inject({ method: 'POST', url: '/api/v1/dossiers', headers, payload: intake('Cliënt Slot') });
      expect(created.statusCode).toBe(201);
    });
  });

  it('a failed load of reference data is not cached: after the database is back the same request works', async () => {
    await withLockableServer(async ({ app, headers, holder }) => {
      // The first request of a fresh server loads the municipality → youth region context (auth.ts)
      // and the register; while they cannot be read, the request answers 503 …
      await holder.query('begin');
      await holder.query('lock table municipalities in access exclusive mode');
      const first = await app.inject({ method: 'GET', url: '/api/v1/dossiers/werkvoorraad', headers });
      expect(first.statusCode).toBe(503);
      await holder.query('rollback');
      // … and once they can, the next one works: the failed load was not kept.
      const second = await app.inject({ method: 'GET', url: '/api/v1/dossiers/werkvoorraad', headers });
      expect(second.statusCode).toBe(200);
    });
  });
});
