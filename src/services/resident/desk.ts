/**
 * The municipality's general desk (Wmo-loket, §3.3 "één loket"), for a search that found nothing: a
 * resident always gets a place to go. Read through the public search, so the same place rules apply.
 */
import type { Database } from '../../db/client.ts';
import { searchServices, type PublicService } from '../socialmap/search.ts';

/** Provider kinds that take any question (Tabel 1): the Wmo-loket first, then the social district team. */
const GENERAL_KINDS = ['wmo-loket', 'sociaal-wijkteam'] as const;

function desksOf(services: PublicService[]): PublicService[] {
  for (const kind of GENERAL_KINDS) {
    const found = services.filter((s) => s.provider.kind === kind);
    if (found.length > 0) return found.slice(0, 3);
  }
  return [];
}

/** The general desks for the place the resident gave; when the place is unknown, every municipality's. */
export async function generalDesks(db: Database, place: string): Promise<PublicService[]> {
  const here = place.trim() ? desksOf(await searchServices(db, { place })) : [];
  return here.length > 0 ? here : desksOf(await searchServices(db, {}));
}
