import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Grant } from '../../domain/access/index.ts';
import { createUser } from './users.ts';

/** The demo password of every demo account (README); demo data loads only with --demo / NAAST_DEMO=1. */
export const DEMO_PASSWORD = 'naast-demo-2014';

export const DEMO_USERS: { username: string; displayName: string; grants: Grant[] }[] = [
  { username: 'demo-landelijk', displayName: 'Demo Landelijke monitor', grants: [{ role: 'landelijk', organisation: { kind: 'landelijk', code: 'nl' } }] },
  { username: 'demo-regio', displayName: 'Demo Regio Zuid-Limburg', grants: [{ role: 'regio', organisation: { kind: 'jeugdregio', code: 'zuid-limburg' } }] },
  { username: 'demo-beleid', displayName: 'Demo Beleid Utrecht', grants: [{ role: 'gemeente-beleid', organisation: { kind: 'gemeente', code: 'utrecht' } }] },
  { username: 'demo-ondersteuner', displayName: 'Demo Cliëntondersteuner Utrecht', grants: [{ role: 'clientondersteuner', organisation: { kind: 'gemeente', code: 'utrecht' } }] },
  { username: 'demo-beslisser', displayName: 'Demo Beslisser Utrecht', grants: [{ role: 'beslisser', organisation: { kind: 'gemeente', code: 'utrecht' } }] },
  { username: 'demo-aanbieder', displayName: 'Demo MEE Utrecht Gooi & Vecht', grants: [{ role: 'aanbieder', organisation: { kind: 'mee-organisatie', code: 'mee-utrecht-gooi-vecht' } }] },
  { username: 'demo-privacy', displayName: 'Demo Privacyfunctionaris', grants: [{ role: 'privacy', organisation: { kind: 'landelijk', code: 'nl' } }] },
  { username: 'demo-beheer', displayName: 'Demo Beheerder', grants: [{ role: 'beheer', organisation: { kind: 'landelijk', code: 'nl' } }] },
  // A resident of Utrecht for the resident portal (in production residents sign in with DigiD, never a password).
  { username: 'demo-inwoner', displayName: 'Demo Inwoner Utrecht', grants: [{ role: 'inwoner', organisation: { kind: 'gemeente', code: 'utrecht' } }] },
];

/** Creates the demo accounts that do not exist yet; returns the usernames created. */
export async function loadDemoUsers(db: Database): Promise<string[]> {
  const existing = new Set((await db.rows<{ username: string }>(sql`select username from users`)).map((r) => r.username));
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    if (existing.has(user.username)) continue;
    await createUser(db, { ...user, password: DEMO_PASSWORD });
    created.push(user.username);
  }
  return created;
}
