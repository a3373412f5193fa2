import { useCallback, useMemo } from 'react';
import { useResource } from '../../api/useResource.ts';
import type { OrganisationOption } from './identityTypes.ts';

export interface Organisations {
  /** The choices per kind of organisation; `aanbieder` and `landelijk` have no list. */
  lists: Partial<Record<'gemeente' | 'jeugdregio' | 'mee-organisatie', OrganisationOption[]>>;
  loading: boolean;
  error: Error | undefined;
  /** The name of an organisation, when it is in one of the lists. */
  name(kind: string, code: string): string | undefined;
}

const byName = (list: OrganisationOption[] | undefined) =>
  list ? [...list].sort((a, b) => a.naam.localeCompare(b.naam, 'nl')).map(({ code, naam }) => ({ code, naam })) : undefined;

/** Municipalities (division 2014), youth regions and MEE organisations, for the role editor. */
export function useOrganisations(): Organisations {
  const municipalities = useResource<OrganisationOption[]>('/gemeenten?indeling=2014&paginaGrootte=500');
  const regions = useResource<OrganisationOption[]>('/jeugdregios');
  const mee = useResource<OrganisationOption[]>('/mee-organisaties');
  const lists = useMemo(
    () => ({ gemeente: byName(municipalities.data), jeugdregio: byName(regions.data), 'mee-organisatie': byName(mee.data) }),
    [municipalities.data, regions.data, mee.data],
  );
  const name = useCallback(
    (kind: string, code: string) => (kind in lists ? lists[kind as keyof typeof lists]?.find((o) => o.code === code)?.naam : undefined),
    [lists],
  );
  return {
    lists,
    loading: municipalities.loading || regions.loading || mee.loading,
    error: municipalities.error ?? regions.error ?? mee.error,
    name,
  };
}
