import type { MatrixModule } from './types.ts';

const read = { roles: ['landelijk', 'regio', 'gemeente-beleid'] as const, scoped: true };

export const policyMatrix: MatrixModule = {
  expected: {
    'GET /api/v1/beleid/gemeenten/:gemeenteCode/afwegingskader': { roles: [...read.roles], scoped: true },
    'PUT /api/v1/beleid/gemeenten/:gemeenteCode/afwegingskader': { roles: ['gemeente-beleid'], scoped: true },
    'GET /api/v1/beleid/gemeenten/:gemeenteCode/aanbieders': { roles: [...read.roles], scoped: true },
    'GET /api/v1/beleid/gemeenten/:gemeenteCode/dekking': { roles: [...read.roles], scoped: true },
    'GET /api/v1/beleid/gemeenten/:gemeenteCode/checklist': { roles: [...read.roles], scoped: true },
    'GET /api/v1/beleid/gemeenten/:gemeenteCode/beleidsplan': { roles: [...read.roles], scoped: true },
    // A youth region's overview: the region itself and the national role; a municipality sees its own framework.
    'GET /api/v1/beleid/jeugdregios/:jeugdregioCode/overzicht': { roles: ['landelijk', 'regio'], scoped: true },
  },
  setup: async () => ({ gemeenteCode: 'utrecht', jeugdregioCode: 'utrecht-stad' }),
};
