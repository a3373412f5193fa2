import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { caseClient, intake } from '../helpers/cases.ts';
import { dutchDate } from '../../src/services/monitor/escalations.ts';

/** Issue 21 §1: deadlines with the decrees of Atw art. 3 lid 3, Awb 6:9 from posting and receipt, Awb 6:11. */
describe.each(testEngines)('objection timeliness API on %s', (engine) => {
  let t: TestApp;
  let sanne: SignedIn;
  let api: ReturnType<typeof caseClient>;
  let caseId = '';
  const today = dutchDate(new Date());
  beforeAll(async () => {
    t = await testApp(engine);
    api = caseClient(t);
    sanne = await signIn(t.test.db, [grant('clientondersteuner', 'gemeente', 'utrecht')], 'Sanne');
    caseId = (await api.as(sanne, 'POST', '', intake('Jan de Vries'))).json().id;
  });
  afterAll(async () => t?.close());
  const objection = (verzendDatum: string) => api.as(sanne, 'POST', `/${caseId}/bezwaren`, { soort: 'bezwaar', onderwerp: 'Besluit woningaanpassing', verzendDatum });

  it('extends over a day a decree equates, and says when a last day may still move', async () => {
    const ascension = (await objection('2027-03-25')).json();
    expect(ascension.termijn).toMatchObject({ gewoneEindDatum: '2027-05-06', eindDatum: '2027-05-10', kanNogVeranderen: false, kanNogVeranderenUitleg: null });
    expect(ascension.termijn.verlengdVanwege).toContain('vrijdag 7 mei 2027 (Bij Koninklijk Besluit gelijkgestelde dag)');
    const later = (await objection('2028-12-01')).json();
    expect(later.termijn).toMatchObject({ eindDatum: '2029-01-12', kanNogVeranderen: true, kanNogVeranderenUitleg: expect.stringContaining('Voor 2029 is nog geen besluit gepubliceerd') });
    const unverified = (await objection('2021-04-01')).json();
    expect(unverified.termijn).toMatchObject({ kanNogVeranderen: true, kanNogVeranderenUitleg: expect.stringContaining('niet kunnen controleren') });
  });

  it('computes timeliness from the posting and receipt dates and explains it (Awb 6:9)', async () => {
    const o = (await objection('2014-09-01')).json(); // last day 13 October 2014
    const put = (body: Record<string, unknown>) => api.as(sanne, 'PUT', `/${caseId}/bezwaren/${o.id}`, body);
    const late = await put({ ingediendDatum: '2014-10-20' });
    expect(late.json()).toMatchObject({ tijdig: false, postDatum: null, tijdigheid: { tijdig: false, grond: 'te_laat', uitleg: expect.stringContaining('artikel 6:9 lid 1 Awb') } });
    const posted = await put({ ingediendDatum: '2014-10-20', postDatum: '2014-10-13' });
    expect(posted.json()).toMatchObject({
      tijdig: true,
      postDatum: '2014-10-13',
      tijdigheid: { grond: 'gepost_binnen_termijn', uitleg: expect.stringContaining('artikel 6:9 lid 2 Awb') },
    });
    // An older client that sends only the date of receipt still works.
    expect((await put({ ingediendDatum: '2014-10-10' })).json()).toMatchObject({ tijdig: true, tijdigheid: { grond: 'ontvangen_binnen_termijn' } });
  });

  it('reports every wrong field at once', async () => {
    const o = (await objection('2014-09-01')).json();
    const res = await api.as(sanne, 'PUT', `/${caseId}/bezwaren/${o.id}`, {
      ingediendDatum: '2014-10-10',
      postDatum: '2014-10-12',
      verschoonbaarheid: { verschoonbaar: true, reden: 'Ziek' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(['body.postDatum', 'body.verschoonbaarheid']);
  });

  it('records the supporter\'s Awb 6:11 assessment of a late filing with its reason, date and author', async () => {
    const o = (await objection('2014-09-01')).json();
    const body = { ingediendDatum: '2014-10-24', postDatum: '2014-10-14', verschoonbaarheid: { verschoonbaar: true, reden: 'De cliënt lag in het ziekenhuis.' } };
    const res = await api.as(sanne, 'PUT', `/${caseId}/bezwaren/${o.id}`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      tijdig: false,
      verschoonbaarheid: { verschoonbaar: true, reden: 'De cliënt lag in het ziekenhuis.', datum: today, door: expect.any(String) },
      tijdigheid: { uitleg: expect.stringMatching(/op de post gedaan, na de laatste dag .* verschoonbaar .* \(artikel 6:11 Awb\)\.$/) },
    });
    const cleared = await api.as(sanne, 'PUT', `/${caseId}/bezwaren/${o.id}`, { ingediendDatum: '2014-10-24' });
    expect(cleared.json()).toMatchObject({ verschoonbaarheid: null, tijdigheid: { uitleg: expect.not.stringContaining('6:11') } });
  });
});
