import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

/** Security review: an administrator could give an account its own user name as password. */
describe('a password may not be the account’s own name', () => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await testApp('pglite');
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());

  it('refuses it on creation, naming the field, and accepts a sentence', async () => {
    const create = (wachtwoord: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/gebruikers',
        headers: admin.headers,
        payload: { gebruikersnaam: 'ams-weak-user1', naam: 'Ams Weak', wachtwoord, rollen: [{ rol: 'gemeente-beleid', organisatie: { soort: 'gemeente', code: 'amsterdam' } }] },
      });
    const weak = await create('ams-weak-user1');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().invalidParams[0].name).toBe('body.wachtwoord');
    expect((await create('een lange zin van gewone woorden')).statusCode).toBe(201);
  });
});
