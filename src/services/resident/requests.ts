/**
 * The front door's two requests, through the portal's own service (askQuestion): each becomes an intake
 * of the casework module in the municipality's work list "niet toegewezen", with a reference number.
 * No storage of its own: the case holds everything (see src/domain/resident/requests.ts for why).
 */
import type { Database } from '../../db/client.ts';
import { validateQuestion, type FieldError, type RawQuestion } from '../../domain/portal/index.ts';
import type { IsoDate } from '../../domain/cases/calendar.ts';
import { err, ok, type Result } from '../../domain/cases/result.ts';
import { checkOtherSupporter, otherSupporterText, supporterRequestText } from '../../domain/resident/requests.ts';
import { CaseNotFoundError, CaseRefusedError } from '../cases/errors.ts';
import { askOtherSupporter, ownQuestions } from '../portal/own.ts';
import { askQuestion, type AskOutcome, type Asker } from '../portal/questions.ts';

/**
 * "Vraag een cliëntondersteuner": the resident's own words are checked as written (length rules of the
 * question), then sent with the service they came from, as an explicit request for a supporter.
 */
export async function requestSupporter(db: Database, raw: RawQuestion, asker: Asker, foundVia: string | null): Promise<AskOutcome> {
  const values = { ...raw, clientondersteunerGewenst: 'ja' };
  const checked = validateQuestion(values);
  if (!checked.ok) return askQuestion(db, values, asker); // the same errors, and the municipality's too
  return askQuestion(db, { ...values, vraag: supporterRequestText(checked.value.text, foundVia) }, asker);
}

/** "Vraag een andere cliëntondersteuner": its own two fields, then the question's contact fields. */
export async function requestOtherSupporter(db: Database, raw: RawQuestion & { nummer?: unknown; reden?: unknown }, asker: Asker): Promise<AskOutcome> {
  const own = checkOtherSupporter(raw);
  const values = { ...raw, vraag: otherSupporterText(own.value), clientondersteunerGewenst: 'ja', levensdomeinen: [] };
  const asked = own.errors.length > 0 ? null : await askQuestion(db, values, asker);
  if (asked) return asked;
  // Every problem at once: the question's (without storing anything) and the two fields of its own.
  const rest = validateQuestion(values);
  return err([...(rest.ok ? [] : rest.error), ...own.errors]);
}

/** The resident's own questions whose supporter they may replace now (signed in; for the form's choice). */
export async function replaceableQuestions(db: Database, userId: string, today: IsoDate): Promise<{ choices: { reference: string; askedOn: IsoDate; supporter: string }[]; caseIds: string[] }> {
  const { questions, caseIds } = await ownQuestions(db, userId, today);
  const choices = questions.filter((q) => q.canAskOtherSupporter && q.supporter).map((q) => ({ reference: q.reference, askedOn: q.askedOn, supporter: q.supporter!.name }));
  return { choices, caseIds };
}

/**
 * Signed in, with one of their own references: the right of Bijlage 2 is recorded in the case at once
 * (the same service as Mijn vragen), and the case waits until someone else is assigned.
 */
export async function requestOtherSupporterOwn(
  db: Database,
  userId: string,
  raw: { nummer?: unknown; reden?: unknown },
  today: IsoDate,
): Promise<Result<{ reference: string; caseId: string }, FieldError[]>> {
  const own = checkOtherSupporter(raw);
  if (own.errors.length > 0) return err(own.errors);
  if (!own.value.reference) return err([{ field: 'body.nummer', code: 'required', message: 'Kies de vraag waarvoor u een andere cliëntondersteuner wilt.' }]);
  try {
    const asked = await askOtherSupporter(db, userId, own.value.reference, { reason: own.value.reason, today });
    return ok({ reference: asked.question.reference, caseId: asked.caseId });
  } catch (e) {
    // Someone else's number gets the same answer as an unknown one.
    if (e instanceof CaseNotFoundError) return err([{ field: 'body.nummer', code: 'not-own', message: 'Dit nummer hoort niet bij uw vragen. Kies een vraag uit de lijst.' }]);
    if (e instanceof CaseRefusedError) return err([{ field: 'body.nummer', code: e.code, message: e.message }]);
    throw e;
  }
}
