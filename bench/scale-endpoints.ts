/**
 * The users, template cases and hot endpoints of `npm run bench:scale` (bench/scale.ts), shared with the
 * plan test (test/db/scale-plans.test.ts), which runs the same requests and EXPLAINs every query they send.
 */
import { sql } from '../src/db/sql.ts';
import type { Database } from '../src/db/client.ts';
import type { Grant } from '../src/domain/access/index.ts';
import type { AppInstance } from '../src/api/types.ts';
import { createUser } from '../src/services/identity/users.ts';
import { createSession } from '../src/services/identity/sessions.ts';
import { SESSION_COOKIE } from '../src/api/plugins/auth.ts';
import type { ScaleCounts } from './scale-data.ts';

/** The bench's municipality: where its users work and whose pages it reads. */
export const MUNICIPALITY = 'utrecht';
export const YEAR = new Date().getUTCFullYear() - 1;

async function sessionHeaders(db: Database, username: string, grants: Grant[]): Promise<{ userId: string; headers: Record<string, string> }> {
  const [existing] = await db.rows<{ id: string }>(sql`select id::text as id from users where username = ${username}`);
  const userId = existing?.id ?? (await createUser(db, { username, displayName: username, grants })).id;
  const session = await createSession(db, userId, 'password');
  return { userId, headers: { cookie: `${SESSION_COOKIE}=${session.secret}`, 'x-csrf-token': session.csrfToken } };
}

export type Users = Record<'ondersteuner' | 'landelijk' | 'privacy' | 'beleid' | 'aanbieder', { userId: string; headers: Record<string, string> }>;

export async function signInAll(db: Database): Promise<Users> {
  const g = (role: Grant['role'], kind: Grant['organisation']['kind'], code: string): Grant[] => [{ role, organisation: { kind, code } }];
  return {
    ondersteuner: await sessionHeaders(db, 'bench-scale-ondersteuner', g('clientondersteuner', 'gemeente', MUNICIPALITY)),
    landelijk: await sessionHeaders(db, 'bench-scale-landelijk', g('landelijk', 'landelijk', 'nl')),
    privacy: await sessionHeaders(db, 'bench-scale-privacy', g('privacy', 'gemeente', MUNICIPALITY)),
    beleid: await sessionHeaders(db, 'bench-scale-beleid', g('gemeente-beleid', 'gemeente', MUNICIPALITY)),
    aanbieder: await sessionHeaders(db, 'bench-scale-aanbieder', g('aanbieder', 'aanbieder', 'aanbieder-1')),
  };
}

export async function call(app: AppInstance, method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) {
  const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res;
}

/** Template cases through the real API: the generator copies them (scale-data.ts). */
export async function makeTemplates(app: AppInstance, u: Users): Promise<string[]> {
  const variants = [
    { naam: 'Sjabloon Een', leeftijdscategorie: '65+', doelgroepen: ['ouderdomsproblematiek'], leefgebieden: ['zelfstandig_wonen_en_samenleven'] },
    { naam: 'Sjabloon Twee', leeftijdscategorie: '25-65', doelgroepen: ['verstandelijke_beperking'], leefgebieden: ['werk_en_inkomen'] },
    { naam: 'Sjabloon Drie', leeftijdscategorie: '18-25', doelgroepen: ['psychische_problematiek'], leefgebieden: ['gezondheid'] },
  ];
  const ids: string[] = [];
  for (const v of variants) {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: u.ondersteuner.headers,
      payload: {
        client: { naam: v.naam, telefoon: '06-12345678', leeftijdscategorie: v.leeftijdscategorie, doelgroepen: v.doelgroepen },
        vraag: { kanaal: 'telefonisch', tekst: `${v.naam} zoekt hulp bij wonen en geldzaken.`, leefgebieden: v.leefgebieden },
      },
    });
    if (created.statusCode !== 201) {
      // An unknown target group code in a variant: fall back to the one every test uses.
      const retry = await call(app, 'POST', '/api/v1/dossiers', u.ondersteuner.headers, {
        client: { naam: v.naam, telefoon: '06-12345678', leeftijdscategorie: '65+', doelgroepen: ['ouderdomsproblematiek'] },
        vraag: { kanaal: 'telefonisch', tekst: `${v.naam} zoekt hulp bij wonen en geldzaken.`, leefgebieden: ['zelfstandig_wonen_en_samenleven'] },
      });
      ids.push((retry.json() as { id: string }).id);
    } else ids.push((created.json() as { id: string }).id);
    const id = ids.at(-1)!;
    await call(app, 'POST', `/api/v1/dossiers/${id}/notities`, u.ondersteuner.headers, { soort: 'contactmoment', tekst: 'Tweede gesprek.', kanaal: 'digitaal' });
    const res = await app.inject({ method: 'PUT', url: `/api/v1/dossiers/${id}/ondersteuner`, headers: u.ondersteuner.headers, payload: { soort: 'professioneel', medewerkerId: u.ondersteuner.userId } });
    if (res.statusCode >= 300) throw new Error(`ondersteuner toewijzen: ${res.statusCode} ${res.body.slice(0, 300)}`);
  }
  return ids;
}

export interface Endpoint {
  name: string;
  kind: 'read' | 'write';
  /** The i-th request (so a write can take a fresh case or a fresh version each time). */
  request: (i: number) => { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: object };
}

export async function endpoints(db: Database, u: Users, counts: ScaleCounts, app: AppInstance): Promise<Endpoint[]> {
  const mine = await db.rows<{ id: string }>(sql`select id::text as id from cases where supporter_id = ${u.ondersteuner.userId} and closed_on is null order by id limit 50`);
  if (mine.length === 0) throw new Error('De bench-ondersteuner heeft geen open dossiers.');
  const [m] = await db.rows<{ idx: number; n: number }>(sql`select idx, (select count(*)::int from bench_municipalities) as n from bench_municipalities where code = ${MUNICIPALITY}`);
  // Persons of the bench municipality (scale-data.ts: person p belongs to municipality p mod M).
  const persons = Array.from({ length: 20 }, (_, k) => m!.idx + m!.n * k).filter((p) => p < counts.cases);
  const [pseudonyms] = await db.rows<{ list: string[] }>(sql`select array_agg('ps_' || left(md5('person-' || p), 20)) as list from unnest(${sql.array(persons)}::int[]) p`);
  const from = `${YEAR}-01-01`;
  const to = `${YEAR}-12-31`;
  // The accountability period of the bench provider for last year, opened by the municipality.
  const [existing] = await db.rows<{ id: string }>(sql`select id::text as id from accountability_periods where municipality_code = ${MUNICIPALITY} and provider_code = 'aanbieder-1' order by period_from limit 1`);
  const periodId =
    existing?.id ??
    ((
      await call(app, 'POST', '/api/v1/verantwoording/perioden', u.beleid.headers, {
        gemeenteCode: MUNICIPALITY,
        aanbiederCode: 'aanbieder-1',
        bekostigingsvorm: 'product',
        vanafDatum: from,
        totEnMetDatum: to,
      })
    ).json() as { id: string }).id;
  const month = (i: number) => {
    const d = new Date(Date.UTC(YEAR - 3, (i * 7) % 48, 1));
    const e = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return [d.toISOString().slice(0, 10), e.toISOString().slice(0, 10)];
  };
  const g = (name: string, url: (i: number) => string, headers: Record<string, string>): Endpoint => ({ name, kind: 'read', request: (i) => ({ method: 'GET', url: url(i), headers }) });
  const o = u.ondersteuner.headers;
  return [
    g('work list: mine', () => '/api/v1/dossiers/werkvoorraad?soort=mijn&paginaGrootte=50', o),
    g('work list: deadlines', () => '/api/v1/dossiers/werkvoorraad?soort=termijnen&paginaGrootte=50', o),
    g('work list: unassigned', () => '/api/v1/dossiers/werkvoorraad?soort=ongetoewezen&paginaGrootte=50', o),
    g('work list: all open', () => '/api/v1/dossiers/werkvoorraad?soort=alle&paginaGrootte=50', o),
    g('case page', (i) => `/api/v1/dossiers/${mine[i % mine.length]!.id}`, o),
    g('monitor summary (round 2014-11)', () => '/api/v1/monitor/rondes/2014-11/samenvatting', u.landelijk.headers),
    g('audit search: by person', (i) => `/api/v1/logboek?betrokkene=${pseudonyms!.list[i % pseudonyms!.list.length]}&paginaGrootte=50`, u.privacy.headers),
    g('audit search: by period (a month)', (i) => `/api/v1/logboek?vanafDatum=${month(i)[0]}&totEnMetDatum=${month(i)[1]}&paginaGrootte=50`, u.privacy.headers),
    g('activities summary (a year)', () => `/api/v1/activiteiten/samenvatting?gemeenteCode=${MUNICIPALITY}&van=${from}&tot=${to}`, u.landelijk.headers),
    g('accountability report (period page)', () => `/api/v1/verantwoording/perioden/${periodId}`, u.beleid.headers),
    g('council report (raadsrapportage)', () => `/api/v1/verantwoording/raadsrapportage/${MUNICIPALITY}/${YEAR}`, u.beleid.headers),
    g('public social map search', () => `/api/v1/sociale-kaart/zoeken?gemeenteCode=${MUNICIPALITY}&paginaGrootte=20`, {}),
    g('HSDS API: services', () => `/hsds/v3/${MUNICIPALITY}/services?per_page=20`, {}),
    // Writes last: a read measured after them would see the cases and notes they add.
    {
      name: 'write: contact moment',
      kind: 'write',
      request: (i) => ({ method: 'POST', url: `/api/v1/dossiers/${mine[i % mine.length]!.id}/notities`, headers: o, payload: { soort: 'contactmoment', tekst: `Bench-contact ${i}.`, kanaal: 'telefonisch' } }),
    },
    {
      name: 'write: new case (intake)',
      kind: 'write',
      request: (i) => ({
        method: 'POST',
        url: '/api/v1/dossiers',
        headers: o,
        payload: {
          client: { naam: `Bench Nieuw ${i}`, telefoon: '06-12345678', leeftijdscategorie: '65+', doelgroepen: ['ouderdomsproblematiek'] },
          vraag: { kanaal: 'telefonisch', tekst: 'Hulp gevraagd bij het huishouden.', leefgebieden: ['zelfstandig_wonen_en_samenleven'] },
        },
      }),
    },
    {
      name: 'write: accountability recompute',
      kind: 'write',
      request: () => ({ method: 'POST', url: `/api/v1/verantwoording/perioden/${periodId}/herberekenen`, headers: u.aanbieder.headers }),
    },
  ];
}

