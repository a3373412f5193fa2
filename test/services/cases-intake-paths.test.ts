import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from '../../src/db/sql.ts';
import { readyDatabase, testEngines, type TestDatabase } from '../helpers/db.ts';
import { takeIn } from '../../src/services/cases/intake.ts';
import { consentsOf } from '../../src/services/cases/consents.ts';
import { askQuestion } from '../../src/services/portal/questions.ts';
import { importMeeCases } from '../../src/services/cases/mee-import.ts';
import { inTransaction } from '../../src/db/client.ts';
import { startAuditSealer } from '../../src/services/audit/seal.ts';

/**
 * The other ways a case comes in after ADR 0015 (not grouped: consents at intake, the resident portal
 * inside a caller's transaction, the MEE import): each stores its rows, and the work-list columns equal
 * what the view case_work_columns derives for the same case.
 */
describe.each(testEngines)('intake paths beside the grouped one on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await readyDatabase(engine);
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  const columns = sql.raw(`last_contact_on::text as a, question_summary as b, next_deadline_on::text as c, next_deadline_kind as d`);
  async function expectColumnsAsView(caseId: string) {
    const [stored] = await t.db.rows(sql`select ${columns} from cases where id = ${caseId}::uuid`);
    const [derived] = await t.db.rows(sql`select ${columns} from case_work_columns where id = ${caseId}::uuid`);
    expect(stored).toEqual(derived);
    expect(stored).toMatchObject({ a: expect.any(String), b: expect.any(String) });
  }
  const countOf = async (table: string, caseId: string) =>
    (await t.db.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.raw(table)} where case_id = ${caseId}::uuid`))[0]!.n;

  it('consents given at intake: case, one contact moment and the consents in one transaction', async () => {
    const consents = [
      { subject: 'Informatie delen met de huisarts', given: true, recordedOn: '2026-11-30', note: '' },
      { subject: 'Informatie delen met de woningcorporatie', given: false, recordedOn: '2026-11-30', note: 'Nog niet' },
    ];
    const taken = await takeIn(t.db, {
      municipalityCode: 'utrecht',
      client: { name: 'Toos Toestemming', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null, consents },
      bsn: null,
      ageCategory: null,
      question: { receivedVia: 'fysiek_loket', text: 'Wil hulp bij de post.\n\nMeer later.', lifeDomains: [], receivedOn: '2026-11-30', userId: null },
    });
    expect(taken.consents).toHaveLength(2);
    expect(await consentsOf(t.db, taken.record.id)).toEqual(taken.consents);
    expect(await countOf('case_notes', taken.record.id)).toBe(1);
    await expectColumnsAsView(taken.record.id);
  });

  it('consents at intake with the request\'s audit row: the row is written and the sealing job is poked', async () => {
    // A long debounce: the job is only poked here, it does not run during the test.
    const sealer = startAuditSealer(t.db, 60_000);
    try {
      const poke = vi.spyOn(sealer, 'poke');
      const requestId = `consent-${engine}`;
      const audit = { actorUserId: null, actorRole: 'clientondersteuner', actorOrganisation: 'gemeente/utrecht', dataSubject: 'ps_x', activity: 'dossier', purpose: 'test', action: 'schrijven', outcome: 'toegestaan', requestId, traceId: null, tenant: 'utrecht' } as const;
      await takeIn(
        t.db,
        {
          municipalityCode: 'utrecht',
          client: { name: 'Sam Zegel', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null, consents: [{ subject: 'Delen met de huisarts', given: true, recordedOn: '2026-11-30', note: '' }] },
          bsn: null,
          ageCategory: null,
          question: { receivedVia: 'telefonisch', text: 'Vraag', lifeDomains: [], receivedOn: '2026-11-30', userId: null },
        },
        { audit, grouped: true },
      );
      expect(await t.db.rows(sql`select tenant from audit_log where request_id = ${requestId}`)).toEqual([{ tenant: 'utrecht' }]);
      // Without the poke the row would wait for the job's slow backstop before it is sealed.
      expect(poke).toHaveBeenCalled();
    } finally {
      await sealer.stop();
    }
  });

  it('an unknown municipality with consents writes nothing at all', async () => {
    const before = await t.db.rows<{ n: number }>(sql`select count(*)::int as n from case_consents`);
    await expect(
      takeIn(t.db, {
        municipalityCode: 'bestaat-niet',
        client: { name: 'Niemand', phone: null, email: null, address: null, targetGroups: [], network: [], representative: null, consents: [{ subject: 'x', given: true, recordedOn: '2026-11-30', note: '' }] },
        bsn: null,
        ageCategory: null,
        question: { receivedVia: 'fysiek_loket', text: 'Vraag', lifeDomains: [], receivedOn: '2026-11-30', userId: null },
      }),
    ).rejects.toMatchObject({ message: 'Deze gemeente bestaat niet.' });
    expect(await t.db.rows<{ n: number }>(sql`select count(*)::int as n from case_consents`)).toEqual(before);
  });

  it('the resident portal, inside a caller transaction: case, contact moment, consent and reference', async () => {
    const raw = { gemeenteCode: 'utrecht', vraag: 'Ik kan mijn   boodschappen niet meer doen.', naam: 'Inge Inwoner', telefoon: '0301234567', contactToestemming: true };
    const asked = await t.db.transaction((tx) => askQuestion(inTransaction(t.db, tx), raw, { residentUserId: null, today: '2026-11-30' }));
    if (!asked.ok) throw new Error('question refused');
    const caseId = asked.value.caseId;
    expect(await countOf('case_notes', caseId)).toBe(1);
    expect(await countOf('case_consents', caseId)).toBe(1);
    expect(await countOf('portal_questions', caseId)).toBe(1);
    await expectColumnsAsView(caseId);
  });

  it('the MEE import: its cases carry the columns the view derives', async () => {
    const [caseId] = await importMeeCases(
      t.db,
      [{ line: 2, municipalityCode: 'utrecht', clientName: 'Overgedragen', ageCategory: '65+', startedOn: '2014-10-01', meeOrganisation: 'mee-utrecht-gooi-vecht', supporterName: 'MEE Marja', supporterKind: 'professioneel', question: 'Hulp bij de administratie' }],
      null,
    );
    await expectColumnsAsView(caseId!);
  });
});
