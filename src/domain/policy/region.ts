/**
 * The regional view (§3.5): for a youth region, the members' frameworks side by side and the providers
 * they share — the starting point for joint purchasing or a regional expertise centre.
 */
import type { Framework } from './framework.ts';

export interface MemberInput {
  code: string;
  name: string;
  /** Null when the municipality has not filled in a framework yet. */
  framework: Framework | null;
  gaps: number;
  /** Organisations with an active service available in this municipality. */
  organisationIds: readonly string[];
}

export interface SharedProvider {
  organisationId: string;
  name: string;
  /** Members where the provider offers a service. */
  servedMembers: string[];
  /** Members with an arrangement (subsidy, contract, in-house) with this provider. */
  arrangedMembers: string[];
}

/**
 * Providers present in two or more member municipalities (by service area or by arrangement), most
 * shared first.
 */
export function sharedProviders(members: readonly MemberInput[], names: ReadonlyMap<string, string>): SharedProvider[] {
  const byOrg = new Map<string, { served: Set<string>; arranged: Set<string> }>();
  const entry = (id: string) => {
    let e = byOrg.get(id);
    if (!e) byOrg.set(id, (e = { served: new Set(), arranged: new Set() }));
    return e;
  };
  for (const m of members) {
    for (const id of m.organisationIds) entry(id).served.add(m.code);
    for (const a of m.framework?.arrangements ?? []) entry(a.organisationId).arranged.add(m.code);
  }
  const order = new Map(members.map((m, i) => [m.code, i]));
  const sorted = (s: Set<string>) => [...s].sort((a, b) => order.get(a)! - order.get(b)!);
  return [...byOrg]
    .map(([organisationId, e]) => ({
      organisationId,
      name: names.get(organisationId) ?? organisationId,
      servedMembers: sorted(e.served),
      arrangedMembers: sorted(e.arranged),
      reach: new Set([...e.served, ...e.arranged]).size,
    }))
    .filter((p) => p.reach >= 2)
    .sort((a, b) => b.reach - a.reach || a.name.localeCompare(b.name, 'nl'))
    .map(({ reach: _reach, ...p }) => p);
}

/** Do the members that share a regional budget work from the same framework (§3.5 asks for that)? */
export function regionalBudgetWarnings(members: readonly MemberInput[]): string[] {
  const pooled = members.filter((m) => m.framework?.regionalFunding === 'regionaal-budget');
  if (pooled.length < 2) return [];
  const variants = new Set(pooled.map((m) => [...m.framework!.variants].sort().join('+')));
  return variants.size > 1
    ? [`${pooled.length} gemeenten delen een regionaal budget maar kozen verschillende varianten. Bij een gedeeld budget werkt u het best vanuit hetzelfde beleidskader (§3.5).`]
    : [];
}
