import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

const HEADER = 'datum;gemeenteCode;aanbiederCode;dienst;minuten;doelgroep;leeftijdscategorie;levensdomein;wijk';

/**
 * Issue 23 §2: while a large activity file is imported, other requests are answered. No timing bound:
 * the health check must come back before the import does (an import that held the event loop to the
 * end would answer first).
 */
describe.each(testEngines)('activity import keeps the server answering on %s', (engine) => {
  let t: TestApp;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    admin = await signIn(t.test.db, [grant('beheer', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());

  it('answers GET /api/v1/health while 40,000 rows are imported', async () => {
    let body = `\uFEFF${HEADER}\r\n`;
    for (let i = 0; i < 40_000; i++) body += `2015-03-${String((i % 28) + 1).padStart(2, '0')};utrecht;live;Dienst ${i % 5};${(i % 60) + 1};;;;Wijk ${i % 4}\r\n`;
    let imported = false;
    const importing = t.app
      .inject({ method: 'POST', url: '/api/v1/activiteiten/import?bestandsnaam=groot.csv', headers: { ...admin.headers, 'content-type': 'text/csv' }, payload: body })
      .finally(() => (imported = true));
    // Let the import start reading before the health check is sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const health = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(health.statusCode).toBe(200);
    expect(imported).toBe(false);
    const result = await importing;
    expect(result.statusCode).toBe(201);
    expect(result.json().aantalRegels).toBe(40_000);
  });
});
