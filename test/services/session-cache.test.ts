import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn } from '../helpers/auth.ts';
import { SessionCache, sessionCacheOf } from '../../src/services/identity/session-cache.ts';
import { createSession } from '../../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../../src/api/plugins/auth.ts';

describe('SessionCache (sessie-cache)', () => {
  it('forgets an entry after its TTL, and never keeps it past the session expiry', () => {
    let now = 1_000;
    const cache = new SessionCache<string>(5_000, 10, () => now);
    cache.store('a', 'u1', 'A', 1_000_000, cache.generation());
    cache.store('b', 'u1', 'B', 2_000, cache.generation());
    now = 2_000;
    expect(cache.get('a')).toBe('A');
    expect(cache.get('b')).toBeUndefined();
    now = 6_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('refuses an answer read before an invalidation (it may be stale)', () => {
    const cache = new SessionCache<string>();
    const before = cache.generation();
    cache.forgetSession('other');
    cache.store('a', 'u1', 'A', Date.now() + 60_000, before);
    expect(cache.get('a')).toBeUndefined();
    cache.store('a', 'u1', 'A', Date.now() + 60_000, cache.generation());
    expect(cache.get('a')).toBe('A');
  });

  it('forgets every session of a user, and only those', () => {
    const cache = new SessionCache<string>();
    const g = cache.generation();
    cache.store('a', 'u1', 'A', Date.now() + 60_000, g);
    cache.store('b', 'u1', 'B', Date.now() + 60_000, g);
    cache.store('c', 'u2', 'C', Date.now() + 60_000, g);
    cache.forgetUser('u1');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, 'C']);
  });

  it('stays bounded: the oldest entry goes first', () => {
    const cache = new SessionCache<string>(5_000, 2);
    for (const key of ['a', 'b', 'c']) cache.store(key, 'u', key, Date.now() + 60_000, cache.generation());
    expect(cache.size).toBe(2);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe('c');
  });
});

describe.each(testEngines)('cached sessions are revoked at once in this process on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(engine);
  });
  afterAll(async () => t?.close());
  const me = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/sessies/huidige', headers });
  const summary = (headers: Record<string, string>) => t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/samenvatting', headers });

  it('sign-out takes effect on the next request (the session was cached)', async () => {
    const user = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    expect((await me(user.headers)).statusCode).toBe(200);
    expect((await me(user.headers)).statusCode).toBe(200);
    expect(sessionCacheOf(t.test.db).size).toBeGreaterThan(0);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies/huidige', headers: user.headers });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(user.headers)).statusCode).toBe(401);
  });

  it('sign-out everywhere ends every cached session of the user', async () => {
    const user = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    const second = await createSession(t.test.db, user.userId, 'password');
    const other = { cookie: `${SESSION_COOKIE}=${second.secret}`, 'x-csrf-token': second.csrfToken };
    expect((await me(user.headers)).statusCode).toBe(200);
    expect((await me(other)).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'DELETE', url: '/api/v1/sessies', headers: user.headers });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(user.headers)).statusCode).toBe(401);
    expect((await me(other)).statusCode).toBe(401);
  });

  it('a role change and a blocked account take effect on the next request', async () => {
    const admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
    const user = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    expect((await summary(user.headers)).statusCode).toBe(200);
    const patch = (payload: Record<string, unknown>) => t.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${user.userId}`, headers: admin.headers, payload });
    const demoted = await patch({ rollen: [{ rol: 'clientondersteuner', organisatie: { soort: 'gemeente', code: 'utrecht' } }] });
    expect(demoted.statusCode).toBe(200);
    expect((await summary(user.headers)).statusCode).toBe(403);
    expect((await patch({ geblokkeerd: true })).statusCode).toBe(200);
    expect((await me(user.headers)).statusCode).toBe(401);
  });
});
