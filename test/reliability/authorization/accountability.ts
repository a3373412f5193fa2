import { createPeriod } from '../../../src/services/accountability/reports.ts';
import type { MatrixModule } from './types.ts';

const reviewers = { roles: ['gemeente-beleid' as const] };
const both = { roles: ['aanbieder' as const, 'gemeente-beleid' as const], scoped: true };

export const accountabilityMatrix: MatrixModule = {
  expected: {
    'GET /api/v1/verantwoording/sjablonen': { roles: ['aanbieder', 'gemeente-beleid'] },
    'GET /api/v1/verantwoording/perioden': { roles: ['aanbieder', 'gemeente-beleid'] },
    'POST /api/v1/verantwoording/perioden': reviewers,
    'GET /api/v1/verantwoording/perioden/:periodeId': both,
    'GET /api/v1/verantwoording/perioden/:periodeId/sjabloon': both,
    'PUT /api/v1/verantwoording/perioden/:periodeId/waarden': { roles: ['aanbieder'], scoped: true },
    'POST /api/v1/verantwoording/perioden/:periodeId/upload': { roles: ['aanbieder'], scoped: true },
    'POST /api/v1/verantwoording/perioden/:periodeId/indienen': { roles: ['aanbieder'], scoped: true },
    'POST /api/v1/verantwoording/perioden/:periodeId/herberekenen': { roles: ['aanbieder'], scoped: true },
    'POST /api/v1/verantwoording/perioden/:periodeId/vragen': { roles: ['gemeente-beleid'], scoped: true },
    'POST /api/v1/verantwoording/perioden/:periodeId/accepteren': { roles: ['gemeente-beleid'], scoped: true },
    'POST /api/v1/verantwoording/perioden/:periodeId/berichten': both,
    'GET /api/v1/verantwoording/perioden/:periodeId/herkomst': { roles: ['gemeente-beleid'], scoped: true },
    'POST /api/v1/verantwoording/clientervaring/uitnodigingen': reviewers,
    'POST /api/v1/verantwoording/clientervaring/antwoorden': reviewers,
    'GET /api/v1/verantwoording/clientervaring': { roles: ['aanbieder', 'gemeente-beleid'] },
    'GET /api/v1/verantwoording/mee-informatiepakket/:pakketGemeenteCode/:jaar': both,
    'PUT /api/v1/verantwoording/mee-informatiepakket/:pakketGemeenteCode/:jaar': { roles: ['aanbieder'], scoped: true },
    'POST /api/v1/verantwoording/mee-informatiepakket/:pakketGemeenteCode/:jaar/import': { roles: ['aanbieder'], scoped: true },
    'GET /api/v1/verantwoording/raadsrapportage/:raadGemeenteCode/:jaar': { roles: ['gemeente-beleid'], scoped: true },
    'GET /api/v1/verantwoording/totalen': { roles: ['landelijk', 'regio'] },
    'GET /api/v1/verantwoording/dashboard/gemeente/:dashGemeenteCode': { roles: ['gemeente-beleid'], scoped: true },
    'GET /api/v1/verantwoording/dashboard/aanbieder': { roles: ['aanbieder'] },
  },
  /** A product-funding period of Utrecht with MEE Utrecht, Gooi & Vecht (the "own" provider). */
  setup: async (db) => {
    const report = await createPeriod(db, { municipalityCode: 'utrecht', providerCode: 'mee-utrecht-gooi-vecht', fundingForm: 'product', from: '2015-01-01', to: '2015-12-31', dueOn: null, userId: null });
    return { periodeId: report.id, pakketGemeenteCode: 'utrecht', raadGemeenteCode: 'utrecht', dashGemeenteCode: 'utrecht', jaar: '2015' };
  },
};
