import { askQuestion } from '../../../src/services/portal/questions.ts';
import type { MatrixModule } from './types.ts';

/**
 * Resident portal: asking is public (rate-limited), signing in is public (it starts at the provider),
 * the own view only for residents. Which questions are "own" is decided per account, not per
 * organisation, so those rows are not scoped; test/api/portal.test.ts checks that a resident never
 * sees or touches another resident's question.
 */
export const portalMatrix: MatrixModule = {
  expected: {
    'POST /api/v1/portaal/vragen': 'public',
    'GET /api/v1/portaal/inloggen': 'public',
    'GET /api/v1/portaal/terugkeer': 'public',
    'GET /api/v1/portaal/mijn-vragen': { roles: ['inwoner'] },
    'POST /api/v1/portaal/mijn-vragen/:vraagReferentie/ander-ondersteuner': { roles: ['inwoner'] },
  },
  setup: async (db) => {
    const raw = { gemeenteCode: 'utrecht', vraag: 'Een vraag voor de matrix.', naam: 'Matrix', telefoon: '0301234567', contactToestemming: true };
    const asked = await askQuestion(db, raw, { residentUserId: null, today: '2015-01-05' });
    if (!asked.ok) throw new Error('matrix setup: question refused');
    return { vraagReferentie: asked.value.receipt.reference };
  },
};
