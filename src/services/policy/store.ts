import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import { emptyFramework, validateFramework, type Framework, type FrameworkProblem } from '../../domain/policy/index.ts';
import { municipalityOrganisations } from './socialmap.ts';
import { ConflictError, InvalidInputError } from '../../domain/errors.ts';

export class FrameworkConflictError extends ConflictError {
  constructor(readonly currentVersion: number) {
    super('Iemand anders heeft het afwegingskader intussen gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.', { reason: 'stale', details: { huidigeVersie: currentVersion } });
  }
}

export class FrameworkInvalidError extends InvalidInputError {
  declare readonly problems: readonly FrameworkProblem[];
  constructor(problems: FrameworkProblem[]) {
    super(problems.map((p) => ({ ...p, code: 'afwegingskader' })), { message: `Het afwegingskader klopt nog niet: ${problems.map((p) => p.message).join(' ')}` });
  }
}

export interface StoredFramework {
  framework: Framework;
  /** 0 when nothing has been saved yet. */
  version: number;
  updatedAt: string | null;
}

export async function getFramework(db: Database, code: string): Promise<StoredFramework> {
  const [row] = await db.rows<{
    variants: Framework['variants'];
    approaches: Framework['approaches'];
    scale: Framework['scale'];
    regionalFunding: Framework['regionalFunding'];
    leadOrganisationId: string | null;
    notes: string;
    version: number;
    updatedAt: string | Date;
  }>(sql`
    select variants, approaches, scale, regional_funding as "regionalFunding", lead_organisation_id as "leadOrganisationId",
           notes, version, updated_at as "updatedAt"
      from policy_frameworks where municipality_code = ${code}`);
  if (!row) return { framework: emptyFramework(code), version: 0, updatedAt: null };
  const arrangements = await db.rows<Framework['arrangements'][number]>(sql`
    select organisation_id as "organisationId", delivery_mode as "deliveryMode", funding_form as "fundingForm",
           amount_cents as "amountCents", note
      from policy_arrangements where municipality_code = ${code} order by position, organisation_id`);
  const safeguards = await db.rows<Framework['safeguards'][number]>(sql`
    select safeguard, note from policy_safeguards where municipality_code = ${code} order by safeguard`);
  const channels = await db.rows<Framework['channels'][number]>(sql`
    select channel, details from policy_channels where municipality_code = ${code} order by channel`);
  return {
    framework: {
      municipalityCode: code,
      variants: row.variants,
      approaches: row.approaches,
      scale: row.scale,
      regionalFunding: row.regionalFunding,
      leadOrganisationId: row.leadOrganisationId,
      notes: row.notes,
      arrangements: arrangements.map((a) => ({ ...a, amountCents: a.amountCents === null ? null : Number(a.amountCents) })),
      safeguards,
      channels,
    },
    version: row.version,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

const textArray = (values: readonly string[]) => sql`${`{${values.join(',')}}`}::text[]`;

/**
 * Replaces the whole framework in one transaction. `expectedVersion` comes from If-Match (0 = create
 * only, from If-None-Match: *); a mismatch throws FrameworkConflictError (412), inconsistencies
 * FrameworkInvalidError with every problem at once (400).
 */
export async function saveFramework(db: Database, framework: Framework, expectedVersion: number, userId: string | null): Promise<number> {
  const code = framework.municipalityCode;
  const known = new Set((await municipalityOrganisations(db, code)).map((o) => o.id));
  const problems = validateFramework(framework, known);
  if (problems.length) throw new FrameworkInvalidError(problems);
  return db.transaction(async (tx) => {
    const rows = async <T>(query: ReturnType<typeof sql>) => (await tx.execute(query)) as unknown as { rows: T[] };
    const values = sql`${textArray(framework.variants)}, ${textArray(framework.approaches)}, ${framework.scale}, ${framework.regionalFunding},
      ${framework.leadOrganisationId}, ${framework.notes}, ${userId}`;
    let version: number | undefined;
    if (expectedVersion === 0) {
      const result = await rows<{ version: number }>(sql`
        insert into policy_frameworks (municipality_code, variants, approaches, scale, regional_funding, lead_organisation_id, notes, updated_by)
        values (${code}, ${values}) on conflict do nothing returning version`);
      version = result.rows[0]?.version;
    } else {
      const result = await rows<{ version: number }>(sql`
        update policy_frameworks set (variants, approaches, scale, regional_funding, lead_organisation_id, notes, updated_by) = (${values}),
               version = version + 1, updated_at = now()
         where municipality_code = ${code} and version = ${expectedVersion}
        returning version`);
      version = result.rows[0]?.version;
    }
    if (version === undefined) {
      const current = await rows<{ version: number }>(sql`select version from policy_frameworks where municipality_code = ${code}`);
      throw new FrameworkConflictError(current.rows[0]?.version ?? 0);
    }
    for (const table of ['policy_arrangements', 'policy_safeguards', 'policy_channels']) {
      await tx.execute(sql`delete from ${sql.identifier(table)} where municipality_code = ${code}`);
    }
    for (const [i, a] of framework.arrangements.entries()) {
      await tx.execute(sql`
        insert into policy_arrangements (municipality_code, organisation_id, delivery_mode, funding_form, amount_cents, note, position)
        values (${code}, ${a.organisationId}, ${a.deliveryMode}, ${a.fundingForm}, ${a.amountCents}, ${a.note}, ${i})`);
    }
    for (const s of framework.safeguards) {
      await tx.execute(sql`insert into policy_safeguards (municipality_code, safeguard, note) values (${code}, ${s.safeguard}, ${s.note})`);
    }
    for (const c of framework.channels) {
      await tx.execute(sql`insert into policy_channels (municipality_code, channel, details) values (${code}, ${c.channel}, ${c.details})`);
    }
    return version;
  });
}
