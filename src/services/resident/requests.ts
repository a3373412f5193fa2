/**
 * The front door's two requests, through the portal's own service (askQuestion): each becomes an intake
 * of the casework module in the municipality's work list "niet toegewezen", with a reference number.
 * No storage of its own: the case holds everything (see src/domain/resident/requests.ts for why).
 */
import type { Database } from '../../db/client.ts';
import { validateQuestion, type RawQuestion } from '../../domain/portal/index.ts';
import { err } from '../../domain/cases/result.ts';
import { checkOtherSupporter, otherSupporterText, supporterRequestText } from '../../domain/resident/requests.ts';
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
