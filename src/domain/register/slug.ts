/**
 * A stable, URL-safe code for a name: lower case, accents folded, anything else a hyphen.
 * `Súdwest Fryslân` → `sudwest-fryslan`, `Capelle a/d IJssel` → `capelle-a-d-ijssel`.
 * Codes, not names, appear in URLs and files, so a name can be corrected without breaking links.
 */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
