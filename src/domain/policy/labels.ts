/** Dutch labels for the codes the policy pages, the checklist and the plan show. */
import { PROVIDER_KINDS, TARGET_SUBGROUPS } from '../socialmap/taxonomy.ts';

export function targetGroupLabel(code: string): string {
  return TARGET_SUBGROUPS.find((g) => g.code === code)?.label ?? code;
}

/** "opvoeding_en_ontwikkeling" → "Opvoeding en ontwikkeling" (the six domains of §2.3). */
export function lifeDomainLabel(code: string): string {
  const text = code.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function ageLabel(code: string): string {
  return code === '65+' ? '65 jaar en ouder' : `${code.replace('-', ' tot ')} jaar`;
}

export function providerKindLabel(code: string): string {
  return PROVIDER_KINDS.find((k) => k.code === code)?.label ?? code;
}

/** A Dutch list: "a, b en c". */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
