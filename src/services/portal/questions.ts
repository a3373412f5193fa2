import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import type { IsoDate } from '../../domain/cases/index.ts';
import { nextSteps, referenceFrom, validateQuestion, type FieldError, type NextSteps, type RawQuestion, type ResidentQuestion } from '../../domain/portal/index.ts';
import { err, ok, type Result } from '../../domain/cases/result.ts';
import { addQuestion, createCase, type QuestionIntake } from '../cases/intake.ts';
import type { EditableClientDetails } from '../cases/client.ts';

/**
 * A resident's online question becomes an intake of the casework module (channel 'digitaal'), without
 * a supporter: it lands in the work list "niet toegewezen" of that municipality. Only the portal's
 * reference is kept here (portal_questions); everything about the client lives in the case.
 */

/** The municipalities of the current division (2014) a resident can choose from. */
export const PORTAL_DIVISION_YEAR = 2014;

export async function portalMunicipalities(db: Database): Promise<{ code: string; name: string }[]> {
  const rows = await listMunicipalities(db, { divisionYear: PORTAL_DIVISION_YEAR });
  return rows.map((r) => ({ code: r.code, name: r.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

export async function municipalityName(db: Database, code: string): Promise<string | null> {
  return (await portalMunicipalities(db)).find((m) => m.code === code)?.name ?? null;
}

export interface Receipt {
  reference: string;
  municipality: { code: string; name: string };
  askedOn: IsoDate;
  wantsSupporter: boolean;
  /** Linked to the signed-in resident's account (visible under "Mijn vragen"). */
  linked: boolean;
  next: NextSteps;
}

export interface Asker {
  /** The signed-in resident, or null for a question asked without signing in. */
  residentUserId: string | null;
  today: IsoDate;
}

const CONSENT_SUBJECT = 'Contact opnemen over de vraag die de inwoner online stelde';

function clientOf(q: ResidentQuestion, today: IsoDate): EditableClientDetails {
  return {
    name: q.name,
    phone: q.phone,
    email: q.email,
    address: null,
    targetGroups: [],
    network: [],
    representative: null,
    // The consent the form asked for, recorded like every other consent (what, when; withdrawable).
    consents: [{ subject: CONSENT_SUBJECT, given: true, recordedOn: today, note: 'Gegeven via het inwonersportaal.' }],
  };
}

/** The supporter reads the resident's own words; what the form asked besides is added as a line. */
function intakeText(q: ResidentQuestion): string {
  const marks = ['Gesteld via het inwonersportaal.', ...(q.wantsSupporter ? ['De inwoner vraagt uitdrukkelijk om een cliëntondersteuner.'] : [])];
  return `${q.text}\n\n— ${marks.join(' ')}`;
}

/** The open case of this resident in this municipality, if any: a new question joins it (one client, one case). */
async function openCaseOf(db: Database, residentUserId: string, municipalityCode: string): Promise<string | null> {
  const [row] = await db.rows<{ id: string }>(sql`
    select c.id::text as id from portal_questions p join cases c on c.id = p.case_id
     where p.resident_user_id = ${residentUserId}::uuid and c.municipality_code = ${municipalityCode}
       and c.closed_on is null and c.anonymised_at is null
     order by p.created_at desc limit 1`);
  return row?.id ?? null;
}

async function storeReference(db: Database, row: { caseId: string; questionId: string; municipalityCode: string; residentUserId: string | null; wantsSupporter: boolean; askedOn: IsoDate }): Promise<string> {
  // A collision among 32^8 references is unlikely; a few tries make it practically impossible.
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = referenceFrom(crypto.randomBytes(8));
    const inserted = await db.rows(sql`
      insert into portal_questions (reference, case_id, question_id, municipality_code, resident_user_id, wants_supporter, asked_on)
      values (${reference}, ${row.caseId}::uuid, ${row.questionId}, ${row.municipalityCode}, ${row.residentUserId}::uuid, ${row.wantsSupporter}, ${row.askedOn}::date)
      on conflict (reference) do nothing returning reference`);
    if (inserted.length > 0) return reference;
  }
  throw new Error('No free portal reference after 5 attempts');
}

export type AskOutcome = Result<{ receipt: Receipt; caseId: string }, FieldError[]>;

/** Validates everything at once (nothing is stored on bad input), then creates the intake. */
export async function askQuestion(db: Database, raw: RawQuestion, asker: Asker): Promise<AskOutcome> {
  const checked = validateQuestion(raw);
  const errors = checked.ok ? [] : [...checked.error];
  const code = typeof raw.gemeenteCode === 'string' ? raw.gemeenteCode.trim() : '';
  const name = code ? await municipalityName(db, code) : null;
  if (code && !name) errors.splice(0, 0, { field: 'body.gemeenteCode', code: 'unknown', message: 'Deze gemeente kennen wij niet. Kies uw gemeente uit de lijst.' });
  if (!checked.ok || errors.length > 0) return err(errors);
  const q = checked.value;

  const intake: QuestionIntake = { receivedVia: 'digitaal', text: intakeText(q), lifeDomains: q.lifeDomains, receivedOn: asker.today, userId: asker.residentUserId };
  const existing = asker.residentUserId ? await openCaseOf(db, asker.residentUserId, q.municipalityCode) : null;
  let caseId: string;
  let questionId: string;
  if (existing) {
    const record = await addQuestion(db, existing, undefined, intake);
    caseId = record.id;
    questionId = record.case.questions.at(-1)!.id;
  } else {
    const record = await createCase(db, { municipalityCode: q.municipalityCode, client: clientOf(q, asker.today), bsn: null, ageCategory: null, question: intake });
    caseId = record.id;
    questionId = record.case.questions[0]!.id;
  }
  const reference = await storeReference(db, { caseId, questionId, municipalityCode: q.municipalityCode, residentUserId: asker.residentUserId, wantsSupporter: q.wantsSupporter, askedOn: asker.today });
  const contactBy = q.phone && q.email ? 'beide' : q.phone ? 'telefoon' : 'email';
  return ok({
    caseId,
    receipt: {
      reference,
      municipality: { code: q.municipalityCode, name: name! },
      askedOn: asker.today,
      wantsSupporter: q.wantsSupporter,
      linked: asker.residentUserId !== null,
      next: nextSteps(asker.today, { municipalityName: name!, wantsSupporter: q.wantsSupporter, contactBy }),
    },
  });
}
