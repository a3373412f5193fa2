import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { createUser, findUser } from '../../src/services/identity/users.ts';
import { accountAccess, authorize, decideGrant, ROLES, type Grant, type OrganisationKind, type Role } from '../../src/domain/access/index.ts';

/**
 * Who administers which accounts (issue 17 §2), generated: every administrator scope × every kind of
 * target organisation × every role × four operations (create an account with that grant, give the grant
 * to an existing account, list, block). Each outcome must equal both the pure decision in
 * src/domain/access/administration.ts and the expectation written out by hand below.
 */

type AdminLabel = 'landelijke beheerder' | 'beheerder Utrecht' | 'beheerder Beek' | 'geen beheerder';
const ADMINS: Record<AdminLabel, Grant> = {
  'landelijke beheerder': grant('beheer', 'landelijk', 'nl'),
  'beheerder Utrecht': grant('beheer', 'gemeente', 'utrecht'),
  'beheerder Beek': grant('beheer', 'gemeente', 'beek-l'),
  'geen beheerder': grant('gemeente-beleid', 'gemeente', 'utrecht'),
};

type TargetLabel = 'gemeente Utrecht' | 'gemeente Beek' | 'jeugdregio' | 'landelijk' | 'mee-organisatie' | 'aanbieder';
const TARGETS: Record<TargetLabel, { kind: OrganisationKind; code: string }> = {
  'gemeente Utrecht': { kind: 'gemeente', code: 'utrecht' },
  'gemeente Beek': { kind: 'gemeente', code: 'beek-l' },
  jeugdregio: { kind: 'jeugdregio', code: 'utrecht-stad' },
  landelijk: { kind: 'landelijk', code: 'nl' },
  'mee-organisatie': { kind: 'mee-organisatie', code: 'mee-utrecht-gooi-vecht' },
  aanbieder: { kind: 'aanbieder', code: 'zorgaanbieder-utrecht' },
};

// ---- The expectation, by hand -------------------------------------------------------------------

/** Which kinds of organisation each role can be held at. */
const VALID_KINDS: Record<Role, OrganisationKind[]> = {
  landelijk: ['landelijk'],
  regio: ['jeugdregio'],
  'gemeente-beleid': ['gemeente'],
  clientondersteuner: ['gemeente', 'aanbieder', 'mee-organisatie'],
  beslisser: ['gemeente'],
  aanbieder: ['aanbieder', 'mee-organisatie'],
  privacy: ['landelijk', 'gemeente'],
  beheer: ['landelijk', 'gemeente'],
  inwoner: ['gemeente'],
};

/** The target organisations whose grants (and accounts) each administrator administers. */
const ADMINISTERS: Record<AdminLabel, TargetLabel[]> = {
  'landelijke beheerder': ['gemeente Utrecht', 'gemeente Beek', 'jeugdregio', 'landelijk', 'mee-organisatie', 'aanbieder'],
  'beheerder Utrecht': ['gemeente Utrecht'],
  'beheerder Beek': ['gemeente Beek'],
  'geen beheerder': [],
};

/** Giving a grant (on a new or an existing account): the status code. */
function expectedGrantStatus(admin: AdminLabel, target: TargetLabel, role: Role, success: number): number {
  if (admin === 'geen beheerder') return 403;
  if (!VALID_KINDS[role].includes(TARGETS[target].kind)) return 400;
  return ADMINISTERS[admin].includes(target) ? success : 403;
}

/** Blocking an account that holds only this grant: 404 when it is outside the scope. */
function expectedBlockStatus(admin: AdminLabel, target: TargetLabel): number {
  if (admin === 'geen beheerder') return 403;
  return ADMINISTERS[admin].includes(target) ? 200 : 404;
}

// ---- The decision of the code, from the pure functions --------------------------------------------

const context = { youthRegionOf: () => undefined };
const principalOf = (g: Grant) => ({ userId: 'x', username: 'x', displayName: 'x', via: 'session' as const, grants: [g] });

function decidedGrantStatus(admin: Grant, g: Grant, success: number): number {
  const gate = authorize(principalOf(admin), { permission: 'gebruikers:beheren' }, { kind: 'none' }, context);
  if (!gate.allowed) return gate.status;
  return { allowed: success, invalid: 400, 'out-of-scope': 403 }[decideGrant([admin], g)];
}

function decidedBlockStatus(admin: Grant, account: Grant[]): number {
  const gate = authorize(principalOf(admin), { permission: 'gebruikers:beheren' }, { kind: 'none' }, context);
  if (!gate.allowed) return gate.status;
  return { none: 404, roles: 403, full: 200 }[accountAccess([admin], account)];
}

// ---------------------------------------------------------------------------------------------------

const adminLabels = Object.keys(ADMINS) as AdminLabel[];
const targetLabels = Object.keys(TARGETS) as TargetLabel[];
const cases = adminLabels.flatMap((admin) => targetLabels.flatMap((target) => ROLES.map((role) => ({ admin, target, role }))));
const toApi = (g: Grant) => ({ rol: g.role, organisatie: { soort: g.organisation.kind, code: g.organisation.code } });
/** The organisation each administrator's "existing account" works for: one it administers. */
const HOME: Record<AdminLabel, Grant> = {
  'landelijke beheerder': grant('gemeente-beleid', 'gemeente', 'utrecht'),
  'beheerder Utrecht': grant('gemeente-beleid', 'gemeente', 'utrecht'),
  'beheerder Beek': grant('gemeente-beleid', 'gemeente', 'beek-l'),
  'geen beheerder': grant('gemeente-beleid', 'gemeente', 'utrecht'),
};

describe.each(testEngines)('administration scope on %s', (engine) => {
  let t: TestApp;
  const sessions = {} as Record<AdminLabel, SignedIn>;
  let counter = 0;
  const username = () => `acc${++counter}`;
  beforeAll(async () => {
    t = await testApp(engine);
    for (const label of adminLabels) sessions[label] = await signIn(t.test.db, [ADMINS[label]]);
  });
  afterAll(async () => t?.close());

  const usersNamed = async (name: string) => (await t.test.db.rows<{ n: number }>(sql`select count(*)::int as n from users where username = ${name}`))[0]!.n;

  it('creates an account with a grant exactly when the administrator may give it', { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    for (const { admin, target, role } of cases) {
      const g: Grant = { role, organisation: TARGETS[target] };
      const name = username();
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: sessions[admin].headers, payload: { gebruikersnaam: name, naam: name, rollen: [toApi(g)] } });
      const expected = expectedGrantStatus(admin, target, role, 201);
      const decided = decidedGrantStatus(ADMINS[admin], g, 201);
      const label = `${admin} creates ${role}@${target}`;
      if (res.statusCode !== expected || decided !== expected) mismatches.push(`${label}: got ${res.statusCode}, decided ${decided}, expected ${expected}`);
      if (res.statusCode >= 400 && res.headers['content-type']?.toString().startsWith('application/problem+json') !== true) mismatches.push(`${label}: not problem+json`);
      if ((res.statusCode === 201) !== ((await usersNamed(name)) === 1)) mismatches.push(`${label}: account stored ${res.statusCode !== 201 ? 'after a refusal' : 'not'}`);
      if (res.statusCode === 201 && JSON.stringify(res.json().rollen) !== JSON.stringify([toApi(g)])) mismatches.push(`${label}: answered with roles ${JSON.stringify(res.json().rollen)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('gives a grant to an existing account exactly when the administrator may', { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    for (const { admin, target, role } of cases) {
      const g: Grant = { role, organisation: TARGETS[target] };
      const home = HOME[admin];
      const account = await createUser(t.test.db, { username: username(), displayName: 'Bestaand', grants: [home] });
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/gebruikers/${account.id}`,
        headers: { ...sessions[admin].headers, 'if-match': `"${account.version}"` },
        payload: { rollen: [toApi(home), toApi(g)] },
      });
      const expected = expectedGrantStatus(admin, target, role, 200);
      const decided = decidedGrantStatus(ADMINS[admin], g, 200);
      const label = `${admin} grants ${role}@${target}`;
      if (res.statusCode !== expected || decided !== expected) mismatches.push(`${label}: got ${res.statusCode}, decided ${decided}, expected ${expected}`);
      const stored = (await findUser(t.test.db, account.id))!.grants;
      const has = stored.some((s) => s.role === g.role && s.organisation.kind === g.organisation.kind && s.organisation.code === g.organisation.code);
      const sameAsHome = g.role === home.role && g.organisation.kind === home.organisation.kind && g.organisation.code === home.organisation.code;
      if (has !== (res.statusCode === 200 || sameAsHome)) mismatches.push(`${label}: stored grants ${JSON.stringify(stored)} after ${res.statusCode}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('lists exactly the accounts with a grant in scope, and only those grants', { timeout: 300_000 }, async () => {
    // One account per target × role, holding only that grant (stored directly: invalid ones too, as
    // an older version of Naast could have stored them).
    const accounts = new Map<string, { target: TargetLabel; role: Role; grant: Grant }>();
    for (const target of targetLabels) {
      for (const role of ROLES) {
        const g: Grant = { role, organisation: TARGETS[target] };
        accounts.set((await createUser(t.test.db, { username: username(), displayName: 'Lijst', grants: [g] })).id, { target, role, grant: g });
      }
    }
    const mismatches: string[] = [];
    for (const admin of adminLabels) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/gebruikers', headers: sessions[admin].headers });
      if (admin === 'geen beheerder') {
        if (res.statusCode !== 403) mismatches.push(`${admin} lists: got ${res.statusCode}, expected 403`);
        continue;
      }
      expect(res.statusCode).toBe(200);
      const listed = new Map<string, { rollen: unknown[] }>(res.json().map((u: { id: string; rollen: unknown[] }) => [u.id, u]));
      for (const [id, { target, role, grant: g }] of accounts) {
        const expected = ADMINISTERS[admin].includes(target);
        const decided = accountAccess([ADMINS[admin]], [g]) !== 'none';
        const seen = listed.get(id);
        if (Boolean(seen) !== expected || decided !== expected) mismatches.push(`${admin} lists ${role}@${target}: listed ${Boolean(seen)}, decided ${decided}, expected ${expected}`);
        if (seen && JSON.stringify(seen.rollen) !== JSON.stringify([toApi(g)])) mismatches.push(`${admin} lists ${role}@${target}: roles ${JSON.stringify(seen.rollen)}`);
      }
      // Nothing beyond the scope slips in through other accounts either (the administrators themselves, earlier tests).
      for (const u of res.json() as { id: string; rollen: ReturnType<typeof toApi>[] }[]) {
        for (const r of u.rollen) {
          const inScope = admin === 'landelijke beheerder' || (r.organisatie.soort === 'gemeente' && r.organisatie.code === ADMINS[admin].organisation.code);
          if (!inScope) mismatches.push(`${admin} sees ${r.rol}@${r.organisatie.soort}:${r.organisatie.code} of ${u.id}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('blocks an account exactly when the administrator administers it', { timeout: 300_000 }, async () => {
    const mismatches: string[] = [];
    for (const { admin, target, role } of cases) {
      const g: Grant = { role, organisation: TARGETS[target] };
      const account = await createUser(t.test.db, { username: username(), displayName: 'Blokkeren', grants: [g] });
      const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/gebruikers/${account.id}`, headers: sessions[admin].headers, payload: { geblokkeerd: true } });
      const expected = expectedBlockStatus(admin, target);
      const decided = decidedBlockStatus(ADMINS[admin], [g]);
      const label = `${admin} blocks ${role}@${target}`;
      if (res.statusCode !== expected || decided !== expected) mismatches.push(`${label}: got ${res.statusCode}, decided ${decided}, expected ${expected}`);
      if (res.statusCode === 404 && res.json().detail !== 'Niet gevonden.') mismatches.push(`${label}: 404 says ${res.json().detail}`);
      if ((await findUser(t.test.db, account.id))!.disabled !== (res.statusCode === 200)) mismatches.push(`${label}: blocked after ${res.statusCode}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('a municipality administrator cannot take over an account that also works elsewhere, but can manage its roles there', async () => {
    const utrecht = sessions['beheerder Utrecht'].headers;
    const shared = await createUser(t.test.db, { username: username(), displayName: 'Gedeeld', grants: [grant('beheer', 'landelijk', 'nl'), grant('gemeente-beleid', 'gemeente', 'utrecht')] });
    const url = `/api/v1/gebruikers/${shared.id}`;
    const seen = await t.app.inject({ method: 'GET', url, headers: utrecht });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().rollen).toEqual([toApi(grant('gemeente-beleid', 'gemeente', 'utrecht'))]);
    expect(seen.json().rollenElders).toBe(1);
    for (const payload of [{ wachtwoord: 'een-heel-lang-nieuw-wachtwoord' }, { geblokkeerd: true }, { naam: 'Overgenomen' }, { ontgrendelen: true }]) {
      const res = await t.app.inject({ method: 'PATCH', url, headers: utrecht, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(403);
      expect(res.json().detail).toMatch(/landelijke beheerder/);
    }
    const revoked = await t.app.inject({ method: 'PATCH', url, headers: utrecht, payload: { rollen: [] } });
    expect(revoked.statusCode).toBe(200);
    expect((await findUser(t.test.db, shared.id))!.grants).toEqual([grant('beheer', 'landelijk', 'nl')]);
    // Now it holds nothing in Utrecht: for Utrecht's administrator it no longer exists.
    const gone = await t.app.inject({ method: 'GET', url, headers: utrecht });
    expect([gone.statusCode, gone.json().detail]).toEqual([404, 'Niet gevonden.']);
  });

  it('a municipality administrator names every refused grant at once, and must give a new account a role', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/gebruikers',
      headers: sessions['beheerder Utrecht'].headers,
      payload: { gebruikersnaam: username(), naam: 'X', rollen: [toApi(grant('beheer', 'landelijk', 'nl')), toApi(grant('clientondersteuner', 'gemeente', 'beek-l'))] },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name)).toEqual(['body.rollen.0', 'body.rollen.1']);
    const empty = await t.app.inject({ method: 'POST', url: '/api/v1/gebruikers', headers: sessions['beheerder Utrecht'].headers, payload: { gebruikersnaam: username(), naam: 'X', rollen: [] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().invalidParams[0].name).toBe('body.rollen');
  });

  it('a grant stored before the table was checked grants nothing (clientondersteuner at national level)', async () => {
    const old = await signIn(t.test.db, [grant('clientondersteuner', 'landelijk', 'nl')]);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/dossiers/00000000-0000-4000-8000-000000000000', headers: old.headers });
    expect(res.statusCode).toBe(403);
  });
});
