import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';

/** Issue 21 §2: the monitor says what the minister said, per source (seeds/000_6cdda7e4ab47aefe.txt, vraag 1). */
const csvType = { 'content-type': 'text/csv' };
const header = 'gemeente;fase;a;b;c;d;e;f;budget_mee_2015_eur;toelichting';

describe.each(testEngines)('monitor sources, shares and question versions on %s', (engine) => {
  let t: TestApp;
  let ministry: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    ministry = await signIn(t.test.db, [grant('landelijk', 'landelijk', 'nl')]);
  });
  afterAll(async () => t?.close());
  const as = (method: 'GET' | 'POST', url: string, payload?: string) =>
    t.app.inject({ method, url: `/api/v1/monitor${url}`, headers: { ...ministry.headers, ...(payload ? csvType : {}) }, ...(payload === undefined ? {} : { payload }) });

  it('stores the seed statements with source, date and citation, and says only what the seed states', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/monitor/uitspraken' });
    expect(res.statusCode).toBe(200);
    const statements: Record<string, unknown>[] = res.json();
    const byId = new Map(statements.map((s) => [s.id, s]));
    expect(statements.every((s) => String(s.vindplaats).startsWith('seeds/000_6cdda7e4ab47aefe.txt'))).toBe(true);
    expect(byId.get('mee-college')).toMatchObject({ bron: 'mee_monitor', peildatum: '2014-10-01', gemeldOp: '2014-10-15', percentage: 84, teller: null, noemer: null });
    expect(byId.get('mee-college')!.zin).toBe(
      'Volgens de monitor van MEE Nederland (per 1 oktober 2014; 15 oktober 2014 aan de Kamer gemeld): afspraken op collegeniveau afgerond in 84% van de gemeenten (de bron noemt geen aantallen).',
    );
    expect(byId.get('mee-ambtelijk')!.zin).toContain('ambtelijke afspraken met de MEE-organisatie in nagenoeg alle gemeenten.');
    // The 63% is in the question, from a report: not the TVS's and not the MEE monitor's figure.
    expect(byId.get('bericht-geen-afspraken')).toMatchObject({ bron: 'bericht', peildatum: null, percentage: 63, noemer: 403, teller: null });
    expect(byId.get('bericht-geen-afspraken')!.zin).toContain('geen afspraken met MEE gemaakt in 63% van de 403 gemeenten (de bron noemt geen aantal).');
    expect(byId.get('bericht-niets-in-voorbereiding')!.zin).toContain('ook geen afspraken in voorbereiding in 1 op de 10 gemeenten.');
    expect(byId.get('tvs-zelfde-beeld')).toMatchObject({ bron: 'tvs', maat: 'kwalitatief', citaat: 'Het Transitievolgsysteem laat in hoofdlijnen het zelfde beeld zien.' });
  });

  it('models both versions of the question on definitive agreements, one per round', async () => {
    const rounds = (await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes' })).json();
    expect(rounds.map((r: { id: string; vragenlijst: { versie: number }; vraagDefinitieveAfspraken: { betekenis: string } }) => [r.id, r.vragenlijst.versie, r.vraagDefinitieveAfspraken.betekenis])).toEqual([
      ['2014-04', 1, 'verwachting'],
      ['2014-05', 1, 'verwachting'],
      ['2014-10', 1, 'verwachting'],
      ['2014-11', 2, 'realisatie'],
    ]);
    const v2 = (await t.app.inject({ method: 'GET', url: '/api/v1/monitor/rondes/2014-11/vragenlijst' })).json();
    expect(v2.definitiveQuestion.question).toContain('daadwerkelijk gerealiseerd');
  });

  it('an import without the column for other providers makes no municipality lag; "geen" does', async () => {
    const file = `${header};definitieve_afspraken\nUtrecht;college;ja;ja;ja;ja;ja;ja;;;ja\nAmsterdam;ambtelijk;ja;ja;ja;ja;ja;ja;;;\n`;
    expect((await as('POST', '/rondes/2014-10/antwoorden/import', file)).json()).toEqual({ aantal: 2 });
    const lagging = (await as('GET', '/rondes/2014-10/achterblijvers')).json();
    const reasonsOf = (code: string) => lagging.find((l: { gemeente: { code: string } }) => l.gemeente.code === code)?.redenen ?? [];
    expect(reasonsOf('utrecht')).toEqual([]);
    expect(reasonsOf('amsterdam')).toEqual([]);
    const summary = (await as('GET', '/rondes/2014-10/samenvatting')).json();
    expect(summary.andereAanbieders).toEqual({ genoemd: 0, geen: 0, onbekend: 2 });
    expect(summary.definitieveAfspraken).toMatchObject({ betekenis: 'verwachting', ja: { teller: 1, noemer: 403 }, nietBeantwoord: 1 });

    const withColumn = `${header};andere_aanbieders\nUtrecht;college;ja;ja;ja;ja;ja;ja;;;geen\nAmsterdam;ambtelijk;ja;ja;ja;ja;ja;ja;;;Sociaal wijkteam | AMW\n`;
    expect((await as('POST', '/rondes/2014-10/antwoorden/import', withColumn)).json()).toEqual({ aantal: 2 });
    const again = (await as('GET', '/rondes/2014-10/achterblijvers')).json();
    expect(again.find((l: { gemeente: { code: string } }) => l.gemeente.code === 'utrecht').redenen).toEqual(['geen_gecontracteerde_aanbieder']);
    expect(again.some((l: { gemeente: { code: string } }) => l.gemeente.code === 'amsterdam')).toBe(false);
    const answers = (await as('GET', '/rondes/2014-10/antwoorden/amsterdam')).json();
    expect(JSON.stringify(answers)).toContain('"andereAanbieders":["Sociaal wijkteam","AMW"]');
  });

  it('refuses a wrong answer to the definitive question with its row and column', async () => {
    const res = await as('POST', '/rondes/2014-10/antwoorden/import', `${header};definitieve_afspraken\nUtrecht;college;ja;ja;ja;ja;ja;ja;;;misschien\n`);
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams).toEqual([expect.objectContaining({ rij: 2, kolom: 'definitieve_afspraken' })]);
  });

  it('shows every share with numerator and denominator, non-response on its own', async () => {
    const s = (await as('GET', '/rondes/2014-10/samenvatting')).json();
    expect(s.aandelen.nietGeantwoord).toEqual({ teller: 401, noemer: 403, percentage: 100, tekst: '100% (401 van de 403 gemeenten)' });
    // Non-response is not "no agreements": both respondents have agreements.
    expect(s.aandelen.geenAfspraken).toMatchObject({ teller: 0, noemer: 403 });
    expect(s.aandelen.collegeOfVerder).toMatchObject({ teller: 1, noemer: 403, tekst: '0% (1 van de 403 gemeenten)' });
    expect(s.zinnen.join(' ')).toContain('401 gemeenten (100% van de 403) hebben niet geantwoord');
    expect(s.zinnen.join(' ')).toContain('In 0% van de 403 gemeenten (0 gemeenten) zijn nog geen afspraken met MEE gemaakt.');
  });

  it('puts both sources of a round side by side, each attributed, the unknown part on its own', async () => {
    const before = (await as('GET', '/rondes/2014-10/bronnen')).json();
    expect(before.meeMonitor).toBeNull();
    expect(before.transitievolgsysteem).toMatchObject({ bron: 'tvs', peildatum: '2014-10-01', onbekend: { teller: 401, noemer: 403 } });
    expect(before.uitspraken.map((u: { id: string }) => u.id).sort()).toEqual(['mee-ambtelijk', 'mee-college', 'tvs-zelfde-beeld', 'vws-definitief']);
    await as('POST', '/rondes/2014-10/mee-monitor/import', 'gemeente;fase;datum\nUtrecht;college;2014-10-01\nAmsterdam;ambtelijk;2014-10-01\nRotterdam;college;2014-10-01\n');
    const after = (await as('GET', '/rondes/2014-10/bronnen')).json();
    expect(after.meeMonitor.maten.college_of_verder).toEqual({ teller: 2, noemer: 403, percentage: 0, tekst: '0% (2 van de 403 gemeenten)' });
    expect(after.meeMonitor.onbekend).toMatchObject({ teller: 400, noemer: 403 });
    expect(after.zinnen).toContain('Volgens de monitor van MEE Nederland (ingelezen in Naast), per 1 oktober 2014: ambtelijke afspraken met de MEE-organisatie in 1% van de 403 gemeenten (3 gemeenten).');
    expect(after.zinnen.some((z: string) => z.startsWith('Volgens het Transitievolgsysteem (TVS) (antwoorden in Naast, vragenlijst versie 1), per 1 oktober 2014'))).toBe(true);
  });

  it('breaks the trend where the question changed instead of drawing one line', async () => {
    const trend = (await as('GET', '/trend')).json();
    expect(trend.map((p: { ronde: { id: string }; reeks: number }) => [p.ronde.id, p.reeks])).toEqual([
      ['2014-04', 1],
      ['2014-05', 1],
      ['2014-10', 1],
      ['2014-11', 2],
    ]);
    expect(trend[3].breuk).toContain('Breuk in de reeks');
    expect(trend.slice(0, 3).every((p: { breuk: string | null }) => p.breuk === null)).toBe(true);
    expect(trend[3].definitieveAfspraken.betekenis).toBe('realisatie');
  });
});
