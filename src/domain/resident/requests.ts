/**
 * The two requests of the front door, as intakes of the casework module (through the portal's question):
 * - a client supporter: the resident's own words, marked as an explicit request (Wmo 2015 art. 2.2.4);
 * - another client supporter: a right of the client (Handreiking cliëntondersteuning 2014, Bijlage 2:
 *   "Indien de cliënt twijfelt aan de objectiviteit van de cliëntondersteuner, mag de cliënt de gemeente
 *   daarop wijzen en vragen om een andere ondersteuner").
 * Without signing in nobody can prove a case is theirs, so the second request does not change a case
 * by itself: it reaches the municipality's work list as a question, and the supporter who picks it up
 * records the request in the case after checking who asks (Mijn vragen does it directly when signed in).
 */
import { normaliseReference, type FieldError } from '../portal/index.ts';

export const REASON_MAX = 2000;

const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** The resident's words, with the service they came from (the supporter then knows where they looked). */
export function supporterRequestText(question: string, foundVia: string | null): string {
  return foundVia ? `${question.trim()}\n\n(Gevonden op de sociale kaart: ${foundVia}.)` : question.trim();
}

export interface OtherSupporterInput {
  reference: string | null;
  reason: string | null;
}

/** The two fields of its own; name, contact and consent are the question's (validateQuestion). */
export function checkOtherSupporter(raw: { nummer?: unknown; reden?: unknown }): { value: OtherSupporterInput; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const given = text(raw.nummer);
  const reference = given ? normaliseReference(given) : null;
  if (given && !reference) errors.push({ field: 'body.nummer', code: 'invalid', message: 'Dit nummer klopt niet. Een nummer ziet er zo uit: NV-7K3Q-X9MB. Weet u het niet? Laat het dan leeg.' });
  const reason = text(raw.reden);
  if (reason.length > REASON_MAX) errors.push({ field: 'body.reden', code: 'too-long', message: `Uw reden is te lang. Gebruik hoogstens ${REASON_MAX} tekens; de rest kunt u in het gesprek vertellen.` });
  return { value: { reference, reason: reason || null }, errors };
}

/** What the supporter reads in the work list. */
export function otherSupporterText(input: OtherSupporterInput): string {
  return [
    'Ik wil graag een andere cliëntondersteuner.',
    input.reference ? `Nummer van mijn eerdere vraag: ${input.reference}.` : 'Ik weet het nummer van mijn eerdere vraag niet.',
    input.reason ? `Reden: ${input.reason}` : 'Ik geef liever geen reden.',
    '— Verzoek om een andere cliëntondersteuner (Handreiking cliëntondersteuning, Bijlage 2). Controleer wie het vraagt en leg het verzoek vast in het dossier.',
  ].join('\n');
}
