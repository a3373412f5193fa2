/**
 * A question a resident asks online through the resident portal (inwonersportaal, §3.3: "digitaal"
 * is one of the ways in). The resident writes in their own words and leaves as little as we need to
 * reach them (AVG data minimisation): a name, and a phone number or an e-mail address, with consent to
 * be contacted. No BSN, no date of birth, no address: those are for the conversation, if ever needed.
 */
import { LIFE_DOMAINS, type LifeDomain } from '../cases/model.ts';
import { err, ok, type Result } from '../cases/result.ts';

export const QUESTION_MIN = 10;
export const QUESTION_MAX = 4000;
export const NAME_MAX = 200;

/** What the form or the API sends, before any check: every field may be missing or wrong. */
export interface RawQuestion {
  gemeenteCode?: unknown;
  vraag?: unknown;
  levensdomeinen?: unknown;
  naam?: unknown;
  telefoon?: unknown;
  email?: unknown;
  contactToestemming?: unknown;
  clientondersteunerGewenst?: unknown;
}

/** A question that passed every check that needs no database (the municipality is checked against the register). */
export interface ResidentQuestion {
  municipalityCode: string;
  text: string;
  lifeDomains: LifeDomain[];
  name: string;
  phone: string | null;
  email: string | null;
  /** "Ik wil graag een cliëntondersteuner": asked for explicitly (Wmo 2015 art. 2.2.4). */
  wantsSupporter: boolean;
}

/** One wrong field: `field` is the API's name (body.naam), `message` plain Dutch for the resident. */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** A checkbox: JSON true, or an HTML form's "ja"/"on"/"true". */
export function isChecked(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  return typeof value === 'string' && ['ja', 'on', 'true', '1'].includes(value.trim().toLowerCase());
}

/** A list from JSON, or from a form where a single checked box arrives as a string. */
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null || value === '' ? [] : [value];
}

// A pragmatic check: something@something.tld, no spaces. The supporter will find out the rest.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** Dutch or international numbers, written with spaces, dashes or brackets: 10 to 15 digits. */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 ()-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 10 && digits <= 15;
}

/** Checks everything at once, so the resident sees every problem in one go (never one by one). */
export function validateQuestion(raw: RawQuestion): Result<ResidentQuestion, FieldError[]> {
  const errors: FieldError[] = [];
  const fail = (field: string, code: string, message: string) => errors.push({ field: `body.${field}`, code, message });

  const municipalityCode = text(raw.gemeenteCode);
  if (!municipalityCode) fail('gemeenteCode', 'required', 'Kies uw gemeente.');

  const question = text(raw.vraag);
  if (!question) fail('vraag', 'required', 'Schrijf uw vraag op.');
  else if (question.length < QUESTION_MIN) fail('vraag', 'too-short', `Schrijf uw vraag in minstens ${QUESTION_MIN} tekens, zodat wij u goed kunnen helpen.`);
  else if (question.length > QUESTION_MAX) fail('vraag', 'too-long', `Uw vraag is te lang. Gebruik hoogstens ${QUESTION_MAX} tekens; de rest kunt u in het gesprek vertellen.`);

  const domains = list(raw.levensdomeinen);
  const known = domains.filter((d): d is LifeDomain => typeof d === 'string' && (LIFE_DOMAINS as readonly string[]).includes(d));
  if (known.length !== domains.length) fail('levensdomeinen', 'unknown', 'Kies alleen onderwerpen uit de lijst.');

  const name = text(raw.naam);
  if (!name) fail('naam', 'required', 'Vul uw naam in. Een voornaam is genoeg.');
  else if (name.length > NAME_MAX) fail('naam', 'too-long', `Uw naam is te lang (hoogstens ${NAME_MAX} tekens).`);

  const phone = text(raw.telefoon);
  const email = text(raw.email);
  if (!phone && !email) fail('telefoon', 'contact-required', 'Vul uw telefoonnummer of uw e-mailadres in, zodat wij contact met u kunnen opnemen.');
  if (phone && !isPhoneNumber(phone)) fail('telefoon', 'invalid', 'Dit telefoonnummer klopt niet. Gebruik 10 cijfers, bijvoorbeeld 030 123 45 67.');
  if (email && (!EMAIL.test(email) || email.length > 320)) fail('email', 'invalid', 'Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.');

  if (!isChecked(raw.contactToestemming)) {
    fail('contactToestemming', 'required', 'Geef toestemming dat wij contact met u opnemen. Anders kunnen wij uw vraag niet beantwoorden.');
  }

  if (errors.length > 0) return err(errors);
  return ok({
    municipalityCode,
    text: question,
    lifeDomains: [...new Set(known)],
    name,
    phone: phone || null,
    email: email || null,
    wantsSupporter: isChecked(raw.clientondersteunerGewenst),
  });
}

/** The six life domains of §2.3 as a resident reads them (B1), for the forms of the portal. */
export const RESIDENT_DOMAIN_LABELS: Readonly<Record<LifeDomain, string>> = {
  opvoeding_en_ontwikkeling: 'Opvoeden en opgroeien',
  zelfstandig_wonen_en_samenleven: 'Zelfstandig wonen en meedoen',
  leren_en_werken: 'Leren en werken',
  regelgeving_en_geldzaken: 'Regels en geld',
  vrienden_en_relaties: 'Vrienden en relaties',
  vrije_tijd_en_sport: 'Vrije tijd en sport',
};
