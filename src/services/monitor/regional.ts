import type { Database } from '../../db/client.ts';
import type { Answers } from '../../domain/monitor/questionnaire.ts';
import { errorsOf, validateAnswers, warningsOf, type Finding } from '../../domain/monitor/validate.ts';
import { allocationByMunicipality } from './allocation.ts';
import { insertSubmittedResponses, ResponseRejectedError } from './responses.ts';
import { roundMunicipalities } from './summary.ts';
import type { Round } from './rounds.ts';

export interface RegionalAnswer {
  round: Round;
  youthRegionCode: string;
  answers: Answers;
  /** Members whose answers differ from the region's (a complete answer set each). */
  overrides: { municipalityCode: string; answers: Answers }[];
  userId: string | null;
}

/**
 * A youth region answers once for all its member municipalities, with per-member overrides. Every
 * member's answers are validated; one error anywhere and nothing is stored.
 */
export async function submitForYouthRegion(db: Database, input: RegionalAnswer): Promise<string[]> {
  const members = (await roundMunicipalities(db, input.round)).filter((m) => m.youthRegion.code === input.youthRegionCode);
  if (members.length === 0) throw new ResponseRejectedError([], `Jeugdregio "${input.youthRegionCode}" heeft geen gemeenten in deze ronde.`);
  const memberCodes = new Set(members.map((m) => m.code));
  const strangers = input.overrides.filter((o) => !memberCodes.has(o.municipalityCode)).map((o) => o.municipalityCode);
  if (strangers.length) throw new ResponseRejectedError([], `Deze gemeenten horen niet bij de jeugdregio: ${strangers.join(', ')}.`);
  const allocation = await allocationByMunicipality(db, input.round.divisionYear);
  const overrides = new Map(input.overrides.map((o) => [o.municipalityCode, o.answers]));
  const errors: Finding[] = [];
  const rows = members.map((m) => {
    const answers = overrides.get(m.code) ?? input.answers;
    const findings = validateAnswers(answers, input.round.questionnaire, { allocationCents: allocation.get(m.code) ?? null, mode: 'submit' });
    errors.push(...errorsOf(findings).map((f) => ({ ...f, field: `${m.code}.${f.field}`, message: `${m.name}: ${f.message}` })));
    return { municipalityCode: m.code, answers, warnings: warningsOf(findings) };
  });
  if (errors.length) throw new ResponseRejectedError(errors);
  await insertSubmittedResponses(db, input.round.id, rows, `jeugdregio:${input.youthRegionCode}`, input.userId);
  return members.map((m) => m.code);
}
