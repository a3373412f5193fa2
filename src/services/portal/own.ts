import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { pendingReplacement, type IsoDate, type Step, type CloseReason } from '../../domain/cases/index.ts';
import { normaliseReference, RESIDENT_CLOSE_TEXT, RESIDENT_STEP_TEXT } from '../../domain/portal/index.ts';
import { requestOtherSupporter } from '../cases/assignments.ts';
import { CaseNotFoundError, CaseRefusedError } from '../cases/errors.ts';
import { namesFor } from '../cases/people.ts';
import { referralsOf } from '../cases/records.ts';
import { loadCase, type CaseRecord } from '../cases/store.ts';
import { residentPlan, type ResidentPlan } from './plan.ts';

/**
 * The resident's own view (Mijn vragen): only the questions linked to their account, never anyone
 * else's — the query is keyed on the signed-in user, not on anything the caller sends.
 */

export interface OwnQuestion {
  reference: string;
  askedOn: IsoDate;
  municipality: { code: string; name: string };
  /** The resident's own words. */
  text: string;
  step: Step;
  stepTitle: string;
  stepText: string;
  closeText: string | null;
  supporter: { name: string; kind: 'professioneel' | 'informeel' } | null;
  /** An open request for another supporter (Bijlage 2): the case waits until someone else is assigned. */
  otherSupporterRequested: { on: IsoDate; reason: string | null } | null;
  canAskOtherSupporter: boolean;
  referrals: { provider: string; on: IsoDate }[];
  plan: ResidentPlan | null;
}

interface LinkRow {
  reference: string;
  caseId: string;
  questionId: string;
  askedOn: IsoDate;
  municipalityCode: string;
  municipalityName: string;
}

const PORTAL_MARK = /\n\n— Gesteld via het inwonersportaal\..*$/s;

async function linksOf(db: Database, userId: string, reference?: string): Promise<LinkRow[]> {
  return db.rows<LinkRow>(sql`
    select p.reference, p.case_id::text as "caseId", p.question_id as "questionId", p.asked_on::text as "askedOn",
           p.municipality_code as "municipalityCode", m.name as "municipalityName"
      from portal_questions p join cases c on c.id = p.case_id join municipalities m on m.code = p.municipality_code
     where p.resident_user_id = ${userId}::uuid and c.anonymised_at is null
       and (${reference ?? null}::text is null or p.reference = ${reference ?? null})
     order by p.created_at desc, p.reference`);
}

async function intakeTexts(db: Database, links: LinkRow[]): Promise<Map<string, string>> {
  if (links.length === 0) return new Map();
  const ids = sql.join(links.map((l) => sql`${l.questionId}`), sql`, `);
  const rows = await db.rows<{ questionId: string; body: string }>(sql`
    select distinct on (question_id) question_id as "questionId", body from case_notes
     where kind = 'contactmoment' and question_id in (${ids}) order by question_id, recorded_at, id`);
  return new Map(rows.map((r) => [r.questionId, r.body.replace(PORTAL_MARK, '')]));
}

async function describe(db: Database, link: LinkRow, record: CaseRecord, text: string, today: IsoDate): Promise<OwnQuestion> {
  const c = record.case;
  const question = c.questions.find((q) => q.id === link.questionId);
  const step: Step = question?.step ?? 'eerste_contact';
  const nameOf = await namesFor(db, record);
  const pending = pendingReplacement(c);
  const referrals = (await referralsOf(db, record.id)).filter((r) => !r.questionId || r.questionId === link.questionId);
  return {
    reference: link.reference,
    askedOn: link.askedOn,
    municipality: { code: link.municipalityCode, name: link.municipalityName },
    text,
    step,
    stepTitle: RESIDENT_STEP_TEXT[step].title,
    stepText: RESIDENT_STEP_TEXT[step].text,
    closeText: question?.closeReason ? RESIDENT_CLOSE_TEXT[question.closeReason as CloseReason] : null,
    supporter: c.supporter && !pending ? { name: nameOf(c.supporter.personId), kind: c.supporter.kind } : null,
    otherSupporterRequested: pending ? { on: pending.requestedOn, reason: pending.reason ?? null } : null,
    canAskOtherSupporter: Boolean(c.supporter) && !pending,
    referrals: referrals.map((r) => ({ provider: r.provider, on: r.referredOn })),
    plan: await residentPlan(db, record.id, today),
  };
}

/** Every question of the resident, newest first; `caseIds` for the audit log (one row per case shown). */
export async function ownQuestions(db: Database, userId: string, today: IsoDate): Promise<{ questions: OwnQuestion[]; caseIds: string[] }> {
  const links = await linksOf(db, userId);
  const texts = await intakeTexts(db, links);
  const records = new Map<string, CaseRecord>();
  for (const id of new Set(links.map((l) => l.caseId))) records.set(id, await loadCase(db, id));
  const questions: OwnQuestion[] = [];
  for (const link of links) questions.push(await describe(db, link, records.get(link.caseId)!, texts.get(link.questionId) ?? '', today));
  return { questions, caseIds: [...records.keys()] };
}

/** The case behind one of the resident's own references; the same "not found" for someone else's. */
export async function ownCaseOf(db: Database, userId: string, referenceInput: string): Promise<string> {
  const reference = normaliseReference(referenceInput);
  const [link] = reference ? await linksOf(db, userId, reference) : [];
  if (!link) throw new CaseNotFoundError('Niet gevonden.');
  return link.caseId;
}

/** The domain's sentences speak to a supporter about "deze cliënt"; a resident reads about "u". */
const RESIDENT_REFUSALS: Record<string, string> = {
  'no-supporter': 'U heeft nog geen cliëntondersteuner. Zodra iemand aan u is gekoppeld, kunt u om een ander vragen.',
  'request-pending': 'U heeft al om een andere cliëntondersteuner gevraagd. De gemeente zoekt iemand anders voor u.',
};

/**
 * The right of Bijlage 2: a resident who doubts the supporter's objectivity asks for another one. It
 * goes through the casework service, so the case is blocked until someone else is assigned.
 */
export async function askOtherSupporter(db: Database, userId: string, reference: string, input: { reason: string | null; today: IsoDate }): Promise<{ caseId: string; question: OwnQuestion }> {
  const caseId = await ownCaseOf(db, userId, reference);
  try {
    await requestOtherSupporter(db, caseId, undefined, { on: input.today, reason: input.reason });
  } catch (e) {
    if (e instanceof CaseRefusedError && RESIDENT_REFUSALS[e.code]) throw new CaseRefusedError(e.code, RESIDENT_REFUSALS[e.code]!);
    throw e;
  }
  const [link] = await linksOf(db, userId, normaliseReference(reference)!);
  const texts = await intakeTexts(db, [link!]);
  return { caseId, question: await describe(db, link!, await loadCase(db, caseId), texts.get(link!.questionId) ?? '', input.today) };
}
