import { loadDemoSocialMap } from '../../../src/services/socialmap/demo.ts';
import type { MatrixModule } from './types.ts';

/**
 * The HSDS 3.0 read API of the public social map (/hsds/v3/…, issue 24 §4): open to anyone, read
 * only. `:id` is filled with another module's id (a user's): a public route answers its own 404
 * ("staat niet op de openbare sociale kaart"), never the uniform denial.
 */
export const hsdsMatrix: MatrixModule = {
  expected: {
    'GET /hsds/v3/openapi.json': 'public',
    'GET /hsds/v3/profile': 'public',
    'GET /hsds/v3/:gemeente': 'public',
    'GET /hsds/v3/:gemeente/': 'public',
    'GET /hsds/v3/:gemeente/services': 'public',
    'GET /hsds/v3/:gemeente/services/:id': 'public',
    'GET /hsds/v3/:gemeente/organizations': 'public',
    'GET /hsds/v3/:gemeente/organizations/:id': 'public',
    'GET /hsds/v3/:gemeente/service_at_locations': 'public',
    'GET /hsds/v3/:gemeente/service_at_locations/:id': 'public',
    'GET /hsds/v3/:gemeente/taxonomies': 'public',
    'GET /hsds/v3/:gemeente/taxonomies/:id': 'public',
    'GET /hsds/v3/:gemeente/taxonomy_terms': 'public',
    'GET /hsds/v3/:gemeente/taxonomy_terms/:id': 'public',
  },
  /** Utrecht's demo map (loading it twice is a no-op). */
  setup: async (db) => {
    await loadDemoSocialMap(db);
    return { gemeente: 'utrecht' };
  },
};
