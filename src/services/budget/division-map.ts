import type { Database } from '../../db/client.ts';
import { NotFoundError } from '../../domain/errors.ts';
import { figureCarrier, membersOn } from '../../domain/register/division-history.ts';
import { regionFigures, type MapMunicipality, type RegionFigure } from '../../domain/budget/division-map.ts';
import {
  listDivisionCounts,
  listDivisionEvents,
  listMunicipalityVersions,
  listSplitShares,
  naastCodesByCbsCode,
  publishedAllocationsByCbsCode,
  youthRegionsByCbsCode,
} from '../../db/register/history.ts';
import { inhabitantsByDivision } from '../../db/budget/counts.ts';

/**
 * The published MEE budget (Bijlage 5, 2013 division) with the CBS inhabitants of 1 January 2013, on
 * the map of a division (issue 20 §4). Carried like GET /register/doorrekening/budget
 * (domain/register/division-history.ts): a merged municipality gets the exact sum of its predecessors,
 * in cents and in inhabitants; a part of a split is only divided by stored split shares with a source
 * (split_shares). Without them the receiving municipalities are "niet te verdelen", with the reason.
 */
export interface BudgetMapMunicipality {
  cbsCode: string;
  /** Naast's own code (slug), as in the other budget routes; null for a code Naast has no row for. */
  code: string | null;
  name: string;
  youthRegion: { code: string; name: string } | null;
  /** Null when a part of a split could not be divided: the amount of this municipality is then unknown. */
  clientSupportCents: number | null;
  inhabitants: number | null;
  complete: boolean;
  /** How the row was carried (ongewijzigd, samengevoegd uit …, gesplitst: …). */
  how: string;
  /** Plain Dutch: which part could not be divided, why, and what a user can do. */
  notDistributable: string | null;
}

export interface BudgetMapFigures {
  budgetYear: number;
  fromDivision: number;
  division: number;
  source: string;
  /** True when every inhabitant count of the published division is stored (the map is per inhabitant). */
  inhabitantsKnown: boolean;
  municipalities: BudgetMapMunicipality[];
  regions: RegionFigure[];
  /** Split municipalities whose amount could not be divided, with the successors that got a part. */
  undistributed: { cbsCode: string; name: string; clientSupportCents: number; inhabitants: number | null; successors: { cbsCode: string; name: string }[] }[];
  totals: { clientSupportCents: number; ivhCents: number; inhabitants: number | null; municipalities: number; onMapCents: number };
}

const firstDay = (year: number) => `${year}-01-01`;

/** The plain-Dutch reason for a municipality that got a part of a split without stored shares. */
export function notDistributableReason(name: string, from: string, year: number): string {
  return (
    `${name} kreeg op 1 januari ${year} een deel van ${from}. Er is geen verdeelsleutel met bron opgeslagen ` +
    `(bijvoorbeeld het aantal inwoners per deel). Daarom weten we niet welk deel van het budget en van de inwoners van ${from} ` +
    `bij ${name} hoort, en tonen we hier geen bedrag. Wat u kunt doen: laat een beheerder de verdeling van ${from} opslaan, ` +
    'met het aantal inwoners per deel en de bron. Daarna toont de kaart het bedrag.'
  );
}

/** `division`: the division of 1 January of that year; default the one the figures were published in. */
export async function budgetMapFigures(db: Database, budgetYear: number, divisionYear?: number): Promise<BudgetMapFigures> {
  const allocations = await publishedAllocationsByCbsCode(db, budgetYear);
  if (allocations.length === 0) throw new NotFoundError(`Er is geen gepubliceerde verdeling voor ${budgetYear}. Beschikbaar: 2014.`);
  const fromDivision = allocations[0]!.divisionYear;
  const division = divisionYear ?? fromDivision;
  const counts = await listDivisionCounts(db);
  if (division < fromDivision || !counts.some((c) => c.year === division)) {
    throw new NotFoundError(`De kaart van het budget ${budgetYear} is er voor de indeling ${fromDivision} en latere jaren tot en met ${counts.at(-1)?.year ?? fromDivision}, niet voor ${division}.`);
  }
  const [versions, events, shares, regions, naastCodes, people] = await Promise.all([
    listMunicipalityVersions(db),
    listDivisionEvents(db),
    listSplitShares(db),
    youthRegionsByCbsCode(db, division),
    naastCodesByCbsCode(db),
    inhabitantsByDivision(db, fromDivision),
  ]);
  const members = membersOn(versions, firstDay(division));
  const inhabitantsOf = (a: (typeof allocations)[number]) => people.get(a.naastCode);
  const inhabitantsKnown = allocations.every((a) => (inhabitantsOf(a) ?? 0) > 0);
  const carry = figureCarrier(allocations, events, shares, members, firstDay(fromDivision), firstDay(division));
  const money = carry((a) => a.clientSupportCents);
  const ivh = carry((a) => a.ivhCents);
  // Inhabitants are carried by the same rules as the money: whole counts, summed or split by the same key.
  const inhabitants = inhabitantsKnown ? carry((a) => inhabitantsOf(a)!) : null;

  const forRegions: MapMunicipality[] = money.rows.map((r, i) => ({
    cbsCode: r.cbsCode,
    region: regions.get(r.cbsCode) ?? null,
    knownCents: r.cents,
    knownInhabitants: inhabitants ? inhabitants.rows[i]!.cents : null,
    complete: r.complete,
    missingFrom: r.parts.filter((p) => p.cents === null).map((p) => p.cbsCode),
  }));
  const municipalities = money.rows.map((r, i): BudgetMapMunicipality => {
    const missing = r.parts.filter((p) => p.cents === null).map((p) => p.name);
    return {
      cbsCode: r.cbsCode,
      code: naastCodes.get(r.cbsCode) ?? null,
      name: r.name,
      youthRegion: regions.get(r.cbsCode) ?? null,
      clientSupportCents: r.complete ? r.cents : null,
      inhabitants: inhabitants && r.complete ? inhabitants.rows[i]!.cents : null,
      complete: r.complete,
      how: r.how,
      notDistributable: missing.length ? missing.map((from) => notDistributableReason(r.name, from, division)).join(' ') : null,
    };
  });
  const peopleByOrigin = new Map(inhabitants?.undistributed.map((u) => [u.cbsCode, u.cents]) ?? []);
  const undistributed = money.undistributed.map((u) => ({
    cbsCode: u.cbsCode,
    name: u.name,
    clientSupportCents: u.cents,
    inhabitants: peopleByOrigin.get(u.cbsCode) ?? null,
    successors: u.successors,
  }));
  return {
    budgetYear,
    fromDivision,
    division,
    source: allocations[0]!.source,
    inhabitantsKnown,
    municipalities,
    regions: regionFigures(
      forRegions,
      undistributed.map((u) => ({ cbsCode: u.cbsCode, cents: u.clientSupportCents, inhabitants: u.inhabitants, successorCodes: u.successors.map((s) => s.cbsCode) })),
    ),
    undistributed,
    totals: {
      clientSupportCents: money.totalCents,
      ivhCents: ivh.totalCents,
      inhabitants: inhabitants ? inhabitants.totalCents : null,
      municipalities: municipalities.length,
      onMapCents: municipalities.reduce((t, m) => t + (m.clientSupportCents ?? 0), 0),
    },
  };
}
