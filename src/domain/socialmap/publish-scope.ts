/**
 * Where a municipality may publish: a social map names municipalities in three places — the working
 * area of a service, the municipality of a location and a provider's relations — and each of them
 * decides where an entry shows up for residents. A municipality's editors may add only the
 * municipalities they keep the social map for; otherwise one municipality's policy officer could plant
 * a "debt help" number on another municipality's public help page, unseen by that municipality's
 * editors (security review, issue 17). What an entry already names (set by a national administrator,
 * e.g. a regional service) may stay, so an export can be edited and read back. A national
 * administrator may name every municipality.
 */
export interface PublishIssue {
  path: string;
  message: string;
}

/** May the editor name this municipality here: is it theirs, or did the entry name it already? */
export type MayName = (code: string, stored: readonly (string | null)[]) => boolean;

/** The editor's municipalities, plus what the stored entry already names. */
export const mayNameWith =
  (own: (code: string) => boolean): MayName =>
  (code, stored) =>
    own(code) || stored.includes(code);

interface Entries {
  services: readonly { id: string; municipalityCodes: readonly string[] }[];
  locations: readonly { id: string; municipalityCode: string | null }[];
  providers: readonly { id: string; relations: readonly { municipalityCode: string }[] }[];
}

export const notYourMunicipality = (code: string): string =>
  `U houdt de sociale kaart van gemeente "${code}" niet bij. Noem alleen gemeenten waarvoor u de sociale kaart bijhoudt.`;

/** Every place in `next` that names a municipality the editor may not add, with its path; `stored` is what is saved now. */
export function foreignMunicipalities(next: Entries, stored: Entries, mayName: MayName, names = { services: '$.services', locations: '$.locations', providers: '$.organizations' }): PublishIssue[] {
  const issues: PublishIssue[] = [];
  const storedAreas = new Map(stored.services.map((s) => [s.id, s.municipalityCodes]));
  const storedPlaces = new Map(stored.locations.map((l) => [l.id, [l.municipalityCode]]));
  const storedRelations = new Map(stored.providers.map((p) => [p.id, p.relations.map((r) => r.municipalityCode)]));
  next.services.forEach((s, i) => {
    s.municipalityCodes.forEach((code, j) => {
      if (!mayName(code, storedAreas.get(s.id) ?? [])) issues.push({ path: `${names.services}[${i}].service_areas[${j}]`, message: notYourMunicipality(code) });
    });
  });
  next.locations.forEach((l, i) => {
    if (l.municipalityCode && !mayName(l.municipalityCode, storedPlaces.get(l.id) ?? [])) issues.push({ path: `${names.locations}[${i}]`, message: notYourMunicipality(l.municipalityCode) });
  });
  next.providers.forEach((p, i) => {
    p.relations.forEach((r, j) => {
      if (!mayName(r.municipalityCode, storedRelations.get(p.id) ?? [])) issues.push({ path: `${names.providers}[${i}].relations[${j}]`, message: notYourMunicipality(r.municipalityCode) });
    });
  });
  return issues;
}
