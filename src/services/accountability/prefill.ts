import { sql } from '../../db/sql.ts';
import type { Database } from '../../db/client.ts';
import type { Case, IsoDate } from '../../domain/cases/index.ts';
import type { Breakdown, ReportValues } from '../../domain/accountability/index.ts';

/**
 * Figures computed from Naast's own casework ("berekend, niet overgetypt"): which of a municipality's
 * cases a provider supported in a period, and what they add up to. Counts only; every figure keeps
 * the ids of the cases behind it, so the municipality's own staff can trace it (`trace`).
 *
 * A case belongs to a provider when one of its (former) supporters signs in as cliëntondersteuner of
 * that provider, or when it is a running MEE trajectory imported for that MEE organisation (§4.3).
 * A case counts in a period when it was open on at least one day of it.
 */
export interface ProviderScope {
  municipalityCode: string;
  providerCode: string;
  from: IsoDate;
  to: IsoDate;
}

/** Case ids behind a figure: one list, or one list per category of a breakdown. */
export type Trace = Record<string, string[] | Record<string, string[]>>;

export interface Prefill {
  values: ReportValues;
  trace: Trace;
  /** Where the activity figures came from (imports of provider activities), when there were any. */
  activityImports: string[];
}

interface CaseFacts {
  id: string;
  aggregate: Case;
  targetGroups: string[];
  contacts: number;
  referrals: number;
}

const parse = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/** The provider's cases of the municipality open in the period, with their contacts and referrals in it. */
export async function providerCases(db: Database, scope: ProviderScope): Promise<CaseFacts[]> {
  const rows = await db.rows<{ id: string; aggregate: unknown; client: unknown; contacts: number; referrals: number }>(sql`
    select c.id::text as id, c.aggregate, c.client,
      (select count(*)::int from case_notes n where n.case_id = c.id and n.kind = 'contactmoment'
          and n.occurred_on between ${scope.from}::date and ${scope.to}::date) as contacts,
      (select count(*)::int from case_referrals r where r.case_id = c.id
          and r.referred_on between ${scope.from}::date and ${scope.to}::date) as referrals
      from cases c
     where c.municipality_code = ${scope.municipalityCode}
       and c.opened_on <= ${scope.to}::date and (c.closed_on is null or c.closed_on >= ${scope.from}::date)
       -- From the provider's supporters to their cases (case_people by person), not from every case of
       -- the municipality to its supporters: at national volume (issue 23 §4) the municipality has
       -- hundreds of cases in a year and the provider a few of them.
       and c.id in (select p.case_id from role_assignments ra join case_people p on p.person_id = ra.user_id::text and p.role = 'ondersteuner'
                     where ra.role = 'clientondersteuner' and ra.organisation_kind in ('mee-organisatie', 'aanbieder') and ra.organisation_code = ${scope.providerCode}
                    union
                    select t.case_id from case_mee_transitions t where t.mee_organisation = ${scope.providerCode})
     order by c.id`);
  return rows.map((r) => ({
    id: r.id,
    aggregate: parse<Case>(r.aggregate),
    targetGroups: parse<{ targetGroups?: string[] }>(r.client).targetGroups ?? [],
    contacts: Number(r.contacts),
    referrals: Number(r.referrals),
  }));
}

/** Adds a case to a breakdown's categories (once per category). */
function tally(counts: Breakdown, trace: Record<string, string[]>, categories: Iterable<string>, caseId: string): void {
  for (const category of new Set(categories)) {
    counts[category] = (counts[category] ?? 0) + 1;
    (trace[category] ??= []).push(caseId);
  }
}

/** The casework figures of the templates, each with the cases behind it. */
export function figuresFromCases(cases: readonly CaseFacts[], from: IsoDate, to: IsoDate): { values: ReportValues; trace: Trace } {
  const byGroup: Breakdown = {};
  const byAge: Breakdown = {};
  const byDomain: Breakdown = {};
  const groupTrace: Record<string, string[]> = {};
  const ageTrace: Record<string, string[]> = {};
  const domainTrace: Record<string, string[]> = {};
  const closedQuestions: string[] = [];
  let handled = 0;
  for (const c of cases) {
    tally(byGroup, groupTrace, c.targetGroups.length ? c.targetGroups : ['onbekend'], c.id);
    tally(byAge, ageTrace, [c.aggregate.ageCategory ?? 'onbekend'], c.id);
    tally(byDomain, domainTrace, c.aggregate.questions.flatMap((q) => q.lifeDomains), c.id);
    const closed = c.aggregate.questions.filter((q) => q.closedOn !== undefined && q.closedOn >= from && q.closedOn <= to).length;
    handled += closed;
    if (closed) closedQuestions.push(c.id);
  }
  const withContacts = cases.filter((c) => c.contacts > 0);
  const withReferrals = cases.filter((c) => c.referrals > 0);
  return {
    values: {
      clienten_bereikt: cases.length,
      contactmomenten: withContacts.reduce((n, c) => n + c.contacts, 0),
      verwijzingen: withReferrals.reduce((n, c) => n + c.referrals, 0),
      vragen_afgehandeld: handled,
      clienten_per_doelgroep: byGroup,
      clienten_per_leeftijd: byAge,
      clienten_per_levensdomein: byDomain,
    },
    trace: {
      clienten_bereikt: cases.map((c) => c.id),
      contactmomenten: withContacts.map((c) => c.id),
      verwijzingen: withReferrals.map((c) => c.id),
      vragen_afgehandeld: closedQuestions,
      clienten_per_doelgroep: groupTrace,
      clienten_per_leeftijd: ageTrace,
      clienten_per_levensdomein: domainTrace,
    },
  };
}

/**
 * Services and hours from the providers' own activity registration (table `provider_activities`,
 * imported in bulk), when that module is installed; hours with two decimals.
 */
export async function activityFigures(db: Database, scope: ProviderScope): Promise<{ values: ReportValues; imports: string[] }> {
  const [present] = await db.rows<{ present: boolean }>(sql`select to_regclass('provider_activities') is not null as present`);
  if (!present?.present) return { values: {}, imports: [] };
  const rows = await db.rows<{ service: string; activities: number; minutes: number; imports: string[] }>(sql`
    select service, count(*)::int as activities, sum(minutes)::int as minutes, array_agg(distinct import_id::text) as imports
      from provider_activities a
     where municipality_code = ${scope.municipalityCode} and provider_code = ${scope.providerCode}
       and activity_date between ${scope.from}::date and ${scope.to}::date
       -- Only rows of a finished import: a guard (since migration 0030 an import's rows join this table together with its import row).
       and exists (select 1 from provider_activity_imports i where i.id = a.import_id)
     group by service order by service`);
  if (rows.length === 0) return { values: {}, imports: [] };
  return {
    values: {
      diensten: Object.fromEntries(rows.map((r) => [r.service, Number(r.activities)])),
      uren: Object.fromEntries(rows.map((r) => [r.service, Math.round((Number(r.minutes) / 60) * 100) / 100])),
    },
    imports: [...new Set(rows.flatMap((r) => r.imports))],
  };
}

export async function computePrefill(db: Database, scope: ProviderScope): Promise<Prefill> {
  const cases = await providerCases(db, scope);
  const { values, trace } = figuresFromCases(cases, scope.from, scope.to);
  const activities = await activityFigures(db, scope);
  return { values: { ...values, ...activities.values }, trace, activityImports: activities.imports };
}
