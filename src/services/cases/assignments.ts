import crypto from 'node:crypto';
import type { Database } from '../../db/client.ts';
import {
  assignDecisionMaker,
  assignSupporter,
  recordReplacementRequest,
  type DecisionMakerAssignment,
  type InformalRelation,
  type IsoDate,
  type NameOf,
  type SupporterAssignment,
} from '../../domain/cases/index.ts';
import type { InformalSupporter } from './client.ts';
import { CaseInputError, unwrap } from './errors.ts';
import { namesFor, staffMember } from './people.ts';
import { updateCase, type CaseRecord } from './store.ts';

/**
 * Who stands beside the client and who decides on his applications. The domain refuses one person in
 * both roles (independence.ts); `updateCase` writes `case_people`, whose primary key refuses it again.
 */

export type SupporterChoice =
  | { kind: 'professioneel'; userId: string }
  | { kind: 'informeel'; name: string; relation: InformalRelation; phone: string | null };

const withName = (nameOf: NameOf, id: string, name: string): NameOf => (pid) => (pid === id ? name : nameOf(pid));

/**
 * A professional must be a cliëntondersteuner of the case's municipality; an informal supporter is
 * whoever the client chose (§2.3 Keuzevrijheid) and gets an id of his own. Either one honours an
 * open request for another supporter and unblocks the case.
 */
export async function assignCaseSupporter(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  choice: SupporterChoice,
  on: IsoDate,
): Promise<CaseRecord> {
  return updateCase(db, caseId, expectedVersion, async (current, tx) => {
    let client = current.client;
    let assignment: SupporterAssignment;
    let name: string;
    if (choice.kind === 'professioneel') {
      const staff = await staffMember(tx, choice.userId, 'clientondersteuner', current.municipalityCode);
      if (!staff) throw new CaseInputError('body.medewerkerId', 'not-a-supporter', 'Deze medewerker is geen cliëntondersteuner van deze gemeente.');
      assignment = { kind: 'professioneel', personId: staff.id, assignedOn: on };
      name = staff.name;
    } else {
      const informal: InformalSupporter = { id: crypto.randomUUID(), name: choice.name, relation: choice.relation, phone: choice.phone };
      client = { ...client, informalSupporters: [...client.informalSupporters, informal] };
      assignment = { kind: 'informeel', personId: informal.id, relation: choice.relation, assignedOn: on };
      name = informal.name;
    }
    const nameOf = withName(await namesFor(tx, current), assignment.personId, name);
    return { record: { ...current, client, case: unwrap(assignSupporter(current.case, assignment, nameOf)) } };
  });
}

/** A beslisser of the case's municipality who decides on `provision` for this client. */
export async function assignCaseDecisionMaker(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  input: { userId: string; provision: string; on: IsoDate },
): Promise<{ record: CaseRecord; assignment: DecisionMakerAssignment; name: string }> {
  let name = '';
  const assignment: DecisionMakerAssignment = { personId: input.userId, provision: input.provision, assignedOn: input.on };
  const record = await updateCase(db, caseId, expectedVersion, async (current, tx) => {
    const staff = await staffMember(tx, input.userId, 'beslisser', current.municipalityCode);
    if (!staff) throw new CaseInputError('body.beslisserId', 'not-a-decision-maker', 'Deze medewerker is geen beslisser van deze gemeente.');
    name = staff.name;
    const nameOf = withName(await namesFor(tx, current), staff.id, staff.name);
    return { record: { ...current, case: unwrap(assignDecisionMaker(current.case, assignment, nameOf)) } };
  });
  return { record, assignment, name };
}

/**
 * The client doubts the supporter's objectivity (Bijlage 2): recorded, and the case is blocked until
 * someone else is assigned. The doubted person can never be assigned to this client again.
 */
export async function requestOtherSupporter(
  db: Database,
  caseId: string,
  expectedVersion: number | undefined,
  input: { on: IsoDate; reason: string | null },
): Promise<CaseRecord> {
  return updateCase(db, caseId, expectedVersion, (current) => ({
    record: { ...current, case: unwrap(recordReplacementRequest(current.case, { requestedOn: input.on, ...(input.reason ? { reason: input.reason } : {}) })) },
  }));
}
