/**
 * The case file (dossier) of one client and the questions (vragen) in it.
 *
 * Client support is free of charge (kosteloos). Bijlage 2: "De cliëntondersteuning is kosteloos voor de
 * cliënt die daar een beroep op doet"; §2.3: "De cliëntondersteuning dient gratis ... te zijn". That is
 * why nothing here has a price, tariff, hours-to-bill or own contribution (eigen bijdrage), not even
 * optionally: a field that exists ends up on a screen or a letter, and a client who sees an amount may
 * not come back. Funding is the municipality's business (see the budget domain), never the client's.
 */
import type { IsoDate } from './calendar.ts';
import type { Bsn } from './bsn.ts';
import type { QuestionTypeId, SelfDirection } from './matrix-axes.ts';
import type { CloseReason, Step } from './process.ts';

export type PersonId = string;

/** Access channels of §3.3: phone, digital, a physical counter, at home, or signalled by others. */
export const ACCESS_CHANNELS = ['telefonisch', 'digitaal', 'fysiek_loket', 'huisbezoek', 'signalering'] as const;
export type AccessChannel = (typeof ACCESS_CHANNELS)[number];
export const ACCESS_CHANNEL_LABELS: Readonly<Record<AccessChannel, string>> = {
  telefonisch: 'Telefonisch',
  digitaal: 'Digitaal (website, e-mail, online vraag)',
  fysiek_loket: 'Fysiek loket',
  huisbezoek: 'Op het huisadres van de cliënt',
  // Bijlage 3, level 5: this citizen asks nothing spontaneously; others (the neighbourhood) signal.
  signalering: 'Gesignaleerd door derden (outreachend)',
};

/** Age categories of §2.3 ("Levenslang en levensbreed"); MEE's information package uses the same. */
export type AgeCategory = '0-18' | '18-25' | '25-65' | '65+';

/** Life domains of §2.3 ("Integraal") to which a question relates. */
export const LIFE_DOMAINS = [
  'opvoeding_en_ontwikkeling',
  'zelfstandig_wonen_en_samenleven',
  'leren_en_werken',
  'regelgeving_en_geldzaken',
  'vrienden_en_relaties',
  'vrije_tijd_en_sport',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** An informal supporter the client chose himself (Bijlage 2: "naasten, vertegenwoordigers"). */
export type InformalRelation = 'familie' | 'naaste' | 'vrijwilliger' | 'vertegenwoordiger' | 'ervaringsdeskundige';

/** The cliëntondersteuner standing beside the client: a professional, or someone the client chose. */
export type SupporterAssignment =
  | { readonly kind: 'professioneel'; readonly personId: PersonId; readonly assignedOn: IsoDate }
  | { readonly kind: 'informeel'; readonly personId: PersonId; readonly assignedOn: IsoDate; readonly relation: InformalRelation };

/** A beslisser (e.g. Wmo-consulent) who decides on an application for a provision for this client. */
export interface DecisionMakerAssignment {
  readonly personId: PersonId;
  /** The provision applied for, in words ("woningaanpassing"): it goes into the refusal message. */
  readonly provision: string;
  readonly assignedOn: IsoDate;
}

/** The client doubts the supporter's objectivity and asks for another one (Bijlage 2, §2.3 Keuzevrijheid). */
export interface ReplacementRequest {
  readonly requestedOn: IsoDate;
  readonly doubtedSupporterId: PersonId;
  readonly reason?: string;
  readonly resolvedOn?: IsoDate;
  readonly newSupporterId?: PersonId;
}

export interface StepChange {
  readonly from: Step | null;
  readonly to: Step;
  readonly on: IsoDate;
  readonly closeReason?: CloseReason;
}

/** One question (vraag) of the client; each moves through the process on its own (§3.1). */
export interface Question {
  readonly id: string;
  readonly step: Step;
  readonly receivedVia: AccessChannel;
  /** Bijlage 3 row (vraagtype) and column (mate van regie); known after clarification. */
  readonly type?: QuestionTypeId;
  readonly selfDirection?: SelfDirection;
  readonly lifeDomains: readonly LifeDomain[];
  readonly history: readonly StepChange[];
  readonly closeReason?: CloseReason;
  readonly closedOn?: IsoDate;
}

export interface Case {
  readonly id: string;
  readonly clientId: PersonId;
  readonly bsn?: Bsn;
  readonly ageCategory?: AgeCategory;
  readonly openedOn: IsoDate;
  readonly supporter?: SupporterAssignment;
  readonly formerSupporters: readonly SupporterAssignment[];
  readonly decisionMakers: readonly DecisionMakerAssignment[];
  readonly replacementRequests: readonly ReplacementRequest[];
  readonly questions: readonly Question[];
}

export function newCase(fields: Pick<Case, 'id' | 'clientId' | 'openedOn'> & Partial<Pick<Case, 'bsn' | 'ageCategory'>>): Case {
  return { ...fields, formerSupporters: [], decisionMakers: [], replacementRequests: [], questions: [] };
}

/** Every question starts at the first contact. */
export function newQuestion(
  fields: Pick<Question, 'id' | 'receivedVia'> & Partial<Pick<Question, 'type' | 'selfDirection' | 'lifeDomains'>>,
  on: IsoDate,
): Question {
  const { lifeDomains = [], ...rest } = fields;
  return { ...rest, lifeDomains, step: 'eerste_contact', history: [{ from: null, to: 'eerste_contact', on }] };
}

/** Fix the Bijlage 3 row and column once the question has been clarified. */
export function classifyQuestion(question: Question, type: QuestionTypeId, selfDirection: SelfDirection): Question {
  return { ...question, type, selfDirection };
}

export function withQuestion(c: Case, question: Question): Case {
  const exists = c.questions.some((q) => q.id === question.id);
  return { ...c, questions: exists ? c.questions.map((q) => (q.id === question.id ? question : q)) : [...c.questions, question] };
}

/** A case is closed when it has questions and all of them are closed; it closes on the last close. */
export function caseClosedOn(c: Case): IsoDate | undefined {
  if (c.questions.length === 0 || c.questions.some((q) => q.step !== 'afgesloten')) return undefined;
  return c.questions.map((q) => q.closedOn ?? c.openedOn).sort().at(-1);
}
