import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { intake } from '../helpers/cases.ts';
import { purgeExpiredKeys } from '../../src/services/idempotency/store.ts';

/** Issue 18 §1: no creation twice (Idempotency-Key) and no change without its audit row (one transaction). */
describe.each(testEngines)('idempotent creation and audited changes on %s', (engine) => {
  let t: TestApp;
  let sanne: SignedIn;
  let piet: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
    piet = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Piet');
  });
  afterAll(async () => t?.close());

  const create = (user: SignedIn, payload: object, key?: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/dossiers', headers: { ...user.headers, ...(key ? { 'idempotency-key': key } : {}) }, payload });
  const casesNamed = async (name: string) => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from cases where client_name = ${name}`))[0]!.n;
  const auditRows = async (requestId: string) => (await t.test.db.rows<{ outcome: string }>(sql`select outcome from audit_log where request_id = ${requestId} order by seq`)).map((r) => r.outcome);

  it('creates one case for a retried request with the same key and replays the first answer', async () => {
    const key = crypto.randomUUID();
    const first = await create(sanne, intake('Ria Retry'), key);
    expect(first.statusCode).toBe(201);
    const again = await create(sanne, intake('Ria Retry'), key);
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toContain('application/json');
    expect(again.headers['idempotent-replayed']).toBe('true');
    // The draft's quoted form of the same key is the same key.
    expect((await create(sanne, intake('Ria Retry'), `"${key}"`)).headers['idempotent-replayed']).toBe('true');
    expect(await casesNamed('Ria Retry')).toBe(1);
    // The replay is not a second processing: the first request's audit row is the only one.
    expect(await auditRows(first.headers['x-request-id'] as string)).toEqual(['toegestaan']);
    expect(await auditRows(again.headers['x-request-id'] as string)).toEqual([]);
  });

  it('refuses the same key with another payload (422) and keeps keys per user', async () => {
    const key = crypto.randomUUID();
    expect((await create(sanne, intake('Otto Eerst'), key)).statusCode).toBe(201);
    const other = await create(sanne, intake('Otto Anders'), key);
    expect(other.statusCode).toBe(422);
    expect(other.headers['content-type']).toContain('application/problem+json');
    expect(other.json().detail).toContain('Idempotency-Key');
    expect(await casesNamed('Otto Anders')).toBe(0);
    // Another user's key space: the same key creates his own case.
    expect((await create(piet, intake('Otto Eerst'), key)).statusCode).toBe(201);
    expect(await casesNamed('Otto Eerst')).toBe(2);
  });

  it('answers 409 while the first request with the key is still running, and after a lost answer', async () => {
    const key = crypto.randomUUID();
    expect((await create(sanne, intake('Bea Bezig'), key)).statusCode).toBe(201);
    // As if the first request were still running.
    await t.test.db.execute(sql`update idempotency_keys set state = 'bezig', response_body = null where key = ${key}`);
    const running = await create(sanne, intake('Bea Bezig'), key);
    expect(running.statusCode).toBe(409);
    expect(running.json().detail).toContain('nog verwerkt');
    // As if the server died after the commit, before the answer was stored: no second case.
    await t.test.db.execute(sql`update idempotency_keys set state = 'uitgevoerd' where key = ${key}`);
    expect((await create(sanne, intake('Bea Bezig'), key)).statusCode).toBe(409);
    expect(await casesNamed('Bea Bezig')).toBe(1);
    // As if the first request died long ago without marking its key: still no second creation.
    await t.test.db.execute(sql`update idempotency_keys set state = 'bezig', created_at = now() - interval '11 minutes' where key = ${key}`);
    const interrupted = await create(sanne, intake('Bea Bezig'), key);
    expect(interrupted.statusCode).toBe(409);
    expect(interrupted.json().detail).toContain('onderbroken');
    expect(await casesNamed('Bea Bezig')).toBe(1);
  });

  it('creates once when the same request races itself with one key', async () => {
    const key = crypto.randomUUID();
    const answers = await Promise.all([1, 2, 3, 4].map(() => create(sanne, intake('Ray Race'), key)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => ![201, 409].includes(s))).toEqual([]);
    expect(statuses).toContain(201);
    expect(await casesNamed('Ray Race')).toBe(1);
  });

  it('marks the key used in the creating transaction, and lets an expired key be used again', async () => {
    const key = crypto.randomUUID();
    expect((await create(sanne, intake('Eva Verlopen'), key)).statusCode).toBe(201);
    const [row] = await t.test.db.rows<{ state: string; scope: string; route: string }>(sql`select state, scope, route from idempotency_keys where key = ${key}`);
    expect(row).toEqual({ state: 'klaar', scope: sanne.userId, route: 'POST /api/v1/dossiers' });
    await t.test.db.execute(sql`update idempotency_keys set expires_at = now() - interval '1 minute' where key = ${key}`);
    expect((await create(sanne, intake('Eva Verlopen'), key)).statusCode).toBe(201);
    expect(await casesNamed('Eva Verlopen')).toBe(2);
  });

  it('forgets expired keys and their stored answers (the daily retention job)', async () => {
    const key = crypto.randomUUID();
    expect((await create(sanne, intake('Piet Purge'), key)).statusCode).toBe(201);
    await t.test.db.execute(sql`update idempotency_keys set expires_at = now() - interval '1 minute' where key = ${key}`);
    expect(await purgeExpiredKeys(t.test.db)).toBeGreaterThanOrEqual(1);
    expect(await t.test.db.rows(sql`select 1 from idempotency_keys where key = ${key}`)).toEqual([]);
  });

  it('refuses a malformed key', async () => {
    const res = await create(sanne, intake('Kees Kapot'), 'met spatie');
    expect(res.statusCode).toBe(400);
    expect(await casesNamed('Kees Kapot')).toBe(0);
  });

  it('stores no case when its audit row cannot be written, and serves no case without its read row', async () => {
    const kept = await create(sanne, intake('Lees Mij'));
    const caseId = kept.json().id as string;
    await t.test.db.script(`
      create function test_refuse_audit() returns trigger language plpgsql as $$
      begin
        if new.outcome = 'toegestaan' then raise exception 'audit log unavailable (test)'; end if;
        return new;
      end $$;
      create trigger test_refuse_audit before insert on audit_log for each row execute function test_refuse_audit();`);
    try {
      const key = crypto.randomUUID();
      const failed = await create(sanne, intake('Zonder Logregel'), key);
      expect(failed.statusCode).toBe(500);
      expect(await casesNamed('Zonder Logregel')).toBe(0);
      // The failed attempt is itself logged, on its own.
      expect(await auditRows(failed.headers['x-request-id'] as string)).toEqual(['fout']);
      // A note is a change under the case: refused the same way.
      const note = await t.app.inject({ method: 'POST', url: `/api/v1/dossiers/${caseId}/notities`, headers: { ...sanne.headers, 'if-match': '"1"' }, payload: { soort: 'notitie', tekst: 'Mag niet blijven staan.' } });
      expect(note.statusCode).toBe(500);
      expect((await t.test.db.rows(sql`select 1 from case_notes where body = 'Mag niet blijven staan.'`)).length).toBe(0);
      const read = await t.app.inject({ method: 'GET', url: `/api/v1/dossiers/${caseId}`, headers: sanne.headers });
      expect(read.statusCode).toBe(500);
      expect(read.body).not.toContain('Lees Mij');
      // The key of the failed request was released: the retry, once the log works again, creates the case.
      await t.test.db.script('drop trigger test_refuse_audit on audit_log; drop function test_refuse_audit();');
      const retried = await create(sanne, intake('Zonder Logregel'), key);
      expect(retried.statusCode).toBe(201);
      expect(await casesNamed('Zonder Logregel')).toBe(1);
    } finally {
      await t.test.db.script('drop trigger if exists test_refuse_audit on audit_log; drop function if exists test_refuse_audit();');
    }
  });

  it('declares the Idempotency-Key header on every creating POST in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const withKey: string[] = [];
    const missing: string[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { operationId: string; responses: Record<string, unknown>; parameters?: { in: string; name: string }[] }>>)) {
      const post = item.post;
      if (!post) continue;
      const declared = (post.parameters ?? []).some((p) => p.in === 'header' && p.name.toLowerCase() === 'idempotency-key');
      if (declared) {
        withKey.push(post.operationId);
        expect(post.responses['422'], post.operationId).toEqual({ $ref: '#/components/responses/SleutelHergebruikt' });
        expect(post.responses['409'], post.operationId).toBeDefined();
      }
      // Signing in creates a session, not a resource a client retries blindly.
      else if ('201' in post.responses && post.operationId !== 'createSessie') missing.push(`${path} (${post.operationId})`);
    }
    expect(missing).toEqual([]);
    // The creations the issue names, those that answer 200 included.
    const named = ['createDossier', 'addVraag', 'addNotitie', 'addVerwijzing', 'addBezwaar', 'addToestemming', 'stelVraag', 'importMeeOverdracht', 'createApiToken', 'createGebruiker'];
    named.push('createAanbieder', 'createLocatie', 'createDienst', 'createVeelgesteldeVraag', 'submitAntwoorden', 'submitRegioAntwoorden', 'importAntwoorden');
    named.push('uploadVerantwoording', 'submitVerantwoording', 'addVerantwoordingBericht', 'addClientervaringAntwoord');
    expect(named.filter((id) => !withKey.includes(id))).toEqual([]);
  });
});
