import crypto from 'node:crypto';
import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { IsoDate } from '../../domain/cases/index.ts';
import { LIKERT_ITEMS, LIKERT_KEYS, summariseExperience, type ExperienceResponse, type ExperienceResult, type LikertKey } from '../../domain/accountability/index.ts';
import { AccountabilityInputError } from './errors.ts';

/**
 * Client experience (cliëntervaring): invitations, e.g. the cases of a sample-based evaluation of the
 * casework module (Bijlage 3 row 5), and anonymous answers to the questionnaire. Results per
 * provider and period; a tabular export for the statutory Wmo client-experience survey.
 */
export interface ExperienceScope {
  /** null: every municipality (a provider looking at all the municipalities it serves). */
  municipalityCodes: string[] | null;
  providerCode?: string;
  from: IsoDate;
  to: IsoDate;
}

export async function recordInvitation(
  db: Database,
  input: { municipalityCode: string; providerCode: string; sentOn: IsoDate; invited?: number; sampleId?: string },
): Promise<{ id: string; invited: number }> {
  let invited = input.invited;
  if (input.sampleId) {
    const [sample] = await db.rows<{ n: number; code: string }>(sql`select (select count(*)::int from case_evaluation_sample_cases c where c.sample_id = s.id) as n, s.municipality_code as code
      from case_evaluation_samples s where s.id::text = ${input.sampleId}`);
    if (!sample || sample.code !== input.municipalityCode) throw new AccountabilityInputError([{ field: 'steekproefId', message: 'Deze steekproef bestaat niet voor deze gemeente.' }]);
    invited = Number(sample.n);
  }
  if (invited === undefined) throw new AccountabilityInputError([{ field: 'aantal', message: 'Geef het aantal uitgenodigde cliënten of een steekproef op.' }]);
  const id = crypto.randomUUID();
  await db.rows(sql`insert into experience_invitations (id, municipality_code, provider_code, sent_on, invited, sample_id)
    values (${id}::uuid, ${input.municipalityCode}, ${input.providerCode}, ${input.sentOn}::date, ${invited}, ${input.sampleId ?? null}::uuid) returning id`);
  return { id, invited };
}

export async function recordResponse(
  db: Database,
  input: { municipalityCode: string; providerCode: string; respondedOn: IsoDate; answers: Partial<Record<LikertKey, number>>; freeText: string; channel: string },
): Promise<{ id: string }> {
  const problems = Object.entries(input.answers)
    .filter(([k, v]) => !LIKERT_KEYS.includes(k as LikertKey) || !Number.isInteger(v) || v! < 1 || v! > 5)
    .map(([k]) => ({ field: `antwoorden.${k}`, message: LIKERT_KEYS.includes(k as LikertKey) ? 'Een score is 1 (helemaal oneens) tot 5 (helemaal eens).' : `"${k}" is geen vraag van de vragenlijst.` }));
  if (problems.length) throw new AccountabilityInputError(problems);
  const id = crypto.randomUUID();
  await db.rows(sql`insert into experience_responses (id, municipality_code, provider_code, responded_on, answers, free_text, channel)
    values (${id}::uuid, ${input.municipalityCode}, ${input.providerCode}, ${input.respondedOn}::date, ${JSON.stringify(input.answers)}::jsonb, ${input.freeText}, ${input.channel}) returning id`);
  return { id };
}

const inScope = (codes: string[] | null) =>
  codes === null ? sql`true` : codes.length ? sql`municipality_code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})` : sql`false`;

/** Results per provider in the period (answers and invitations dated in it). */
export async function experienceResults(db: Database, scope: ExperienceScope): Promise<(ExperienceResult & { providerCode: string })[]> {
  const provider = scope.providerCode ?? null;
  const responses = await db.rows<{ provider: string; answers: unknown; freeText: string }>(sql`
    select provider_code as provider, answers, free_text as "freeText" from experience_responses
     where ${inScope(scope.municipalityCodes)} and (${provider}::text is null or provider_code = ${provider}::text)
       and responded_on between ${scope.from}::date and ${scope.to}::date order by responded_on, id`);
  const invitations = await db.rows<{ provider: string; invited: number }>(sql`
    select provider_code as provider, sum(invited)::int as invited from experience_invitations
     where ${inScope(scope.municipalityCodes)} and (${provider}::text is null or provider_code = ${provider}::text)
       and sent_on between ${scope.from}::date and ${scope.to}::date group by provider_code`);
  const providers = [...new Set([...responses.map((r) => r.provider), ...invitations.map((i) => i.provider)])].sort();
  return providers.map((p) => ({
    providerCode: p,
    ...summariseExperience(
      responses.filter((r) => r.provider === p).map((r): ExperienceResponse => ({ answers: (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as ExperienceResponse['answers'], freeText: r.freeText })),
      Number(invitations.find((i) => i.provider === p)?.invited ?? 0),
    ),
  }));
}

/**
 * The answers as one row each, for the statutory Wmo client-experience survey (cliëntervarings-
 * onderzoek): municipality, provider, date, channel, the items 1–5 and the free text. No case ids.
 */
export async function experienceExport(db: Database, scope: ExperienceScope): Promise<{ header: string[]; rows: (string | number | null)[][] }> {
  const provider = scope.providerCode ?? null;
  const rows = await db.rows<{ municipality: string; provider: string; on: string; channel: string; answers: unknown; freeText: string }>(sql`
    select municipality_code as municipality, provider_code as provider, to_char(responded_on, 'YYYY-MM-DD') as on, channel, answers, free_text as "freeText"
      from experience_responses
     where ${inScope(scope.municipalityCodes)} and (${provider}::text is null or provider_code = ${provider}::text)
       and responded_on between ${scope.from}::date and ${scope.to}::date order by responded_on, id`);
  return {
    header: ['gemeente', 'aanbieder', 'datum', 'kanaal', ...LIKERT_ITEMS.map((i) => i.key), 'toelichting'],
    rows: rows.map((r) => {
      const answers = (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as Record<string, number>;
      return [r.municipality, r.provider, r.on, r.channel, ...LIKERT_KEYS.map((k) => answers[k] ?? null), r.freeText];
    }),
  };
}
