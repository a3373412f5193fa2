import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { QuestionnaireDefinition } from '../../domain/monitor/questionnaire.ts';
import { NotFoundError } from '../../domain/errors.ts';

export interface Round {
  id: string;
  name: string;
  referenceDate: string;
  opensOn: string;
  deadline: string;
  divisionYear: number;
  contractsDue: boolean;
  questionnaire: QuestionnaireDefinition;
}

const roundSelect = sql`
  select r.id, r.name, r.reference_date::text as "referenceDate", r.opens_on::text as "opensOn", r.deadline::text as deadline,
         r.division_year as "divisionYear", r.contracts_due as "contractsDue", q.definition as questionnaire
    from monitor_rounds r join questionnaires q on q.id = r.questionnaire_id and q.version = r.questionnaire_version`;

const parse = (r: Round): Round => ({ ...r, questionnaire: typeof r.questionnaire === 'string' ? JSON.parse(r.questionnaire) : r.questionnaire });

export async function listRounds(db: Database): Promise<Round[]> {
  return (await db.rows<Round>(sql`${roundSelect} order by r.reference_date`)).map(parse);
}

export async function getRound(db: Database, id: string): Promise<Round | null> {
  const [row] = await db.rows<Round>(sql`${roundSelect} where r.id = ${id}`);
  return row ? parse(row) : null;
}

export class RoundNotFoundError extends NotFoundError {
  constructor(id: string, known: string[]) {
    super(`Ronde "${id}" bestaat niet. Bekende rondes: ${known.join(', ')}.`);
  }
}

export async function requireRound(db: Database, id: string): Promise<Round> {
  const round = await getRound(db, id);
  if (!round) throw new RoundNotFoundError(id, (await listRounds(db)).map((r) => r.id));
  return round;
}
