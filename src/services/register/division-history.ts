import type { Database } from '../../db/client.ts';
import { InvalidInputError, NotFoundError } from '../../domain/errors.ts';
import {
  figureCarrier,
  carryStatuses,
  membersOn,
  type CarriedPart,
  type CarriedStatus,
  type DivisionEvent,
  type MunicipalityVersion,
  type UndistributedAmount,
} from '../../domain/register/division-history.ts';
import {
  listDivisionCounts,
  listDivisionEvents,
  listMunicipalityVersions,
  listSplitShares,
  naastCodesByCbsCode,
  publishedAllocationsByCbsCode,
  youthRegionsByCbsCode,
} from '../../db/register/history.ts';
import { listMunicipalities } from '../../db/register/queries.ts';
import { currentResponses } from '../monitor/responses.ts';
import { requireRound } from '../monitor/rounds.ts';

const firstDay = (year: number) => `${year}-01-01`;

/** The years the register holds a division for (those with a CBS count), or a Dutch 404. */
async function requireYear(db: Database, year: number): Promise<{ year: number; count: number; source: string }> {
  const counts = await listDivisionCounts(db);
  const found = counts.find((c) => c.year === year);
  if (!found) {
    const span = counts.length ? `${counts[0]!.year} tot en met ${counts.at(-1)!.year}` : 'geen enkel jaar';
    throw new NotFoundError(`Er is geen gemeentelijke indeling voor ${year} in het register. Het register heeft de indelingen van ${span}.`);
  }
  return found;
}

export interface DivisionMember extends MunicipalityVersion {
  youthRegion: { code: string; name: string } | null;
}

export interface Division {
  year: number;
  day: string;
  count: number;
  publishedCount: number;
  countSource: string;
  members: DivisionMember[];
  /** The events that took effect since 1 January of the year before (the way into this division). */
  changes: (DivisionEvent & { fromName: string; toName: string })[];
  youthRegionNote: string;
}

/** Youth regions are sourced for 2013 and 2014 only (Bijlage 5); later ones are left empty, never guessed. */
const YOUTH_REGION_NOTE_KNOWN = 'Jeugdregio volgens Bijlage 5 van de Handreiking cliëntondersteuning (2014).';
const YOUTH_REGION_NOTE_UNKNOWN =
  'Jeugdregio onbekend: voor deze indeling is geen openbare bron met de jeugdregio per gemeente gevonden (zie data/reference/SOURCES.md §7).';

/** The division on 1 January of `year`: its members, CBS's count and the herindelingen into it. */
export async function divisionOn(db: Database, year: number): Promise<Division> {
  const count = await requireYear(db, year);
  const [versions, events] = await Promise.all([listMunicipalityVersions(db), listDivisionEvents(db)]);
  const day = firstDay(year);
  const regions = year <= 2014 ? await youthRegionsByCbsCode(db, year) : new Map<string, { code: string; name: string }>();
  const names = new Map(versions.map((v) => [v.cbsCode, v.name]));
  const members = membersOn(versions, day).map((v) => ({
    cbsCode: v.cbsCode,
    name: v.name,
    province: v.province,
    validFrom: v.validFrom,
    validTo: v.validTo,
    youthRegion: regions.get(v.cbsCode) ?? null,
  }));
  const changes = events
    .filter((e) => e.effectiveDate > firstDay(year - 1) && e.effectiveDate <= day)
    .map((e) => ({ ...e, fromName: names.get(e.fromCode) ?? e.fromCode, toName: names.get(e.toCode) ?? e.toCode }));
  return {
    year,
    day,
    count: members.length,
    publishedCount: count.count,
    countSource: count.source,
    members,
    changes,
    youthRegionNote: regions.size > 0 ? YOUTH_REGION_NOTE_KNOWN : YOUTH_REGION_NOTE_UNKNOWN,
  };
}

/** `GM0003`, `gm0003`, `0003` and `3` all mean the same CBS code. */
export function normaliseCbsCode(input: string): string | null {
  const m = /^(?:gm)?(\d{1,4})$/i.exec(input.trim());
  return m ? `GM${m[1]!.padStart(4, '0')}` : null;
}

export interface MunicipalityHistory {
  version: MunicipalityVersion & { source: string };
  naastCode: string | null;
  predecessors: (DivisionEvent & { name: string })[];
  successors: (DivisionEvent & { name: string })[];
  /** Where the municipality is today: itself, or the existing codes its area went to. */
  today: { cbsCode: string; name: string; via: string[] }[];
}

export async function municipalityHistory(db: Database, code: string): Promise<MunicipalityHistory> {
  const cbsCode = normaliseCbsCode(code);
  const [versions, events, naast] = await Promise.all([listMunicipalityVersions(db), listDivisionEvents(db), naastCodesByCbsCode(db)]);
  const version = cbsCode ? versions.find((v) => v.cbsCode === cbsCode) : undefined;
  if (!version) throw new NotFoundError(`Gemeentecode ${code} staat niet in het register van 2013 tot en met 2026. Gebruik een CBS-code zoals GM0363.`);
  const names = new Map(versions.map((v) => [v.cbsCode, v.name]));
  const named = (e: DivisionEvent, other: string) => ({ ...e, name: names.get(other) ?? other });
  return {
    version,
    naastCode: naast.get(version.cbsCode) ?? null,
    predecessors: events.filter((e) => e.toCode === version.cbsCode).map((e) => named(e, e.fromCode)),
    successors: events.filter((e) => e.fromCode === version.cbsCode).map((e) => named(e, e.toCode)),
    today: followToToday(version.cbsCode, versions, events, names),
  };
}

/** Follows successors until codes that still exist; `via` lists the codes passed on the way. */
function followToToday(
  start: string,
  versions: readonly MunicipalityVersion[],
  events: readonly DivisionEvent[],
  names: Map<string, string>,
): { cbsCode: string; name: string; via: string[] }[] {
  const open = new Set(versions.filter((v) => v.validTo === null).map((v) => v.cbsCode));
  const found = new Map<string, string[]>();
  const walk = (code: string, via: string[]) => {
    if (open.has(code)) {
      if (!found.has(code)) found.set(code, via);
      return;
    }
    for (const e of events.filter((x) => x.fromCode === code)) walk(e.toCode, [...via, code]);
  };
  walk(start, []);
  return [...found].map(([cbsCode, via]) => ({ cbsCode, name: names.get(cbsCode) ?? cbsCode, via }));
}

export interface CarriedBudgetRow {
  cbsCode: string;
  name: string;
  clientSupportCents: number;
  ivhCents: number;
  complete: boolean;
  how: string;
  parts: { cbsCode: string; name: string; clientSupportCents: number | null; ivhCents: number | null; whole: boolean; note: string }[];
}

export interface CarriedBudget {
  year: number;
  fromDivision: number;
  targetYear: number;
  source: string;
  rows: CarriedBudgetRow[];
  undistributed: { cbsCode: string; name: string; clientSupportCents: number; ivhCents: number; successors: { cbsCode: string; name: string }[]; reason: string }[];
  totals: { clientSupportCents: number; ivhCents: number; carriedClientSupportCents: number; carriedIvhCents: number };
}

/**
 * The published 2014 allocation (Bijlage 5, in the 2013 division) carried to the division of
 * 1 January `targetYear`: client support and IVH each carried on their own, in cents.
 */
export async function carryBudget(db: Database, targetYear: number, budgetYear = 2014): Promise<CarriedBudget> {
  await requireYear(db, targetYear);
  const allocations = await publishedAllocationsByCbsCode(db, budgetYear);
  if (allocations.length === 0) throw new NotFoundError(`Er is geen gepubliceerde verdeling voor ${budgetYear}.`);
  const fromDivision = allocations[0]!.divisionYear;
  if (targetYear < fromDivision) throw yearTooEarly(targetYear, fromDivision);
  const [versions, events, shares] = await Promise.all([listMunicipalityVersions(db), listDivisionEvents(db), listSplitShares(db)]);
  const members = membersOn(versions, firstDay(targetYear));
  const carry = figureCarrier(allocations, events, shares, members, firstDay(fromDivision), firstDay(targetYear));
  const support = carry((a) => a.clientSupportCents);
  const ivh = carry((a) => a.ivhCents);
  const rows = support.rows.map((row, i) => {
    const ivhRow = ivh.rows[i]!;
    return {
      cbsCode: row.cbsCode,
      name: row.name,
      clientSupportCents: row.cents,
      ivhCents: ivhRow.cents,
      complete: row.complete && ivhRow.complete,
      how: row.how,
      parts: row.parts.map((p: CarriedPart, j: number) => ({
        cbsCode: p.cbsCode,
        name: p.name,
        clientSupportCents: p.cents,
        ivhCents: ivhRow.parts[j]!.cents,
        whole: p.whole,
        note: p.note,
      })),
    };
  });
  const undistributed = support.undistributed.map((u: UndistributedAmount, i: number) => ({
    cbsCode: u.cbsCode,
    name: u.name,
    clientSupportCents: u.cents,
    ivhCents: ivh.undistributed[i]!.cents,
    successors: u.successors,
    reason: u.reason,
  }));
  const sum = (values: number[]) => values.reduce((t, v) => t + v, 0);
  return {
    year: budgetYear,
    fromDivision,
    targetYear,
    source: allocations[0]!.source,
    rows,
    undistributed,
    totals: {
      clientSupportCents: support.totalCents,
      ivhCents: ivh.totalCents,
      carriedClientSupportCents: sum(rows.map((r) => r.clientSupportCents)),
      carriedIvhCents: sum(rows.map((r) => r.ivhCents)),
    },
  };
}

export interface CarriedMonitor {
  roundId: string;
  roundName: string;
  fromDivision: number;
  targetYear: number;
  rows: CarriedStatus[];
}

/** Dutch label of a municipality's state in a round: the stage of its submitted answers, or none. */
const NO_ANSWER = 'geen antwoord';

/**
 * The monitor status of a round (the stage of each municipality's newest submitted answers, in the
 * round's division) carried to the division of 1 January `targetYear`.
 */
export async function carryMonitor(db: Database, roundId: string, targetYear: number): Promise<CarriedMonitor> {
  const round = await requireRound(db, roundId);
  await requireYear(db, targetYear);
  if (targetYear < round.divisionYear) throw yearTooEarly(targetYear, round.divisionYear);
  const [members, responses, versions, events] = await Promise.all([
    listMunicipalities(db, { divisionYear: round.divisionYear }),
    currentResponses(db, roundId, true),
    listMunicipalityVersions(db),
    listDivisionEvents(db),
  ]);
  const stageOf = new Map(responses.map((r) => [r.municipalityCode, typeof r.answers?.stage === 'string' ? r.answers.stage : r.status]));
  const statuses = members.filter((m) => m.cbsCode).map((m) => ({ cbsCode: m.cbsCode!, name: m.name, value: stageOf.get(m.code) ?? NO_ANSWER }));
  const rows = carryStatuses(statuses, events, membersOn(versions, firstDay(targetYear)), firstDay(round.divisionYear), firstDay(targetYear));
  return { roundId: round.id, roundName: round.name, fromDivision: round.divisionYear, targetYear, rows };
}

function yearTooEarly(targetYear: number, fromDivision: number): InvalidInputError {
  return new InvalidInputError([{ field: 'naarJaar', message: `Kies een jaar vanaf ${fromDivision}: de cijfers staan in de indeling van ${fromDivision} en gaan alleen vooruit.` }], {
    message: `Jaar ${targetYear} ligt vóór de indeling van de cijfers (${fromDivision}).`,
  });
}
