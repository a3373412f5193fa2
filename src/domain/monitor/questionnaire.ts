/**
 * The questionnaire of the transition monitor (transitievolgsysteem) as versioned data, not code:
 * questions and validation rules are a JSON-able definition stored per version in the database.
 * This file holds the types and the 2014 definition (Bijlage 1 §3.2 E; §4.2 a–f).
 */

export const STAGES = ['geen', 'in_voorbereiding', 'ambtelijk', 'college', 'definitief'] as const;
export type Stage = (typeof STAGES)[number];

export const REQUIREMENT_ANSWERS = ['ja', 'nee', 'gedeeltelijk'] as const;
export type RequirementAnswer = (typeof REQUIREMENT_ANSWERS)[number];

export const REQUIREMENT_IDS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type RequirementId = (typeof REQUIREMENT_IDS)[number];

/** One municipality's answers. Money in cents. */
export interface Answers {
  stage: Stage | null;
  requirements: Partial<Record<RequirementId, { answer: RequirementAnswer | null; explanation: string }>>;
  budgetMee2015Cents: number | null;
  /**
   * The other providers of client support the municipality has agreements with. `null` = not known (an
   * import file without the column `andere_aanbieders`): unknown is not "none", so it never makes a
   * municipality lag (issue 21 §2; Bijlage 1 §3.2 toelichting: agreements with other providers are part
   * of the agreements on continuity).
   */
  otherProviders: string[] | null;
  /**
   * The answer to the round's question on definitive agreements (subsidy decision or contract); what
   * the question asks depends on the questionnaire version (definitiveQuestion). Absent/null = not answered.
   */
  definitiveAgreements?: DefinitiveAnswer | null;
  freeText: string;
}

export const DEFINITIVE_ANSWERS = ['ja', 'nee'] as const;
export type DefinitiveAnswer = (typeof DEFINITIVE_ANSWERS)[number];

/**
 * What the question on definitive agreements asks. Before the Flierman motion the transition monitor
 * asked whether municipalities *expected* definitive agreements by 1 October 2014; from the
 * measurement of early November on, whether they were *actually realised* (seeds/000_6cdda7e4ab47aefe.txt,
 * antwoord op vraag 1). The two are different questions: their answers are never one series.
 */
export type DefinitiveQuestionMeaning = 'verwachting' | 'realisatie';
export interface DefinitiveQuestion {
  meaning: DefinitiveQuestionMeaning;
  question: string;
  /** Where the wording comes from. */
  source: string;
}

/** Validation rules as data; the engine (validate.ts) knows these kinds. */
export type Rule =
  | { id: string; kind: 'stage-needs-budget'; stages: Stage[]; level: 'fout' | 'waarschuwing'; message: string }
  | { id: string; kind: 'budget-below-share-of-allocation'; share: number; level: 'fout' | 'waarschuwing'; message: string }
  | { id: string; kind: 'answer-needs-explanation'; answers: RequirementAnswer[]; level: 'fout' | 'waarschuwing'; message: string }
  | { id: string; kind: 'required-on-submit'; field: 'stage' | 'requirements'; level: 'fout'; message: string };

export interface QuestionnaireDefinition {
  id: string;
  version: number;
  title: string;
  stages: { code: Stage; label: string }[];
  requirements: { id: RequirementId; question: string; short: string }[];
  fields: { budgetMee2015: string; otherProviders: string; freeText: string };
  /** The question on definitive agreements in this version (absent in definitions stored before it existed). */
  definitiveQuestion?: DefinitiveQuestion;
  rules: Rule[];
}

export const STAGE_LABELS: Record<Stage, string> = {
  geen: 'Geen afspraken',
  in_voorbereiding: 'Afspraken in voorbereiding',
  ambtelijk: 'Ambtelijke afspraken',
  college: 'Afspraken op collegeniveau',
  definitief: 'Definitief: contract of subsidiebeschikking getekend',
};

export const QUESTIONNAIRE_2014: QuestionnaireDefinition = {
  id: 'tvs-mee-2014',
  version: 1,
  title: 'Transitievolgsysteem: afspraken tussen gemeente en MEE-organisatie (2014)',
  stages: STAGES.map((code) => ({ code, label: STAGE_LABELS[code] })),
  requirements: [
    { id: 'a', short: 'Beschikbaarheid', question: 'Is duidelijk hoe de cliënten vanaf 2015 gebruik kunnen blijven maken van cliëntondersteuning (beschikbaarheid conform de nieuwe Wmo)?' },
    { id: 'b', short: 'Organisatie en financiering', question: 'Zijn er afspraken over de organisatie en financiering van de cliëntondersteuning (inclusief bevoorschotting) én over het budget dat in 2015 bij de MEE-organisatie wordt besteed?' },
    { id: 'c', short: 'Lopende zaken', question: 'Zijn er afspraken over de afhandeling van lopende zaken, waaronder de continuïteit voor cliënten die op 1 januari 2015 nog door MEE worden ondersteund?' },
    { id: 'd', short: 'Frictiekosten', question: 'Zijn er afspraken over het vermijden van frictiekosten bij de MEE-organisatie?' },
    { id: 'e', short: 'Mens volgt werk', question: 'Zijn er afspraken over het ‘mens-volgt-werk’-principe, om expertise te behouden?' },
    { id: 'f', short: 'Integrale Vroeghulp', question: 'Zijn er afspraken over de netwerken Integrale Vroeghulp, met name over de continuïteit van de coördinatie?' },
  ],
  fields: {
    budgetMee2015: 'Welk budget gaat de gemeente in 2015 bij MEE besteden (euro)?',
    otherProviders: 'Welke andere aanbieders van cliëntondersteuning zijn gecontracteerd?',
    freeText: 'Toelichting',
  },
  definitiveQuestion: {
    meaning: 'verwachting',
    question: 'Zal uw gemeente naar het inzicht van dit moment op 1 oktober 2014 definitieve afspraken in de vorm van een subsidiebeschikking of contract hebben gemaakt met aanbieders van cliëntondersteuning?',
    source: 'Kamerbrief VWS 15 oktober 2014, antwoord op vraag 1 (seeds/000_6cdda7e4ab47aefe.txt): "In de vorige meting is gevraagd of gemeenten naar het inzicht van dat moment op 1 oktober 2014 definitieve afspraken in de vorm van subsidiebeschikking of contract zullen hebben gemaakt met aanbieders van cliëntondersteuning."',
  },
  rules: [
    { id: 'stadium-verplicht', kind: 'required-on-submit', field: 'stage', level: 'fout', message: 'Kies hoe ver de afspraken met MEE zijn.' },
    { id: 'eisen-verplicht', kind: 'required-on-submit', field: 'requirements', level: 'fout', message: 'Beantwoord alle zes de vragen a tot en met f.' },
    { id: 'definitief-budget', kind: 'stage-needs-budget', stages: ['definitief'], level: 'fout', message: 'Bij definitieve afspraken hoort een budget voor MEE in 2015.' },
    { id: 'budget-laag', kind: 'budget-below-share-of-allocation', share: 0.5, level: 'waarschuwing', message: 'Het budget voor 2015 is minder dan de helft van het budget 2014. Kunt u toelichten waarom?' },
    { id: 'nee-toelichting', kind: 'answer-needs-explanation', answers: ['nee'], level: 'fout', message: 'Licht toe waarom hier nog geen afspraken over zijn.' },
  ],
};

/**
 * Version 2, for the measurement of early November 2014 on: after the Flierman motion (EK 2013/2014,
 * 33 841 N, 8 July 2014) the question on definitive agreements asks whether they were actually
 * realised (seeds/000_6cdda7e4ab47aefe.txt, antwoord op vraag 1). Everything else is unchanged.
 */
export const QUESTIONNAIRE_2014_V2: QuestionnaireDefinition = {
  ...QUESTIONNAIRE_2014,
  version: 2,
  title: 'Transitievolgsysteem: afspraken tussen gemeente en MEE-organisatie (2014, vanaf de meting begin november)',
  definitiveQuestion: {
    meaning: 'realisatie',
    question: 'Zijn de definitieve afspraken in de vorm van een subsidiebeschikking of contract met aanbieders van cliëntondersteuning daadwerkelijk gerealiseerd?',
    source: 'Kamerbrief VWS 15 oktober 2014, antwoord op vraag 1 (seeds/000_6cdda7e4ab47aefe.txt): "In de eerstvolgende meting begin november zal worden gevraagd of de definitieve afspraken daadwerkelijk gerealiseerd zijn." Aanleiding: motie Flierman c.s. van 8 juli 2014 (EK 2013/2014, 33 841 N).',
  },
};

/** Every version of the 2014 questionnaire, in order. */
export const QUESTIONNAIRES_2014: QuestionnaireDefinition[] = [QUESTIONNAIRE_2014, QUESTIONNAIRE_2014_V2];

export function emptyAnswers(): Answers {
  return { stage: null, requirements: {}, budgetMee2015Cents: null, otherProviders: [], definitiveAgreements: null, freeText: '' };
}
