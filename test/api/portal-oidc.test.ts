import { sql } from '../../src/db/sql.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseClaimMapping } from '../../src/services/identity/oidc-config.ts';
import { mapClaims } from '../../src/services/identity/oidc-mapping.ts';
import type { TestDatabase } from '../helpers/db.ts';
import { STAFF_CALLBACK, startOidcTestServer, type OidcTestServer } from '../helpers/oidc-server.ts';
import { CookieBrowser, signInThroughProvider } from '../helpers/browser.ts';
import { failSignInAudits } from '../helpers/audit-faults.ts';

// Residents sign in through the same provider as staff, through the portal's own start route and
// callback (docs/decisions/0009): only the role `inwoner`, never a staff role from the claims.
const RESIDENT_CALLBACK = '/api/v1/portaal/terugkeer';

describe('resident sign-in (inwonersportaal)', () => {
  let test: TestDatabase;
  let naast: string;

  let server: OidcTestServer | undefined;
  beforeAll(async () => {
    server = await startOidcTestServer([RESIDENT_CALLBACK]);
    ({ naast, test } = server);
  });
  afterAll(async () => server?.close());

  const residentSignIn = (browser: CookieBrowser, login: string, gemeente = 'utrecht') =>
    signInThroughProvider(browser, `${naast}/api/v1/portaal/inloggen?gemeente=${gemeente}`, RESIDENT_CALLBACK, { login });

  async function whoAmI(browser: CookieBrowser) {
    const res = await browser.request(`${naast}/api/v1/sessies/huidige`);
    return { status: res.status, body: (await res.json()) as { gebruiker: Record<string, any>; csrfToken: string } };
  }

  it('never takes the role inwoner from a staff token', () => {
    const mapped = mapClaims({ naast_rollen: ['inwoner@gemeente:utrecht', 'beslisser@gemeente:utrecht'] }, parseClaimMapping(undefined));
    expect(mapped.grants).toEqual([{ role: 'beslisser', organisation: { kind: 'gemeente', code: 'utrecht' } }]);
    expect(mapped.ignored).toEqual([{ value: 'inwoner@gemeente:utrecht', reason: expect.stringContaining('inwonersportaal') }]);
  });

  it('asks for a municipality from the register first', async () => {
    for (const query of ['', '?gemeente=atlantis']) {
      const res = await new CookieBrowser().request(`${naast}/api/v1/portaal/inloggen${query}`);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/portaal?fout=gemeente');
    }
    const start = await new CookieBrowser().request(`${naast}/api/v1/portaal/inloggen?gemeente=utrecht`);
    const location = new URL(start.headers.get('location')!);
    expect(location.searchParams.get('redirect_uri')).toBe(`${naast}${RESIDENT_CALLBACK}`);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  });

  let residentId = '';
  it('gives a resident the role inwoner of the chosen municipality, never the staff roles in the claims', async () => {
    const pending = (await test.db.rows(sql`select 1 from resident_logins`)).length;
    const browser = new CookieBrowser();
    const { response } = await residentSignIn(browser, 'bea-beleid');
    expect(response!.status).toBe(302);
    expect(response!.headers.get('location')).toBe('/portaal/mijn-vragen');
    const me = await whoAmI(browser);
    expect(me.status).toBe(200);
    residentId = me.body.gebruiker.id;
    expect(me.body.gebruiker).toMatchObject({ naam: 'Bea Beleid', rollen: [{ rol: 'inwoner', organisatie: { soort: 'gemeente', code: 'utrecht' } }] });
    expect(me.body.gebruiker.gebruikersnaam).toMatch(/^inwoner-[0-9a-f]{16}$/);
    expect(await test.db.rows(sql`select 1 from resident_logins`)).toHaveLength(pending); // the state is used once and gone
  });

  it('creates no resident account when its audit row cannot be written (one transaction), and does on the next try', async () => {
    const residents = async () => (await test.db.rows(sql`select 1 from resident_identities`)).length;
    const before = await residents();
    await failSignInAudits(test.db, true);
    try {
      const { response } = await residentSignIn(new CookieBrowser(), 'eerste-keer');
      expect(response!.status).toBeGreaterThanOrEqual(500);
      expect(await residents()).toBe(before);
      expect(await test.db.rows(sql`select 1 from users where display_name = 'Eerste Keer'`)).toHaveLength(0);
    } finally {
      await failSignInAudits(test.db, false);
    }
    const browser = new CookieBrowser();
    const { response } = await residentSignIn(browser, 'eerste-keer');
    expect(response!.headers.get('location')).toBe('/portaal/mijn-vragen');
    expect(await residents()).toBe(before + 1);
    expect((await whoAmI(browser)).status).toBe(200);
  });

  it('keeps the staff account of the same person apart from the resident account', async () => {
    const staff = new CookieBrowser();
    await signInThroughProvider(staff, `${naast}/api/v1/oidc/inloggen`, STAFF_CALLBACK, { login: 'bea-beleid' });
    const me = await whoAmI(staff);
    expect(me.body.gebruiker.id).not.toBe(residentId);
    expect(me.body.gebruiker.rollen).toEqual([{ rol: 'gemeente-beleid', organisatie: { soort: 'gemeente', code: 'utrecht' } }]);

    // Signing in again as resident finds the resident account again; a new municipality replaces the old one.
    const again = new CookieBrowser();
    await residentSignIn(again, 'bea-beleid', 'amersfoort');
    const resident = await whoAmI(again);
    expect(resident.body.gebruiker.id).toBe(residentId);
    expect(resident.body.gebruiker.rollen).toEqual([{ rol: 'inwoner', organisatie: { soort: 'gemeente', code: 'amersfoort' } }]);
  });

  it('links questions asked while signed in, through the API and through the page without JavaScript', async () => {
    const browser = new CookieBrowser();
    await residentSignIn(browser, 'inwoner-ineke');
    const me = await whoAmI(browser);
    const cookie = [...browser.cookies(naast)].map(([k, v]) => `${k}=${v}`).join('; ');
    const asked = await fetch(`${naast}/api/v1/portaal/vragen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.body.csrfToken },
      body: JSON.stringify({ gemeenteCode: 'utrecht', vraag: 'Ik zoek hulp bij het invullen van formulieren.', naam: 'Ineke', email: 'ineke@voorbeeld.nl', contactToestemming: true }),
    });
    expect(asked.status).toBe(201);
    expect((await asked.json()).gekoppeldAanAccount).toBe(true);

    const form = await (await browser.request(`${naast}/portaal/vraag-stellen`)).text();
    const token = /name="csrfToken" value="([^"]+)"/.exec(form)?.[1];
    expect(token).toBe(me.body.csrfToken);
    const posted = await browser.request(`${naast}/portaal/vraag-stellen`, {
      form: { csrfToken: token!, gemeenteCode: 'utrecht', vraag: 'En ik wil graag weten waar ik kan sporten.', naam: 'Ineke', email: 'ineke@voorbeeld.nl', contactToestemming: 'ja' },
    });
    expect(posted.status).toBe(200);
    const mine = await browser.request(`${naast}/api/v1/portaal/mijn-vragen`);
    const vragen = ((await mine.json()) as { vragen: { vraag: string }[] }).vragen;
    expect(vragen.map((v) => v.vraag)).toEqual(['En ik wil graag weten waar ik kan sporten.', 'Ik zoek hulp bij het invullen van formulieren.']);
  });
});
