import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Case, NameOf, PersonId } from '../../domain/cases/index.ts';
import type { ClientDetails } from './client.ts';

/** The database or an open transaction: PGlite has one connection, so a lookup during a save must use the transaction. */
export type Rows = Pick<Database, 'rows'>;

export const isUuid = (id: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** Every person id the aggregate mentions (supporters, decision-makers, doubted and new supporters). */
export function personIdsOf(c: Case): PersonId[] {
  return [
    ...new Set([
      ...(c.supporter ? [c.supporter.personId] : []),
      ...c.formerSupporters.map((s) => s.personId),
      ...c.decisionMakers.map((d) => d.personId),
      ...c.replacementRequests.flatMap((r) => [r.doubtedSupporterId, ...(r.newSupporterId ? [r.newSupporterId] : [])]),
    ]),
  ];
}

/** Display names of users by id (unknown ids are left out). */
export async function userNames(db: Rows, ids: readonly string[]): Promise<Map<string, string>> {
  const uuids = [...new Set(ids.filter(isUuid))];
  if (uuids.length === 0) return new Map();
  const list = sql.join(uuids.map((id) => sql`${id}::uuid`), sql`, `);
  const rows = await db.rows<{ id: string; name: string }>(sql`select id::text as id, display_name as name from users where id in (${list})`);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/**
 * How people are named in the domain's messages and in responses: users by their display name,
 * informal supporters by the name the client gave. The domain itself stays free of names.
 */
export async function namesFor(db: Rows, record: { case: Case; client: ClientDetails }, options: { meeTransition?: boolean } = {}): Promise<NameOf> {
  const users = await userNames(db, personIdsOf(record.case));
  const informal = new Map(record.client.informalSupporters.map((s) => [s.id, s.name]));
  // A MEE supporter kept from the transition (mee-import.ts) is no user of Naast either. A case just
  // taken in (`meeTransition: false`) has no transition: no need to look.
  const mee = new Map(
    options.meeTransition === false
      ? []
      : (await db.rows<{ id: string; name: string }>(sql`select mee_supporter_id as id, mee_supporter_name as name from case_mee_transitions where case_id = ${record.case.id}::uuid`)).map((r) => [r.id, r.name]),
  );
  return (id) => users.get(id) ?? informal.get(id) ?? mee.get(id) ?? 'Onbekende medewerker';
}

/**
 * A user who holds `role` for this municipality and is not disabled, or null. One answer for "does
 * not exist" and "works elsewhere", so the check tells nothing about other municipalities' staff.
 */
export async function staffMember(
  db: Rows,
  userId: string,
  role: 'clientondersteuner' | 'beslisser',
  municipalityCode: string,
): Promise<{ id: string; name: string } | null> {
  if (!isUuid(userId)) return null;
  const [row] = await db.rows<{ id: string; name: string }>(sql`
    select u.id::text as id, u.display_name as name from users u
     where u.id = ${userId}::uuid and not u.disabled
       and exists (select 1 from role_assignments g where g.user_id = u.id and g.role = ${role}
                     and g.organisation_kind = 'gemeente' and g.organisation_code = ${municipalityCode})`);
  return row ?? null;
}
