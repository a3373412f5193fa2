import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { testEngines } from '../helpers/db.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { grant, signIn, type SignedIn } from '../helpers/auth.ts';
import { caseClient, intake } from '../helpers/cases.ts';

/**
 * Independence (Bijlage 2): deciding and supporting never in one hand, checked by the domain and by
 * the database; and the client's right to another supporter, which blocks the case until honoured.
 */
describe.each(testEngines)('independence of client support on %s', (engine) => {
  let t: TestApp;
  let api: ReturnType<typeof caseClient>;
  let sanne: SignedIn;
  let piet: SignedIn;
  let bert: SignedIn;
  let dirk: SignedIn;
  let eva: SignedIn;
  let fleur: SignedIn;
  beforeAll(async () => {
    t = await testApp(engine);
    api = caseClient(t);
    const utrecht = (role: 'clientondersteuner' | 'beslisser') => grant(role, 'gemeente', 'utrecht');
    sanne = await signIn(t.test.db, [utrecht('clientondersteuner')], 'Sanne');
    piet = await signIn(t.test.db, [utrecht('clientondersteuner')], 'Piet');
    fleur = await signIn(t.test.db, [utrecht('clientondersteuner')], 'Fleur');
    bert = await signIn(t.test.db, [utrecht('beslisser')], 'Bert');
    // Dirk and Eva hold both roles in the municipality: only the rule per client keeps them apart.
    dirk = await signIn(t.test.db, [utrecht('clientondersteuner'), utrecht('beslisser')], 'Dirk');
    eva = await signIn(t.test.db, [utrecht('clientondersteuner'), utrecht('beslisser')], 'Eva');
  });
  afterAll(async () => t?.close());

  const newCase = async (name: string) => (await api.as(sanne, 'POST', '', intake(name))).json() as { id: string; vragen: { id: string }[] };
  const assign = (id: string, body: Record<string, unknown>) => api.as(sanne, 'PUT', `/${id}/ondersteuner`, body);
  const professional = (user: SignedIn) => ({ soort: 'professioneel', medewerkerId: user.userId });

  it('refuses the decision-maker as supporter and the supporter as decision-maker, in Dutch', async () => {
    const c = await newCase('Anna Bakker');
    const decides = await api.as(dirk, 'POST', `/${c.id}/beslissers`, { voorziening: 'woningaanpassing' });
    expect(decides.statusCode).toBe(201);
    expect(decides.json().beslisser).toMatchObject({ naam: 'Dirk', voorziening: 'woningaanpassing' });
    const refused = await assign(c.id, professional(dirk));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      "Dirk kan niet de cliëntondersteuner van deze cliënt zijn, omdat Dirk beslist over de aanvraag 'woningaanpassing' van deze cliënt. Beslissen en ondersteunen mogen niet in één hand liggen.",
    );

    expect((await assign(c.id, professional(eva))).statusCode).toBe(200);
    const reverse = await api.as(eva, 'POST', `/${c.id}/beslissers`, { voorziening: 'rolstoel' });
    expect(reverse.statusCode).toBe(409);
    expect(reverse.json().detail).toBe('Eva kan niet beslissen over een aanvraag van deze cliënt, omdat Eva de cliëntondersteuner van deze cliënt is.');
    // A former supporter stays excluded from deciding, too.
    expect((await assign(c.id, professional(piet))).statusCode).toBe(200);
    expect((await api.as(eva, 'POST', `/${c.id}/beslissers`, { voorziening: 'rolstoel' })).json().detail).toContain('eerder de cliëntondersteuner');
    // Someone who is no supporter of this municipality cannot be assigned at all.
    expect((await assign(c.id, professional(bert))).json().invalidParams[0]).toMatchObject({ name: 'body.medewerkerId' });
  });

  it('is also refused by the database: one person has one role per case', async () => {
    const c = await newCase('Bram Smit');
    await api.as(dirk, 'POST', `/${c.id}/beslissers`, { voorziening: 'woningaanpassing' });
    await expect(
      t.test.db.rows(sql`insert into case_people (case_id, person_id, role, assigned_on) values (${c.id}::uuid, ${dirk.userId}, 'ondersteuner', current_date)`),
    ).rejects.toThrow();
    // A row the aggregate does not know of (written around the domain): the save fails on the key, in Dutch.
    await t.test.db.rows(sql`insert into case_people (case_id, person_id, role, assigned_on) values (${c.id}::uuid, ${fleur.userId}, 'beslisser', current_date)`);
    const before = (await api.as(sanne, 'GET', `/${c.id}`)).json();
    const refused = await assign(c.id, professional(fleur));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe(
      'Fleur kan niet de cliëntondersteuner van deze cliënt zijn, omdat Fleur voor deze cliënt als beslisser is vastgelegd. Beslissen en ondersteunen mogen niet in één hand liggen.',
    );
    const after = (await api.as(sanne, 'GET', `/${c.id}`)).json();
    expect([after.versie, after.ondersteuner]).toEqual([before.versie, null]);
  });

  it('honours a request for another supporter: every step waits until someone else is assigned', async () => {
    const c = await newCase('Cor Jansen');
    const q = c.vragen[0]!.id;
    await assign(c.id, professional(piet));
    const requested = await api.as(sanne, 'POST', `/${c.id}/ander-ondersteuner`, { reden: 'Ik voel me niet gehoord.' });
    expect(requested.json()).toMatchObject({ geblokkeerd: true, verzoekenAndereOndersteuner: [{ betwijfeldeOndersteuner: { naam: 'Piet' }, afgehandeldDatum: null }] });

    const attempts = [
      await api.as(sanne, 'POST', `/${c.id}/vragen/${q}/stap`, { naar: 'gesprek' }),
      await api.as(sanne, 'POST', `/${c.id}/vragen/${q}/classificatie`, { vraagtype: 1, regie: 1 }),
      await api.as(sanne, 'PUT', `/${c.id}/vragen/${q}/ondersteuningsvorm`, {}),
      await api.as(sanne, 'POST', `/${c.id}/verwijzingen`, { aanbieder: 'Wijkteam' }),
      await api.as(sanne, 'POST', `/${c.id}/ander-ondersteuner`, {}),
      await assign(c.id, professional(piet)),
    ];
    expect(attempts.map((r) => r.statusCode)).toEqual([409, 409, 409, 409, 409, 409]);
    expect(attempts[0]!.json().detail).toMatch(/^Dit dossier is geblokkeerd: de cliënt heeft op .* om een andere cliëntondersteuner gevraagd/);
    expect(attempts[5]!.json().detail).toContain('om een andere ondersteuner dan Piet heeft gevraagd');
    // Talking with the client about it is not support work: a contact moment can be recorded.
    expect((await api.as(sanne, 'POST', `/${c.id}/notities`, { soort: 'contactmoment', kanaal: 'telefonisch', tekst: 'Gebeld over een andere ondersteuner.' })).statusCode).toBe(201);

    const honoured = await assign(c.id, professional(sanne));
    expect(honoured.json()).toMatchObject({ geblokkeerd: false, ondersteuner: { naam: 'Sanne' }, verzoekenAndereOndersteuner: [{ nieuweOndersteuner: { naam: 'Sanne' } }] });
    expect((await api.as(sanne, 'POST', `/${c.id}/vragen/${q}/stap`, { naar: 'gesprek' })).statusCode).toBe(200);
  });

  it('lets the client choose an informal supporter instead', async () => {
    const c = await newCase('Dina de Boer');
    await assign(c.id, professional(piet));
    await api.as(sanne, 'POST', `/${c.id}/ander-ondersteuner`, {});
    const incomplete = await assign(c.id, { soort: 'informeel', naam: 'Karin de Boer' });
    expect(incomplete.json().invalidParams[0]).toMatchObject({ name: 'body.relatie' });
    const informal = await assign(c.id, { soort: 'informeel', naam: 'Karin de Boer', relatie: 'familie' });
    expect(informal.json()).toMatchObject({ geblokkeerd: false, ondersteuner: { naam: 'Karin de Boer', soort: 'informeel', relatie: 'familie' } });
  });

  it('shows work lists and caseload of the own municipality', async () => {
    const mine = (await api.as(sanne, 'GET', '/werkvoorraad?soort=mijn')).json();
    expect(mine.map((r: { clientNaam: string }) => r.clientNaam)).toEqual(['Cor Jansen']);
    const unassigned = (await api.as(sanne, 'GET', '/werkvoorraad?soort=ongetoewezen&stap=eerste_contact')).json();
    expect(unassigned.map((r: { clientNaam: string }) => r.clientNaam)).toEqual(['Bram Smit']);
    const load = (await api.as(sanne, 'GET', '/caseload')).json();
    expect(load.find((r: { ondersteuner: { naam: string } }) => r.ondersteuner.naam === 'Piet')).toMatchObject({ openDossiers: 1, openVragen: 1, geblokkeerdeDossiers: 0 });
    expect(load.find((r: { ondersteuner: { naam: string } }) => r.ondersteuner.naam === 'Sanne')).toMatchObject({ openDossiers: 1 });
  });
});
