/**
 * The form errors in English for `?taal=en`: the domain writes them in Dutch (src/domain/portal/question.ts,
 * src/domain/resident/requests.ts, src/services/resident/requests.ts); here the same sentences by field
 * and code. An error without a translation keeps its Dutch sentence rather than disappearing.
 */
import { NAME_MAX, QUESTION_MAX, QUESTION_MIN, type FieldError } from '../../../domain/portal/index.ts';
import { REASON_MAX } from '../../../domain/resident/requests.ts';
import type { PageLang } from './frame.ts';

const EN: Record<string, string> = {
  'gemeenteCode:required': 'Choose your municipality.',
  'gemeenteCode:unknown': 'We do not know this municipality. Choose your municipality from the list.',
  'vraag:required': 'Write down your question.',
  'vraag:too-short': `Write your question in at least ${QUESTION_MIN} characters, so that we can help you well.`,
  'vraag:too-long': `Your question is too long. Use at most ${QUESTION_MAX} characters; you can tell the rest in the conversation.`,
  'naam:required': 'Fill in your name. A first name is enough.',
  'naam:too-long': `Your name is too long (at most ${NAME_MAX} characters).`,
  'telefoon:contact-required': 'Fill in your phone number or your email address, so that we can contact you.',
  'telefoon:invalid': 'This phone number is not right. Use 10 digits, for example 030 123 45 67.',
  'email:invalid': 'This email address is not right. An email address looks like this: name@example.nl.',
  'contactToestemming:required': 'Allow us to contact you. Otherwise we cannot answer your request.',
  'nummer:invalid': 'This number is not right. A number looks like this: NV-7K3Q-X9MB. Do you not know it? Then leave it empty.',
  'nummer:required': 'Choose the question for which you want a different client supporter.',
  'nummer:not-own': 'This number does not belong to your questions. Choose a question from the list.',
  'nummer:no-supporter': 'You do not have a client supporter yet. As soon as someone is linked to you, you can ask for someone else.',
  'nummer:request-pending': 'You have already asked for a different client supporter. The municipality is looking for someone else for you.',
  'reden:too-long': `Your reason is too long. Use at most ${REASON_MAX} characters; you can tell the rest in the conversation.`,
};

export function inLanguage(errors: FieldError[], lang: PageLang): FieldError[] {
  if (lang === 'nl') return errors;
  return errors.map((e) => ({ ...e, message: EN[`${e.field.replace(/^body\./, '')}:${e.code}`] ?? e.message }));
}
