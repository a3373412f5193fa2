import type { MatrixModule } from './types.ts';

/** The register up to today (issue 21 §5): public reference data; a monitor round's status needs the monitor totals. */
export const registerHistoryMatrix: MatrixModule = {
  expected: {
    'GET /api/v1/register/indelingen/:jaar': 'public',
    'GET /api/v1/register/gemeenten/:code/geschiedenis': 'public',
    'GET /api/v1/register/doorrekening/budget': 'public',
    'GET /api/v1/register/doorrekening/monitor/:rondeId': { roles: ['landelijk', 'regio', 'gemeente-beleid', 'beheer'] },
  },
  setup: async () => ({ jaar: '2026', code: 'GM0344', rondeId: '2014-10' }),
};
