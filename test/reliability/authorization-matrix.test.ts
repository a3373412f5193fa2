import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/domain/access/index.ts';
import type { Grant } from '../../src/domain/access/index.ts';
import { testApp, type TestApp } from '../helpers/app.ts';
import { signIn } from '../helpers/auth.ts';
import { createUser } from '../../src/services/identity/users.ts';
import { createCase } from '../../src/services/cases/intake.ts';
import { addReferral } from '../../src/services/cases/records.ts';
import { addObjection } from '../../src/services/cases/objections.ts';

/**
 * The authorisation matrix: every API route × every role × own/foreign organisation (and anonymous).
 * Expectations are written here by hand, independently of the rules in the code; a route that is
 * not in this table fails the test, so no route lands without a decision about who may use it.
 */
type Expectation = 'public' | { roles: Role[]; scoped?: boolean };
const SIGNED_IN: Role[] = [...ROLES];

const EXPECTED: Record<string, Expectation> = {
  'GET /api/v1/health': 'public',
  'GET /api/v1/gemeenten': 'public',
  'GET /api/v1/jeugdregios': 'public',
  'GET /api/v1/mee-organisaties': 'public',
  'GET /api/v1/gemeentelijke-indelingen': 'public',
  'GET /api/v1/budget/verdelingen': 'public',
  'GET /api/v1/budget/verdelingen/:gemeenteCode': 'public',
  'GET /api/v1/budget/controle': 'public',
  'GET /api/v1/budget/scenario': 'public',
  'GET /api/v1/budget/regionale-pools': 'public',
  'GET /api/v1/budget/frictiekosten': 'public',
  'GET /api/v1/budget/bestedingen': 'public',
  'PUT /api/v1/budget/bestedingen/:bestedingsjaar/:gemeenteCode': { roles: ['gemeente-beleid', 'regio', 'beheer'], scoped: true },
  'POST /api/v1/budget/bestedingen/:bestedingsjaar/import': { roles: ['gemeente-beleid', 'regio', 'beheer'] },
  'POST /api/v1/sessies': 'public',
  'GET /api/v1/sessies/huidige': { roles: SIGNED_IN },
  'DELETE /api/v1/sessies/huidige': { roles: SIGNED_IN },
  'DELETE /api/v1/sessies': { roles: SIGNED_IN },
  'GET /api/v1/gebruikers': { roles: ['beheer'] },
  'POST /api/v1/gebruikers': { roles: ['beheer'] },
  'GET /api/v1/gebruikers/:id': { roles: ['beheer'] },
  'PATCH /api/v1/gebruikers/:id': { roles: ['beheer'] },
  'GET /api/v1/api-tokens': { roles: SIGNED_IN },
  'POST /api/v1/api-tokens': { roles: SIGNED_IN },
  'DELETE /api/v1/api-tokens/:id': { roles: SIGNED_IN },
  'GET /api/v1/logboek': { roles: ['privacy'] },
  'GET /api/v1/logboek/controle': { roles: ['privacy', 'beheer'] },
  'GET /api/v1/monitor/rondes': 'public',
  'GET /api/v1/monitor/rondes/:rondeId/vragenlijst': 'public',
  'GET /api/v1/monitor/rondes/:rondeId/samenvatting': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  'GET /api/v1/monitor/rondes/:rondeId/achterblijvers': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  'GET /api/v1/monitor/rondes/:rondeId/rapport': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  'GET /api/v1/monitor/rondes/:rondeId/tabellen/:tabel': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  'GET /api/v1/monitor/trend': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  'GET /api/v1/monitor/rondes/:rondeId/gemeenten': { roles: ['landelijk', 'regio', 'gemeente-beleid'] },
  'GET /api/v1/monitor/rondes/:rondeId/antwoorden/:gemeenteCode': { roles: ['landelijk', 'regio', 'gemeente-beleid'], scoped: true },
  'PUT /api/v1/monitor/rondes/:rondeId/antwoorden/:gemeenteCode': { roles: ['regio', 'gemeente-beleid'], scoped: true },
  'POST /api/v1/monitor/rondes/:rondeId/antwoorden/:gemeenteCode/indienen': { roles: ['regio', 'gemeente-beleid'], scoped: true },
  'POST /api/v1/monitor/rondes/:rondeId/antwoorden/:gemeenteCode/toelichting-vragen': { roles: ['landelijk'] },
  'POST /api/v1/monitor/rondes/:rondeId/antwoorden/:gemeenteCode/accepteren': { roles: ['landelijk'] },
  'POST /api/v1/monitor/rondes/:rondeId/antwoorden/import': { roles: ['landelijk', 'beheer'] },
  'POST /api/v1/monitor/rondes/:rondeId/jeugdregios/:jeugdregioCode/antwoorden': { roles: ['regio'], scoped: true },
  'POST /api/v1/monitor/rondes/:rondeId/mee-monitor/import': { roles: ['landelijk', 'beheer'] },
  'GET /api/v1/monitor/rondes/:rondeId/vergelijking': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  'GET /api/v1/monitor/rondes/:rondeId/opvolging': { roles: ['landelijk'] },
  'PUT /api/v1/monitor/rondes/:rondeId/opvolging/:gemeenteCode': { roles: ['landelijk'] },
  'POST /api/v1/monitor/rondes/:rondeId/opvolging/:gemeenteCode/gebeurtenissen': { roles: ['landelijk'] },
  'GET /api/v1/monitor/escalaties': { roles: ['landelijk'] },
  'POST /api/v1/monitor/herinneringen': { roles: ['landelijk'] },
  'GET /api/v1/monitor/meldingen': { roles: ['landelijk', 'regio', 'gemeente-beleid'] },
  'POST /api/v1/dossiers': { roles: ['clientondersteuner'] },
  'GET /api/v1/dossiers/werkvoorraad': { roles: ['clientondersteuner'] },
  'POST /api/v1/dossiers/zoeken': { roles: ['clientondersteuner'] },
  'GET /api/v1/dossiers/caseload': { roles: ['clientondersteuner'] },
  'GET /api/v1/dossiers/:dossierId': { roles: ['clientondersteuner'], scoped: true },
  'PUT /api/v1/dossiers/:dossierId/clientgegevens': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/vragen': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/vragen/:vraagId/classificatie': { roles: ['clientondersteuner'], scoped: true },
  'PUT /api/v1/dossiers/:dossierId/vragen/:vraagId/ondersteuningsvorm': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/vragen/:vraagId/stap': { roles: ['clientondersteuner'], scoped: true },
  'PUT /api/v1/dossiers/:dossierId/ondersteuner': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/beslissers': { roles: ['beslisser'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/ander-ondersteuner': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/notities': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/verwijzingen': { roles: ['clientondersteuner'], scoped: true },
  'PUT /api/v1/dossiers/:dossierId/verwijzingen/:verwijzingId/uitkomst': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/:dossierId/bezwaren': { roles: ['clientondersteuner'], scoped: true },
  'PUT /api/v1/dossiers/:dossierId/bezwaren/:bezwaarId': { roles: ['clientondersteuner'], scoped: true },
  'POST /api/v1/dossiers/mee-overdracht/import': { roles: ['beheer'] },
  'GET /api/v1/dossiers/mee-overdracht/continuiteit': { roles: ['clientondersteuner'] },
  'POST /api/v1/dossiers/evaluatie-steekproef': { roles: ['clientondersteuner'] },
  'GET /api/v1/oidc/inloggen': 'public',
  'GET /api/v1/oidc/terugkeer': 'public',
  'GET /api/v1/oidc/configuratie': 'public',
};

/** Routes served by plugins (API description and viewer), public by design and outside the matrix. */
const PLUGIN_ROUTES = [/^\/api\/v1\/docs/, /^\/api\/v1\/openapi\.json$/];

/** Own organisation: the resource used below (municipality Utrecht, in youth region Utrecht Stad). */
const OWN: Record<Role, Grant['organisation']> = {
  landelijk: { kind: 'landelijk', code: 'nl' },
  regio: { kind: 'jeugdregio', code: 'utrecht-stad' },
  'gemeente-beleid': { kind: 'gemeente', code: 'utrecht' },
  clientondersteuner: { kind: 'gemeente', code: 'utrecht' },
  beslisser: { kind: 'gemeente', code: 'utrecht' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-utrecht-gooi-vecht' },
  privacy: { kind: 'landelijk', code: 'nl' },
  beheer: { kind: 'landelijk', code: 'nl' },
};
const FOREIGN: Record<Role, Grant['organisation']> = {
  landelijk: { kind: 'landelijk', code: 'nl' },
  regio: { kind: 'jeugdregio', code: 'zuid-limburg' },
  'gemeente-beleid': { kind: 'gemeente', code: 'beek-l' },
  clientondersteuner: { kind: 'gemeente', code: 'beek-l' },
  beslisser: { kind: 'gemeente', code: 'beek-l' },
  aanbieder: { kind: 'mee-organisatie', code: 'mee-zuid-limburg' },
  privacy: { kind: 'gemeente', code: 'beek-l' },
  beheer: { kind: 'gemeente', code: 'beek-l' },
};

describe('authorisation matrix', () => {
  let t: TestApp;
  let existingUserId: string;
  /** A case of Utrecht with one question, referral and objection: the "own" resource of the dossier routes. */
  const dossier = { id: '', questionId: '', referralId: '', objectionId: '' };
  beforeAll(async () => {
    t = await testApp('pglite');
    existingUserId = (await createUser(t.test.db, { username: 'doelwit', displayName: 'Doelwit', grants: [] })).id;
    const client = { name: 'Cliënt Matrix', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null, consents: [] };
    const question = { receivedVia: 'digitaal' as const, text: 'Vraag', lifeDomains: [], receivedOn: '2015-01-05', userId: null };
    const created = await createCase(t.test.db, { municipalityCode: 'utrecht', client, bsn: null, ageCategory: null, question });
    dossier.id = created.id;
    dossier.questionId = created.case.questions[0]!.id;
    dossier.referralId = (await addReferral(t.test.db, created.id, undefined, { questionId: null, provider: 'Wijkteam', reason: '', referredOn: '2015-01-06', userId: null })).referral.id;
    dossier.objectionId = (await addObjection(t.test.db, created.id, undefined, { kind: 'bezwaar', subject: 'Besluit', decisionSentOn: '2015-01-05', questionId: null, userId: null }, '2015-01-06')).objection.id;
  });
  afterAll(async () => t?.close());

  const apiRoutes = () =>
    t.app.registeredRoutes.filter((r) => r.url.startsWith('/api/v1') && !PLUGIN_ROUTES.some((p) => p.test(r.url)));

  const fill = (url: string) =>
    url
      .replace(':gemeenteCode', 'utrecht')
      .replace(':jeugdregioCode', 'utrecht-stad')
      .replace(':rondeId', '2014-10')
      .replace(':tabel', 'fasen')
      .replace(':bestedingsjaar', '2015')
      .replace(':dossierId', dossier.id)
      .replace(':vraagId', dossier.questionId)
      .replace(':verwijzingId', dossier.referralId)
      .replace(':bezwaarId', dossier.objectionId)
      .replace(':id', existingUserId);

  /** Denied = 401/403, or the uniform 404 of a resource outside the caller's scope. */
  async function denied(method: string, url: string, headers: Record<string, string>): Promise<boolean> {
    const res = await t.app.inject({ method: method as 'GET', url: fill(url), headers, payload: method === 'GET' || method === 'DELETE' ? undefined : {} });
    if (res.statusCode === 401 || res.statusCode === 403) return !/CSRF/.test(res.body);
    return res.statusCode === 404 && res.json().detail === 'Niet gevonden.';
  }

  it('has an expectation for every API route, and every route has an access rule', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((r) => !(`${r.method} ${r.url}` in EXPECTED)).map((r) => `${r.method} ${r.url}`);
    expect(missing, 'routes without a row in the authorisation matrix').toEqual([]);
    expect(routes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`), 'routes without config.access').toEqual([]);
  });

  it('allows and denies exactly as expected for anonymous callers and every role, own and foreign organisation', async () => {
    const mismatches: string[] = [];
    for (const route of apiRoutes()) {
      const key = `${route.method} ${route.url}`;
      const expectation = EXPECTED[key];
      if (!expectation) continue;
      if (expectation === 'public') {
        if (await denied(route.method, route.url, {})) mismatches.push(`${key}: anonymous denied, expected public`);
        continue;
      }
      if (!(await denied(route.method, route.url, {}))) mismatches.push(`${key}: anonymous allowed`);
      for (const role of ROLES) {
        for (const [label, organisation] of [['own', OWN[role]], ['foreign', FOREIGN[role]]] as const) {
          const user = await signIn(t.test.db, [{ role, organisation }]);
          // A national grant covers every organisation: "foreign" is then the same as "own".
          const coversAll = organisation.kind === 'landelijk';
          const expectAllowed = expectation.roles.includes(role) && (!expectation.scoped || label === 'own' || coversAll);
          const wasDenied = await denied(route.method, route.url, user.headers);
          if (wasDenied === expectAllowed) mismatches.push(`${key}: ${role} (${label}) ${wasDenied ? 'denied' : 'allowed'}, expected ${expectAllowed ? 'allowed' : 'denied'}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
