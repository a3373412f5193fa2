import { ORGANISATION_KINDS, type OrganisationKind } from '../../../domain/access/index.ts';
import type { ApiGrant } from '../../api/session.ts';
import type { useI18n } from '../../i18n/context.tsx';
import { messages, type MessageKey } from '../../i18n/messages.ts';

type T = ReturnType<typeof useI18n>['t'];

/** The catalogue text for `prefix.value`; a role or right the catalogue does not know yet stays as the API wrote it. */
function known(t: T, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return key in messages.nl ? t(key as MessageKey) : value;
}

export const isOrganisationKind = (value: string): value is OrganisationKind => (ORGANISATION_KINDS as readonly string[]).includes(value);

/** "Beheerder" for `beheer`; an unknown role stays as the API wrote it. */
export function roleLabel(t: T, role: string): string {
  return known(t, 'identity.role', role);
}

export function kindLabel(t: T, kind: string): string {
  return known(t, 'identity.kind', kind);
}

export function scopeLabel(t: T, scope: string): string {
  return known(t, 'identity.scope', scope);
}

/** "Beleidsmedewerker gemeente – Gemeente: Utrecht"; `name` looks up the organisation's name. */
export function grantLabel(t: T, grant: ApiGrant, name?: (kind: string, code: string) => string | undefined): string {
  const kind = grant.organisatie.soort;
  const where = kind === 'landelijk' ? t('identity.kind.landelijk') : `${kindLabel(t, kind)}: ${name?.(kind, grant.organisatie.code) ?? grant.organisatie.code}`;
  return `${roleLabel(t, grant.rol)} – ${where}`;
}

/** The roles of a user without organisations, e.g. "Beheerder, Privacyfunctionaris". */
export function roleNames(t: T, grants: ApiGrant[]): string {
  return [...new Set(grants.map((g) => roleLabel(t, g.rol)))].join(', ');
}
