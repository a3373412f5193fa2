import type { MatrixModule } from './types.ts';

export const budgetMatrix: MatrixModule = {
  expected: {
    'GET /api/v1/budget/verdelingen': 'public',
    'GET /api/v1/budget/verdelingen/:gemeenteCode': 'public',
    'GET /api/v1/budget/controle': 'public',
    'GET /api/v1/budget/kaart': 'public',
    'GET /api/v1/budget/rapport': 'public',
    'GET /api/v1/budget/scenario': 'public',
    'GET /api/v1/budget/regionale-pools': 'public',
    'GET /api/v1/budget/frictiekosten': 'public',
    'GET /api/v1/budget/bestedingen': 'public',
    'PUT /api/v1/budget/bestedingen/:bestedingsjaar/:gemeenteCode': { roles: ['gemeente-beleid', 'regio', 'beheer'], scoped: true },
    'POST /api/v1/budget/bestedingen/:bestedingsjaar/import': { roles: ['gemeente-beleid', 'regio', 'beheer'] },
    'GET /api/v1/budget/primaire-verdeling': 'public',
    'POST /api/v1/budget/aantallen/:jaar/import': { roles: ['gemeente-beleid', 'regio', 'beheer'] },
    'POST /api/v1/budget/gebruik/:jaar/import': { roles: ['gemeente-beleid', 'regio', 'beheer'] },
  },
  setup: async () => ({ bestedingsjaar: '2015', jaar: '2015' }),
};
