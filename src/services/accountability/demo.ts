import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { LIFE_DOMAINS, type AgeCategory, type LifeDomain } from '../../domain/cases/index.ts';
import { TARGET_GROUPS } from '../cases/client.ts';
import { createCase } from '../cases/intake.ts';
import { assignCaseSupporter } from '../cases/assignments.ts';
import { addNote, addReferral } from '../cases/records.ts';
import { createUser } from '../identity/users.ts';
import { DEMO_PASSWORD } from '../identity/demo.ts';
import { createPeriod } from './reports.ts';
import { recordInvitation, recordResponse } from './experience.ts';

/**
 * Demo data for accountability (NAAST_DEMO=1): a cliëntondersteuner of MEE Utrecht, Gooi & Vecht
 * working for Utrecht, a set of 2015 cases she supports, client-experience answers, and an open
 * product-funding period for Utrecht 2015 with MEE U-G&V (pre-filled from those cases), so
 * `demo-aanbieder` can upload and submit and `demo-beleid` can review and accept.
 */
export const DEMO_MEE = 'mee-utrecht-gooi-vecht';
export const DEMO_MUNICIPALITY = 'utrecht';
const DEMO_SUPPORTER = 'demo-mee-ondersteuner';

const AGES: AgeCategory[] = ['0-18', '18-25', '25-65', '65+'];
const CHANNELS = ['telefonisch', 'digitaal', 'fysiek_loket', 'huisbezoek'] as const;

/**
 * Creates `count` cases of the municipality supported by `supporterId`, spread deterministically
 * over ages, target groups and life domains, with contact moments and referrals in `year`.
 */
export async function seedProviderCases(db: Database, input: { municipalityCode: string; supporterId: string; count: number; year: number }): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < input.count; i++) {
    const day = `${input.year}-${String((i % 11) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
    const lifeDomains: LifeDomain[] = [LIFE_DOMAINS[i % LIFE_DOMAINS.length]!, ...(i % 3 === 0 ? [LIFE_DOMAINS[(i + 2) % LIFE_DOMAINS.length]!] : [])];
    const created = await createCase(db, {
      municipalityCode: input.municipalityCode,
      client: {
        name: `Demo cliënt ${i + 1}`,
        phone: null,
        email: null,
        address: null,
        targetGroups: i % 5 === 4 ? [] : [TARGET_GROUPS[i % 4]!, ...(i % 4 === 0 ? [TARGET_GROUPS[5]!] : [])],
        network: [],
        representative: null,
        consents: [],
      },
      bsn: null,
      ageCategory: i % 7 === 6 ? null : AGES[i % AGES.length]!,
      question: { receivedVia: CHANNELS[i % CHANNELS.length]!, text: 'Ik zoek hulp bij mijn vraag.', lifeDomains, receivedOn: day, userId: null },
    });
    const assigned = await assignCaseSupporter(db, created.id, undefined, { kind: 'professioneel', userId: input.supporterId }, day);
    let version = assigned.version;
    for (let n = 0; n < i % 3; n++) {
      version = (await addNote(db, created.id, version, { kind: 'contactmoment', questionId: null, channel: 'telefonisch', occurredOn: day, body: 'Vervolggesprek', recordedBy: null })).record.version;
    }
    if (i % 4 === 1) await addReferral(db, created.id, version, { questionId: null, provider: 'Buurtteam', reason: 'Hulp thuis', referredOn: day, userId: null });
    ids.push(created.id);
  }
  return ids;
}

/** A user who supports the municipality's clients on behalf of the provider (both grants). */
export async function providerSupporter(db: Database, username: string, municipalityCode: string, providerCode: string, password?: string): Promise<string> {
  const [existing] = await db.rows<{ id: string }>(sql`select id::text as id from users where username = ${username}`);
  if (existing) return existing.id;
  const user = await createUser(db, {
    username,
    displayName: 'Demo Cliëntondersteuner MEE U-G&V',
    password,
    grants: [
      { role: 'clientondersteuner', organisation: { kind: 'gemeente', code: municipalityCode } },
      { role: 'clientondersteuner', organisation: { kind: 'mee-organisatie', code: providerCode } },
    ],
  });
  return user.id;
}

/** Loads the demo once; returns the number of cases created (0 when already there). */
export async function loadDemoAccountability(db: Database): Promise<number> {
  const [present] = await db.rows(sql`select 1 from accountability_periods where municipality_code = ${DEMO_MUNICIPALITY} and provider_code = ${DEMO_MEE} limit 1`);
  if (present) return 0;
  const supporterId = await providerSupporter(db, DEMO_SUPPORTER, DEMO_MUNICIPALITY, DEMO_MEE, DEMO_PASSWORD);
  const ids = await seedProviderCases(db, { municipalityCode: DEMO_MUNICIPALITY, supporterId, count: 24, year: 2015 });
  await recordInvitation(db, { municipalityCode: DEMO_MUNICIPALITY, providerCode: DEMO_MEE, sentOn: '2015-11-01', invited: 20 });
  for (let i = 0; i < 9; i++) {
    const score = (offset: number) => (((i + offset) % 3) + 3) as 3 | 4 | 5;
    await recordResponse(db, {
      municipalityCode: DEMO_MUNICIPALITY,
      providerCode: DEMO_MEE,
      respondedOn: `2015-11-${String(i + 10).padStart(2, '0')}`,
      answers: { bereikbaar: score(0), serieus: score(1), samen: score(2), onafhankelijk: score(0), regie: score(1), passend: score(2) },
      freeText: i % 3 === 0 ? 'Ik werd goed geholpen en weet nu waar ik terecht kan.' : '',
      channel: 'formulier',
    });
  }
  await createPeriod(db, {
    municipalityCode: DEMO_MUNICIPALITY,
    providerCode: DEMO_MEE,
    fundingForm: 'product',
    from: '2015-01-01',
    to: '2015-12-31',
    dueOn: '2016-03-01',
    label: '2015 productbekostiging',
    userId: null,
  });
  return ids.length;
}
