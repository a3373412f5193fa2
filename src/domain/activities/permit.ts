/**
 * Who may import which activity rows, decided per row without I/O (a million rows). Pure, and built
 * from plain data (`ImportAccess`), so that the import worker thread can build the same check from
 * what the request handler sends it (src/services/activities/import-worker.ts).
 */
import { ROLE_DEFINITIONS, type Grant } from '../access/index.ts';
import type { Activity, ActivityColumn } from './index.ts';

const PROVIDER_KINDS = new Set(['aanbieder', 'mee-organisatie']);

/** The caller's grants and the municipalities each MEE organisation serves (Bijlage 5): structured-clone safe. */
export interface ImportAccess {
  grants: Grant[];
  meeAreas: ReadonlyMap<string, ReadonlySet<string>>;
}

export type Permit = (activity: Activity) => { column: ActivityColumn; message: string } | null;

/** Provider organisations (aanbieder, MEE) the grants hold `permission` for: their own rows only. */
export function providerCodesOf(grants: Grant[], permission: 'activiteiten:lezen' | 'activiteiten:importeren'): string[] {
  return [...new Set(grants.filter((g) => PROVIDER_KINDS.has(g.organisation.kind) && ROLE_DEFINITIONS[g.role].permissions.includes(permission)).map((g) => g.organisation.code))];
}

/**
 * Which rows the caller may import: a national grant any, a municipality grant its own municipality,
 * a provider grant its own provider code — and an MEE organisation only for the municipalities it
 * serves (Bijlage 5, `meeAreas`), so that it cannot add minutes to another municipality's figures
 * (security review). The roles with this permission bind to no youth region, so that case does not arise.
 */
export function permitFor(grants: Grant[], meeAreas: ReadonlyMap<string, ReadonlySet<string>> = new Map()): Permit {
  const held = grants.filter((g) => ROLE_DEFINITIONS[g.role].permissions.includes('activiteiten:importeren'));
  const national = held.some((g) => g.organisation.kind === 'landelijk');
  const municipalities = new Set(held.filter((g) => g.organisation.kind === 'gemeente').map((g) => g.organisation.code));
  const providers = providerCodesOf(held, 'activiteiten:importeren');
  return (a) => {
    if (national || municipalities.has(a.municipalityCode)) return null;
    const area = meeAreas.get(a.providerCode);
    if (providers.includes(a.providerCode)) {
      return !area || area.has(a.municipalityCode) ? null : { column: 'gemeenteCode', message: `${a.providerCode} werkt niet voor gemeente "${a.municipalityCode}" (Bijlage 5).` };
    }
    if (providers.length > 0 && municipalities.size === 0) {
      return { column: 'aanbiederCode', message: `U mag alleen activiteiten van uw eigen organisatie inlezen (${providers.join(', ')}).` };
    }
    return { column: 'gemeenteCode', message: 'U mag geen activiteiten voor deze gemeente inlezen.' };
  };
}
