import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { buildServer } from '../../src/api/server.ts';
import type { AppInstance } from '../../src/api/types.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';

/**
 * Issue 17 §4: no request body, query string, secret header or input-echoing database error in
 * the log, and no impossible date (year 0000) reaching the database.
 */
describe.each(testEngines)('what the log holds (%s)', (engine) => {
  const SECRET = 'Geheimenaam-QX7Z9';
  const lines: string[] = [];
  let test: TestDatabase;
  let app: AppInstance;
  let sanne: SignedIn;
  beforeAll(async () => {
    test = await readyDatabase(engine);
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    app = await buildServer({ db: test.db, webDir: '/nonexistent', logger: { level: 'info', stream } });
    await app.ready();
    sanne = await signIn(test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
  });
  afterAll(async () => {
    await app?.close();
    await test?.cleanup();
  });
  const log = () => lines.join('');

  it('logs a database error without the body, the parameters or the text the database echoes', async () => {
    // A real database error whose message and detail echo the row, as constraint and type errors do.
    await test.db.rows(sql.raw(`create function test_refuse_case() returns trigger language plpgsql as $$
      begin raise exception 'kapot: %', new.client::text using detail = 'client=' || new.client::text; end $$`));
    await test.db.rows(sql.raw('create trigger test_refuse_case before insert on cases for each row execute function test_refuse_case()'));
    try {
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/dossiers?zoek=${SECRET}`,
        headers: sanne.headers,
        payload: { gemeenteCode: 'utrecht', ...intake(SECRET) },
      });
      expect(res.statusCode, res.body).toBe(500);
      expect(res.body).not.toContain(SECRET);
    } finally {
      await test.db.rows(sql.raw('drop trigger test_refuse_case on cases'));
    }
    expect(log()).toContain('unhandled error');
    expect(log()).toContain('database error P0001');
    expect(log()).not.toContain(SECRET);
    expect(log()).not.toContain(sanne.headers['x-csrf-token']!);
    expect(log()).not.toContain(sanne.headers.cookie!.split('=')[1]!);
  });

  it('redacts bodies, queries and secret headers wherever a log call passes them', () => {
    app.log.info({ body: { naam: SECRET }, query: { q: SECRET }, headers: { authorization: `Bearer ${SECRET}`, cookie: SECRET } }, 'probe');
    const probe = lines.at(-1)!;
    expect(probe).toContain('probe');
    expect(probe).toContain('[verborgen]');
    expect(probe).not.toContain(SECRET);
  });

  it('refuses a date outside 1900–2100 with a Dutch 400 before anything reaches the database', async () => {
    const body = intake('Jan Test', { toestemmingen: [{ onderwerp: 'Woonsituatie', gegeven: true, vastgelegdDatum: '2101-01-01' }] });
    const payload = { gemeenteCode: 'utrecht', client: body.client, vraag: { ...body.vraag, ontvangenDatum: '0000-01-01' } };
    const res = await app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: sanne.headers, payload });
    expect(res.statusCode, res.body).toBe(400);
    const problem = res.json();
    expect(problem.invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'body.vraag.ontvangenDatum', reason: 'Vul een datum in tussen 1 januari 1900 en 31 december 2100.' }),
        expect.objectContaining({ name: 'body.client.toestemmingen.0.vastgelegdDatum' }),
      ]),
    );
    expect(Number((await test.db.rows<{ n: number }>(sql`select count(*)::int as n from cases`))[0]!.n)).toBe(0);
    const query = await app.inject({ method: 'GET', url: '/api/v1/dossiers/mee-overdracht/continuiteit?peildatum=0000-01-01', headers: sanne.headers });
    expect(query.statusCode).toBe(400);
  });
});
