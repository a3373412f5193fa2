import { createUser } from '../../../src/services/identity/users.ts';
import { SIGNED_IN, type MatrixModule } from './types.ts';

/** Health, register, identity (sessions, users, tokens, OIDC) and the audit log. */
export const foundationMatrix: MatrixModule = {
  expected: {
    'GET /api/v1/health': 'public',
    'GET /api/v1/health/ready': 'public',
    'GET /api/v1/gemeenten': 'public',
    'GET /api/v1/jeugdregios': 'public',
    'GET /api/v1/mee-organisaties': 'public',
    'GET /api/v1/gemeentelijke-indelingen': 'public',
    'GET /api/v1/gemeentelijke-indelingen/:jaar/kaart': 'public',
    'POST /api/v1/sessies': 'public',
    'GET /api/v1/sessies/huidige': { roles: SIGNED_IN },
    'DELETE /api/v1/sessies/huidige': { roles: SIGNED_IN },
    'DELETE /api/v1/sessies': { roles: SIGNED_IN },
    'GET /api/v1/gebruikers': { roles: ['beheer'] },
    'POST /api/v1/gebruikers': { roles: ['beheer'] },
    // Scoped since issue 17: the target account works for Utrecht only, so a municipality's
    // administrator elsewhere gets the uniform 404 (src/domain/access/administration.ts).
    'GET /api/v1/gebruikers/:id': { roles: ['beheer'], scoped: true },
    'PATCH /api/v1/gebruikers/:id': { roles: ['beheer'], scoped: true },
    'GET /api/v1/api-tokens': { roles: SIGNED_IN },
    'POST /api/v1/api-tokens': { roles: SIGNED_IN },
    'DELETE /api/v1/api-tokens/:id': { roles: SIGNED_IN },
    'GET /api/v1/logboek': { roles: ['privacy'] },
    'GET /api/v1/logboek/controle': { roles: ['privacy', 'beheer'] },
    'GET /api/v1/oidc/inloggen': 'public',
    'GET /api/v1/oidc/terugkeer': 'public',
    'GET /api/v1/oidc/configuratie': 'public',
    // Second factor and password (issue 17 §5): enrolment needs the password, not a session.
    'POST /api/v1/tweede-factor': 'public',
    'DELETE /api/v1/gebruikers/:id/tweede-factor': { roles: ['beheer'], scoped: true },
    'GET /api/v1/organisaties/:organisatieSoort/:organisatieCode/beveiliging': { roles: ['beheer'], scoped: true },
    'PUT /api/v1/organisaties/:organisatieSoort/:organisatieCode/beveiliging': { roles: ['beheer'], scoped: true },
    'PUT /api/v1/mijn-account/wachtwoord': { roles: SIGNED_IN },
  },
  setup: async (db) => ({
    gemeenteCode: 'utrecht',
    organisatieSoort: 'gemeente',
    organisatieCode: 'utrecht',
    id: (await createUser(db, { username: 'doelwit', displayName: 'Doelwit', grants: [{ role: 'gemeente-beleid', organisation: { kind: 'gemeente', code: 'utrecht' } }] })).id,
  }),
};
