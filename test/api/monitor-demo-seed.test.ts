import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { loadDemoMeeMonitor, loadDemoMonitor } from '../../src/services/monitor/demo.ts';
import { statementMatches } from '../../src/domain/monitor/statements.ts';

/**
 * Issue 21 §2: the demo data reproduces each statement of the seed as it stands
 * (seeds/000_6cdda7e4ab47aefe.txt, vraag 1), checked against the generated statement text and against
 * the stored statement.
 */
interface ShareJson {
  teller: number;
  noemer: number;
  percentage: number;
}
const asShare = (s: ShareJson) => ({ numerator: s.teller, denominator: s.noemer, percent: s.percentage });

describe.each(testEngines)('demo data against the seed statements on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  let statements: Map<string, { percentage: number | null; noemer: number | null; teller: number | null; kwantor: string | null }>;
  beforeAll(async () => {
    t = await testApp(engine);
    await loadDemoMonitor(t.test.db);
    await loadDemoMeeMonitor(t.test.db);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/monitor/uitspraken' })).json();
    statements = new Map(list.map((s: { id: string }) => [s.id, s]));
  });
  afterAll(async () => t?.close());
  const get = async (url: string) => (await t.app.inject({ method: 'GET', url: `/api/v1/monitor${url}`, headers: ministry.headers })).json();
  const matches = (id: string, share: ShareJson) => {
    const s = statements.get(id)!;
    return statementMatches({ percent: s.percentage, denominator: s.noemer, numerator: s.teller, quantifier: s.kwantor }, asShare(share));
  };

  it('63% of 403 without agreements with MEE and 1 in 10 with nothing in preparation (the report in Kamervraag 1), non-response apart', async () => {
    const s = await get('/rondes/2014-05/samenvatting');
    expect(s.aandelen.geenAfspraken).toMatchObject({ teller: 254, noemer: 403, percentage: 63 });
    expect(s.aandelen.nietsInVoorbereiding).toMatchObject({ teller: 40, noemer: 403 });
    expect(s.aandelen.nietGeantwoord).toMatchObject({ teller: 28, noemer: 403 });
    expect(s.zinnen).toContain('In 63% van de 403 gemeenten (254 gemeenten) zijn nog geen afspraken met MEE gemaakt.');
    expect(s.zinnen).toContain('Bij 1 op de 10 gemeenten (40 van de 403) zijn ook geen afspraken in voorbereiding.');
    expect(s.zinnen).toContain('28 gemeenten (7% van de 403) hebben niet geantwoord: daarvan is niet bekend hoe ver de afspraken zijn. Zij tellen niet mee als "geen afspraken".');
    expect(matches('bericht-geen-afspraken', s.aandelen.geenAfspraken)).toBe(true);
    expect(matches('bericht-niets-in-voorbereiding', s.aandelen.nietsInVoorbereiding)).toBe(true);
  });

  it("nearly all at official level and 84% at college level in MEE Nederland's monitor on 1 October", async () => {
    const b = await get('/rondes/2014-10/bronnen');
    expect(b.meeMonitor.maten.college_of_verder).toMatchObject({ teller: 339, noemer: 403, percentage: 84 });
    expect(b.meeMonitor.maten.ambtelijk_of_verder).toMatchObject({ teller: 400, noemer: 403, percentage: 99 });
    expect(b.zinnen).toContain('Volgens de monitor van MEE Nederland (ingelezen in Naast), per 1 oktober 2014: afspraken op collegeniveau afgerond in 84% van de 403 gemeenten (339 gemeenten).');
    expect(b.zinnen).toContain('Volgens de monitor van MEE Nederland (ingelezen in Naast), per 1 oktober 2014: ambtelijke afspraken met de MEE-organisatie in 99% van de 403 gemeenten (400 gemeenten).');
    expect(matches('mee-college', b.meeMonitor.maten.college_of_verder)).toBe(true);
    expect(matches('mee-ambtelijk', b.meeMonitor.maten.ambtelijk_of_verder)).toBe(true);
    // And the seed's own sentences stand beside them, attributed to their source and date.
    expect(b.zinnen).toContain('Volgens de monitor van MEE Nederland (per 1 oktober 2014; 15 oktober 2014 aan de Kamer gemeld): afspraken op collegeniveau afgerond in 84% van de gemeenten (de bron noemt geen aantallen).');
  });

  it('keeps every municipality moving forward across the exact May round', async () => {
    const stageOf = async (round: string) => new Map<string, string>((await get(`/rondes/${round}/gemeenten`)).map((g: { gemeente: { code: string }; fase: string | null }) => [g.gemeente.code, g.fase]));
    const order = ['geen', 'in_voorbereiding', 'ambtelijk', 'college', 'definitief'];
    const [april, may, october] = (await Promise.all(['2014-04', '2014-05', '2014-10'].map(stageOf))) as [Map<string, string>, Map<string, string>, Map<string, string>];
    for (const [code, stage] of may) {
      if (!stage) continue;
      const before = april.get(code);
      const after = october.get(code);
      if (before) expect(order.indexOf(stage), code).toBeGreaterThanOrEqual(order.indexOf(before));
      if (after) expect(order.indexOf(after), code).toBeGreaterThanOrEqual(order.indexOf(stage));
    }
  });

  it('the printable report has non-response as its own row and both sources with the seed citations', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-10/rapport', headers: ministry.headers });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Niet geantwoord (onbekend)');
    expect(res.body).toContain('Monitor van MEE Nederland (ingelezen)');
    expect(res.body).toContain('Brondocument: seeds/000_6cdda7e4ab47aefe.txt');
    expect(res.body).toContain('afspraken op collegeniveau afgerond in 84% van de 403 gemeenten (339 gemeenten)');
  });

  it('the stage table download has non-response as its own row, with numerator and denominator', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-05/tabellen/fasen', headers: ministry.headers });
    const lines = res.body.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('fase;omschrijving;gemeenten;van_gemeenten;percentage');
    expect(lines).toContain('geen;Geen afspraken;40;403;10');
    expect(lines).toContain('niet_geantwoord;Niet geantwoord (onbekend);28;403;7');
  });
});
