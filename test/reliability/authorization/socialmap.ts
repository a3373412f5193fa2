import { loadDemoSocialMap } from '../../../src/services/socialmap/demo.ts';
import { loadMap } from '../../../src/services/socialmap/store.ts';
import { listFaq } from '../../../src/services/socialmap/faq.ts';
import type { Expectation, MatrixModule } from './types.ts';

const manage: Expectation = { roles: ['gemeente-beleid', 'beheer'] };
const scoped: Expectation = { roles: ['gemeente-beleid', 'beheer'], scoped: true };

/** Social map: residents search and read without login; the municipality manages its own map. */
export const socialMapMatrix: MatrixModule = {
  expected: {
    'GET /api/v1/sociale-kaart/zoeken': 'public',
    'GET /api/v1/sociale-kaart/hulpvraag': 'public',
    'GET /api/v1/sociale-kaart/taxonomie': 'public',
    'GET /api/v1/sociale-kaart/veelgestelde-vragen': 'public',
    'GET /api/v1/sociale-kaart/hsds': 'public',
    'GET /api/v1/sociale-kaart/hsds/datapakket': 'public',
    'GET /api/v1/sociale-kaart/diensten/export': 'public',
    'GET /api/v1/sociale-kaart/diensten/:dienstId': 'public',
    'POST /api/v1/sociale-kaart/hsds/import': manage,
    'POST /api/v1/sociale-kaart/diensten/import': manage,
    'GET /api/v1/sociale-kaart/gemeenten/:gemeenteCode/aanbieders': scoped,
    'POST /api/v1/sociale-kaart/gemeenten/:gemeenteCode/aanbieders': scoped,
    'GET /api/v1/sociale-kaart/aanbieders/:aanbiederId': scoped,
    'PUT /api/v1/sociale-kaart/aanbieders/:aanbiederId': scoped,
    'DELETE /api/v1/sociale-kaart/aanbieders/:aanbiederId': scoped,
    'POST /api/v1/sociale-kaart/aanbieders/:aanbiederId/diensten': scoped,
    'POST /api/v1/sociale-kaart/aanbieders/:aanbiederId/locaties': scoped,
    'PUT /api/v1/sociale-kaart/diensten/:dienstId': scoped,
    'DELETE /api/v1/sociale-kaart/diensten/:dienstId': scoped,
    'GET /api/v1/sociale-kaart/locaties/:locatieId': scoped,
    'PUT /api/v1/sociale-kaart/locaties/:locatieId': scoped,
    'DELETE /api/v1/sociale-kaart/locaties/:locatieId': scoped,
    'GET /api/v1/sociale-kaart/gemeenten/:gemeenteCode/veelgestelde-vragen': scoped,
    'POST /api/v1/sociale-kaart/gemeenten/:gemeenteCode/veelgestelde-vragen': scoped,
    'PUT /api/v1/sociale-kaart/veelgestelde-vragen/:faqId': scoped,
    'DELETE /api/v1/sociale-kaart/veelgestelde-vragen/:faqId': scoped,
  },
  /** Utrecht's demo map: one provider, service, location and FAQ entry. */
  setup: async (db) => {
    await loadDemoSocialMap(db);
    const map = await loadMap(db, 'utrecht');
    const faq = await listFaq(db, 'utrecht', false);
    return { aanbiederId: map.providers[0]!.id, dienstId: map.services[0]!.id, locatieId: map.locations[0]!.id, faqId: faq[0]!.id };
  },
};
