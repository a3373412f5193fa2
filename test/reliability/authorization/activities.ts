import type { MatrixModule } from './types.ts';

/** Activity registration (activiteitenregistratie): import by providers and administrators, totals for reporting. */
export const activitiesMatrix: MatrixModule = {
  expected: {
    // Scope is per row (an aanbieder imports its own provider code only), not per route.
    'POST /api/v1/activiteiten/import': { roles: ['aanbieder', 'beheer'] },
    // Scope is in the query (gemeenteCode) and per provider; without a query every caller gets a 400.
    'GET /api/v1/activiteiten/samenvatting': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'aanbieder', 'beheer'] },
  },
};
