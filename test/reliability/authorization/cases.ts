import { createCase } from '../../../src/services/cases/intake.ts';
import { addReferral } from '../../../src/services/cases/records.ts';
import { addObjection } from '../../../src/services/cases/objections.ts';
import { giveConsent } from '../../../src/services/cases/consents.ts';
import type { MatrixModule } from './types.ts';

export const casesMatrix: MatrixModule = {
  expected: {
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
    'POST /api/v1/dossiers/:dossierId/toestemmingen': { roles: ['clientondersteuner'], scoped: true },
    'POST /api/v1/dossiers/:dossierId/toestemmingen/:toestemmingId/intrekken': { roles: ['clientondersteuner'], scoped: true },
    'GET /api/v1/dossiers/:dossierId/plan': { roles: ['clientondersteuner'], scoped: true },
    'PUT /api/v1/dossiers/:dossierId/plan': { roles: ['clientondersteuner'], scoped: true },
    'POST /api/v1/dossiers/:dossierId/huishouden': { roles: ['clientondersteuner'], scoped: true },
  },
  /** A case of Utrecht with one question, referral and objection. */
  setup: async (db) => {
    const client = { name: 'Cliënt Matrix', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null };
    const question = { receivedVia: 'digitaal' as const, text: 'Vraag', lifeDomains: [], receivedOn: '2015-01-05', userId: null };
    const created = await createCase(db, { municipalityCode: 'utrecht', client, bsn: null, ageCategory: null, question });
    const referral = await addReferral(db, created.id, undefined, { questionId: null, provider: 'Wijkteam', reason: '', referredOn: '2015-01-06', userId: null });
    const objection = await addObjection(db, created.id, undefined, { kind: 'bezwaar', subject: 'Besluit', decisionSentOn: '2015-01-05', questionId: null, userId: null }, '2015-01-06');
    const consent = await giveConsent(db, created.id, undefined, { subject: 'Woonsituatie', recipient: 'Wijkteam', givenOn: '2015-01-05', note: '', userId: null }, '2015-01-06');
    return {
      toestemmingId: consent.consent.id,
      dossierId: created.id,
      vraagId: created.case.questions[0]!.id,
      verwijzingId: referral.referral.id,
      bezwaarId: objection.objection.id,
    };
  },
};
