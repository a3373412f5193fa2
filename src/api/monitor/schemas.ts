import { z } from 'zod';
import { DEFINITIVE_ANSWERS, REQUIREMENT_ANSWERS, STAGES } from '../../domain/monitor/questionnaire.ts';
import type { Share } from '../../domain/monitor/share.ts';
import { shareText } from '../../domain/monitor/share.ts';
import { STATUSES } from '../../domain/monitor/status.ts';
import type { Answers } from '../../domain/monitor/questionnaire.ts';
import type { Finding } from '../../domain/monitor/validate.ts';
import type { ResponseVersion } from '../../services/monitor/responses.ts';
import type { Round } from '../../services/monitor/rounds.ts';

export const roundParam = z.string().regex(/^[a-z0-9-]{1,40}$/).describe('Id van de ronde, bijvoorbeeld 2014-10');

export const RoundSchema = z
  .object({
    id: z.string(),
    naam: z.string(),
    peildatum: z.iso.date(),
    openVanafDatum: z.iso.date(),
    deadlineDatum: z.iso.date(),
    indeling: z.number().int().describe('Gemeentelijke indeling (jaar) op de peildatum'),
    contractenVerwacht: z.boolean(),
    vragenlijst: z.object({ id: z.string(), versie: z.number().int() }),
    vraagDefinitieveAfspraken: z
      .object({ betekenis: z.enum(['verwachting', 'realisatie']), vraag: z.string(), bron: z.string() })
      .nullable()
      .optional()
      .describe('Wat deze ronde vraagt over definitieve afspraken: de verwachting (tot en met 1 oktober 2014) of de realisatie (vanaf begin november 2014, na de motie Flierman). Twee verschillende vragen.'),
  })
  .meta({ id: 'Ronde' });

/** A percentage with its numerator and denominator, never a bare "63%" (issue 21 §2). */
export const ShareSchema = z
  .object({ teller: z.number().int(), noemer: z.number().int(), percentage: z.number().int(), tekst: z.string().describe('Bijvoorbeeld "63% (254 van de 403 gemeenten)"') })
  .meta({ id: 'Aandeel' });
export const shareResponse = (s: Share) => ({ teller: s.numerator, noemer: s.denominator, percentage: s.percent, tekst: shareText(s) });

export const roundResponse = (r: Round) => ({
  id: r.id,
  naam: r.name,
  peildatum: r.referenceDate,
  openVanafDatum: r.opensOn,
  deadlineDatum: r.deadline,
  indeling: r.divisionYear,
  contractenVerwacht: r.contractsDue,
  vragenlijst: { id: r.questionnaire.id, versie: r.questionnaire.version },
  vraagDefinitieveAfspraken: r.questionnaire.definitiveQuestion
    ? { betekenis: r.questionnaire.definitiveQuestion.meaning, vraag: r.questionnaire.definitiveQuestion.question, bron: r.questionnaire.definitiveQuestion.source }
    : null,
});

const Requirement = z.object({ antwoord: z.enum(REQUIREMENT_ANSWERS).nullable(), toelichting: z.string().max(4000).default('') });

export const AnswersSchema = z
  .object({
    fase: z.enum(STAGES).nullable().describe('Hoe ver zijn de afspraken met MEE?'),
    eisen: z.object({ a: Requirement, b: Requirement, c: Requirement, d: Requirement, e: Requirement, f: Requirement }).partial(),
    budgetMee2015Cent: z.number().int().min(0).max(1e13).nullable(),
    andereAanbieders: z
      .array(z.string().min(1).max(200))
      .max(50)
      .nullable()
      .default([])
      .describe('Andere aanbieders van cliëntondersteuning waarmee afspraken zijn; [] = geen, null = niet bekend (telt niet als geen)'),
    definitieveAfspraken: z
      .enum(DEFINITIVE_ANSWERS)
      .nullable()
      .optional()
      .describe('Antwoord op de vraag naar definitieve afspraken van deze ronde (zie ronde.vraagDefinitieveAfspraken): verwachting of realisatie'),
    toelichting: z.string().max(8000).default(''),
  })
  .meta({ id: 'Antwoorden' });

export type AnswersBody = z.infer<typeof AnswersSchema>;

export function toAnswers(b: AnswersBody): Answers {
  return {
    stage: b.fase,
    requirements: Object.fromEntries(Object.entries(b.eisen).map(([id, r]) => [id, { answer: r!.antwoord, explanation: r!.toelichting ?? '' }])),
    budgetMee2015Cents: b.budgetMee2015Cent,
    otherProviders: b.andereAanbieders,
    definitiveAgreements: b.definitieveAfspraken ?? null,
    freeText: b.toelichting,
  };
}

export function fromAnswers(a: Answers): AnswersBody {
  return {
    fase: a.stage,
    eisen: Object.fromEntries(Object.entries(a.requirements).map(([id, r]) => [id, { antwoord: r!.answer, toelichting: r!.explanation }])),
    budgetMee2015Cent: a.budgetMee2015Cents,
    andereAanbieders: a.otherProviders ?? null,
    definitieveAfspraken: a.definitiveAgreements ?? null,
    toelichting: a.freeText,
  };
}

export const FindingSchema = z.object({ regel: z.string(), niveau: z.enum(['fout', 'waarschuwing']), veld: z.string(), melding: z.string() }).meta({ id: 'Bevinding' });
export const findingResponse = (f: Finding) => ({ regel: f.rule, niveau: f.level, veld: f.field, melding: f.message });

export const VersionSchema = z
  .object({
    versie: z.number().int(),
    status: z.enum(STATUSES),
    antwoorden: AnswersSchema,
    waarschuwingen: z.array(FindingSchema),
    beantwoordDoor: z.string(),
    opgeslagenOp: z.string(),
    ingediendOp: z.string().nullable(),
  })
  .meta({ id: 'AntwoordVersie' });

export const versionResponse = (v: ResponseVersion) => ({
  versie: v.version,
  status: v.status,
  antwoorden: fromAnswers(v.answers),
  waarschuwingen: v.warnings.map(findingResponse),
  beantwoordDoor: v.answeredBy,
  opgeslagenOp: v.savedAt,
  ingediendOp: v.submittedAt,
});
