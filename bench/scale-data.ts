/**
 * The national data set of `npm run bench:scale` (issue 23 §4): five years of the whole country at a
 * chosen scale. At scale 1: 403 municipalities (the 2014 division), 400,000 cases with 5 contact moments
 * each (2 million), a referral for every second case and an objection deadline for every tenth, 20
 * million audit rows, 20 monitor rounds, 10 million provider activities, and a social map of 50
 * providers with 2 services each per municipality. Counts that are national constants (municipalities)
 * do not scale; rounds are at least the 4 demo rounds of 2014.
 *
 * Everything is generated set-based in SQL (generate_series, INSERT … SELECT), never row by row. Cases
 * are copies of a few template cases that the real API created, with their ids and supporter replaced,
 * so the case page reads real aggregates. Work columns are then filled by the store's own
 * refreshWorkColumns. Only for the bench database: the audit rows are inserted with the chain trigger
 * off (session_replication_role = replica) and a placeholder hash, so `naast audit verify` fails there.
 */
import { sql, type SQL } from '../src/db/sql.ts';
import type { Database } from '../src/db/client.ts';
import { refreshWorkColumns } from '../src/services/cases/store.ts';
import { listMunicipalities } from '../src/db/register/queries.ts';

export interface ScaleCounts {
  cases: number;
  contactsPerCase: number;
  audit: number;
  rounds: number;
  activities: number;
  providersPerMunicipality: number;
}

/** The counts at scale `s` (issue 23 §4 gives those at scale 1). */
export function countsAt(s: number): ScaleCounts {
  return {
    cases: Math.max(403, Math.round(400_000 * s)),
    contactsPerCase: 5,
    audit: Math.round(20_000_000 * s),
    rounds: Math.max(4, Math.round(20 * s)),
    activities: Math.round(10_000_000 * s),
    providersPerMunicipality: Math.max(1, Math.round(50 * s)),
  };
}

/** Five years back from today: the span every generated date falls in. */
const DAYS = 5 * 365;

export type Log = (message: string) => void;

/** Runs one big statement with no statement limit (the app's 30 s default is for requests, not for this). */
async function big(db: Database, query: SQL): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local statement_timeout = 0`);
    return (await tx.execute(query)).rowCount;
  });
}

/**
 * ANALYZE after a bulk insert, before a statement reads what it inserted: without statistics the
 * planner takes a freshly filled table for empty and may scan it once per row of another (at scale 1
 * the work columns ran a sequential scan of 40,000 objections for each of 50,000 cases; issue 23 saw
 * the same on a never-analysed audit log). Autovacuum would analyse it too, but later.
 */
async function analyze(db: Database, tables: string[]): Promise<void> {
  await big(db, sql.raw(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`));
}

async function timed(log: Log, what: string, work: () => Promise<number | void>): Promise<void> {
  const began = Date.now();
  const n = await work();
  log(`${what}: ${typeof n === 'number' ? `${n.toLocaleString('en')} rows, ` : ''}${((Date.now() - began) / 1000).toFixed(1)} s`);
}

/**
 * The columns of `table` with an expression each: `overrides` where given, else `t.<column>` (the
 * template row). Built from the catalogue, so columns that later migrations add are copied too.
 */
async function copyColumns(db: Database, table: string, overrides: Record<string, string>): Promise<{ names: SQL; values: SQL }> {
  const cols = await db.rows<{ name: string; generated: string }>(sql`select column_name as name, is_generated as generated
    from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`);
  const usable = cols.filter((c) => c.generated !== 'ALWAYS');
  return {
    names: sql.raw(usable.map((c) => `"${c.name}"`).join(', ')),
    values: sql.raw(usable.map((c) => overrides[c.name] ?? `t."${c.name}"`).join(', ')),
  };
}

export interface Templates {
  /** Case ids that the API created, one per template. */
  caseIds: string[];
  /** The supporter (user id) the templates were assigned to; replaced per copy. */
  supporterId: string;
}

/**
 * Supporters per municipality (users with the clientondersteuner role): about one per 160 cases,
 * so a caseload of ~40 open cases each at every scale. `benchUser` is supporter 0 of `benchMunicipality`.
 */
export async function generate(
  db: Database,
  s: number,
  t: Templates,
  bench: { municipality: string; userId: string },
  log: Log,
  overrides: Partial<ScaleCounts> = {},
): Promise<ScaleCounts> {
  const c = { ...countsAt(s), ...overrides };
  const members = await listMunicipalities(db, { divisionYear: 2014 });
  const codes = members.map((m) => m.code).sort();
  const M = codes.length;
  const perMunicipality = Math.ceil(c.cases / M);
  const K = Math.max(1, Math.round(perMunicipality / 160));
  await db.execute(sql`create table if not exists bench_municipalities (idx int primary key, code text not null)`);
  await db.execute(sql`insert into bench_municipalities select i - 1, code from unnest(${sql.array(codes)}::text[]) with ordinality as u(code, i) on conflict do nothing`);

  await db.execute(sql`create table if not exists bench_supporters (municipality_idx int, idx int, user_id uuid, primary key (municipality_idx, idx))`);
  await timed(log, `supporters (${K} per municipality)`, () =>
    big(db, sql`with s as materialized (select m.idx, m.code, k, gen_random_uuid() as id from bench_municipalities m, generate_series(0, ${K - 1}::int) k),
      u as (insert into users (id, username, display_name) select id, 'bench-o-' || code || '-' || k, 'Ondersteuner ' || k || ' ' || code from s),
      r as (insert into role_assignments select id, 'clientondersteuner', 'gemeente', code from s)
      insert into bench_supporters select idx, k, id from s`),
  );
  const [have] = await db.rows<{ n: number }>(sql`select count(*)::int as n from bench_supporters`);
  if (have!.n !== M * K) throw new Error(`bench_supporters has ${have!.n} rows, expected ${M * K}`);
  await db.execute(sql`update bench_supporters set user_id = ${bench.userId}::uuid
    where municipality_idx = (select idx from bench_municipalities where code = ${bench.municipality}) and idx = 0`);

  await db.execute(sql`drop table if exists bench_case_templates`);
  await db.execute(sql`create table bench_case_templates as select (row_number() over (order by id) - 1)::int as tpl, * from cases where id = any(${sql.array(t.caseIds)}::uuid[])`);
  const T = t.caseIds.length;
  const caseId = (i: string) => `md5('case-' || ${i})::uuid`;
  // A case opens on a day in the last five years; three in four are closed 30–200 days later (if that has come).
  const opened = `(current_date - ((i::int8 * 7919) % ${DAYS})::int)`; // int8: i × 7919 passes 2^31 at scale 1
  const closedOn = `(case when i % 4 <> 0 and ${opened} + 30 + (i % 170) < current_date then ${opened} + 30 + (i % 170) end)`;
  const replaceIds = (col: string) =>
    `replace(replace(replace(t.${col}::text, t.id::text, ${caseId('i')}::text), '${t.supporterId}', s.user_id::text), t.client_name, 'Client ' || i)::jsonb`;
  const aggregate = `(case when ${closedOn} is null then ${replaceIds('aggregate')}
      else jsonb_set(jsonb_set(${replaceIds('aggregate')}, '{questions,0,step}', '"afgesloten"'), '{questions,0,closedOn}', to_jsonb(${closedOn}::text)) end)`;
  const caseCols = await copyColumns(db, 'cases', {
    id: caseId('i'),
    municipality_code: 'm.code',
    aggregate,
    client: replaceIds('client'),
    client_name: `'Client ' || i`,
    supporter_id: 's.user_id::text',
    open_steps: `(case when ${closedOn} is null then t.open_steps else '{}' end)`,
    opened_on: opened,
    closed_on: closedOn,
    created_at: `${opened}::timestamptz`,
    updated_at: `coalesce(${closedOn}, ${opened})::timestamptz`,
  });
  const N = c.cases;
  await timed(log, 'cases', () =>
    big(db, sql`insert into cases (${caseCols.names})
      select ${caseCols.values} from generate_series(0, ${N - 1}::int) i
      join bench_municipalities m on m.idx = i % ${M}::int
      join bench_case_templates t on t.tpl = (i / ${M}::int) % ${T}::int
      join bench_supporters s on s.municipality_idx = m.idx and s.idx = (i / ${M}::int) % ${K}::int`),
  );
  await timed(log, 'case_people', () =>
    big(db, sql`insert into case_people (case_id, person_id, role, assigned_on) select id, supporter_id, 'ondersteuner', opened_on from cases where client_name like 'Client %' on conflict do nothing`),
  );
  // Contact moments: every ~30 days from the opening, until the case closed (or today).
  await timed(log, `contact moments (${c.contactsPerCase} per case)`, () =>
    big(db, sql`insert into case_notes (id, case_id, question_id, kind, channel, occurred_on, body, recorded_by, recorded_at)
      select md5('note-' || c.id || '-' || j)::uuid, c.id, c.aggregate -> 'questions' -> 0 ->> 'id', 'contactmoment',
             (array['telefonisch','digitaal','fysiek_loket','huisbezoek'])[1 + j % 4], d, 'Contact ' || j || ' over de hulpvraag.', c.supporter_id::uuid, d::timestamptz
        from cases c cross join generate_series(0, ${c.contactsPerCase - 1}::int) j
        cross join lateral (select least(c.opened_on + j * 30, coalesce(c.closed_on, current_date), current_date) as d) x
       where c.client_name like 'Client %'`),
  );
  await timed(log, 'referrals (every second case)', () =>
    big(db, sql`insert into case_referrals (id, case_id, question_id, provider, reason, referred_on, outcome, outcome_on, recorded_by)
      select md5('ref-' || c.id)::uuid, c.id, c.aggregate -> 'questions' -> 0 ->> 'id', 'aanbieder-' || (abs(hashtext(c.id::text)) % 40), 'Verwezen',
             least(c.opened_on + 14, current_date), case when c.closed_on is not null then 'geholpen' end, c.closed_on, c.supporter_id::uuid
        from cases c where c.client_name like 'Client %' and abs(hashtext(c.id::text)) % 2 = 0`),
  );
  // Objections (bezwaar) with a statutory deadline of six weeks after the decision (Awb 6:7); one in
  // ten cases; on a closed case it was filed, on an open one it may still be running.
  await timed(log, 'objection deadlines (every tenth case)', () =>
    big(db, sql`insert into case_objections (id, case_id, question_id, kind, subject, decision_sent_on, plain_deadline_on, deadline_on, filed_on, recorded_by, recorded_at)
      select md5('obj-' || c.id)::uuid, c.id, c.aggregate -> 'questions' -> 0 ->> 'id', 'bezwaar', 'Besluit Wmo-maatwerkvoorziening',
             least(c.opened_on + 20, current_date), least(c.opened_on + 20, current_date) + 42, least(c.opened_on + 20, current_date) + 42,
             case when c.closed_on is not null then least(c.opened_on + 40, c.closed_on) end, c.supporter_id::uuid, least(c.opened_on + 20, current_date)::timestamptz
        from cases c where c.client_name like 'Client %' and abs(hashtext(c.id::text)) % 10 = 0`),
  );
  await timed(log, 'ANALYZE of the case tables', () => analyze(db, ['cases', 'case_people', 'case_notes', 'case_referrals', 'case_objections']));
  await timed(log, 'work columns (refreshWorkColumns, per 50 municipalities)', async () => {
    for (let from = 0; from < M; from += 50) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 0`);
        await refreshWorkColumns(tx, sql`x.municipality_code in (select code from bench_municipalities where idx >= ${from}::int and idx < ${from + 50}::int) and x.client_name like 'Client %'`);
      });
    }
  });

  // The audit log: rows in time order over five years, one person (pseudonym) per case with ~50 rows
  // each at any scale, the tenant the case's municipality. Trigger off: see the header.
  const A = c.audit;
  await timed(log, 'audit log', async () => {
    const [before] = await db.rows<{ seq: number }>(sql`select coalesce(max(seq), 0)::int8 as seq from audit_log`);
    let done = 0;
    const chunk = 2_000_000;
    for (let from = 0; from < A; from += chunk) {
      const to = Math.min(A, from + chunk) - 1;
      done += await db.transaction(async (tx) => {
        await tx.execute(sql`set local statement_timeout = 0`);
        await tx.execute(sql`set local session_replication_role = replica`);
        return (
          await tx.execute(sql`insert into audit_log (occurred_at, actor_user_id, actor_role, actor_organisation, data_subject, activity, purpose, action, outcome, request_id, prev_hash, row_hash, tenant)
          select now() - make_interval(secs => (${A}::bigint - i) * (${DAYS * 86400}::float8 / ${A}::float8)), s.user_id, 'clientondersteuner', 'gemeente/' || m.code,
                 'ps_' || left(md5('person-' || ((i * 2654435761) % ${N}::bigint)), 20), (array['dossier','werkvoorraad','dossier','notitie'])[1 + (i % 4)::int],
                 'onafhankelijke cliëntondersteuning (Wmo 2015, art. 2.2.4)', case when i % 4 = 3 then 'schrijven' else 'lezen' end, 'toegestaan',
                 md5('req-' || i), 'bench', md5('row-' || i), m.code
            from generate_series(${from}::bigint, ${to}::bigint) i
            join bench_municipalities m on m.idx = ((i * 2654435761) % ${N}::bigint) % ${M}::int
            join bench_supporters s on s.municipality_idx = m.idx and s.idx = 0`)
        ).rowCount;
      });
    }
    // The sequence must go on past the generated rows, and the next real row chains to the newest.
    await db.execute(sql`select setval(pg_get_serial_sequence('audit_log', 'seq'), (select max(seq) from audit_log))`);
    // One seal over the generated rows (placeholder head): the app's sealer (migration 0028) goes on
    // from there with the rows the measurement writes, instead of failing on a generated row every time.
    if (done > 0) {
      await db.execute(sql`insert into audit_log_seals (last_seq, first_seq, row_count, head_hash)
        select max(seq), ${Number(before!.seq) + 1}::int8, ${done}::int, 'bench' from audit_log`);
    }
    return done;
  });

  // Monitor rounds beyond the four demo rounds of 2014: copies of round 2014-11 (bench database only).
  await timed(log, `monitor rounds (${c.rounds})`, async () => {
    let n = 0;
    for (let r = 5; r <= c.rounds; r++) {
      const id = `bench-${r}`;
      await db.execute(sql`insert into monitor_rounds (id, name, reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due)
        select ${id}, name || ' (bench ' || ${id} || ')', reference_date, opens_on, deadline, questionnaire_id, questionnaire_version, division_year, contracts_due
        from monitor_rounds where id = '2014-11' on conflict do nothing`);
      const cols = await copyColumns(db, 'monitor_responses', { round_id: `'${id}'` });
      n += await big(db, sql`insert into monitor_responses (${cols.names}) select ${cols.values} from monitor_responses t where t.round_id = '2014-11' on conflict do nothing`);
    }
    return n;
  });

  // Provider activities: imports of 10,000 rows, 40 providers, spread over five years and every municipality.
  const P = c.activities;
  await timed(log, 'provider activities', async () => {
    const imports = Math.max(1, Math.ceil(P / 10_000));
    await big(db, sql`insert into provider_activity_imports (id, provider_code, file_name, row_count, sha256, imported_at)
      select md5('imp-' || k)::uuid, 'aanbieder-' || (k % 40), 'bench-' || k || '.csv', 10000, md5('imp-' || k), now() - make_interval(days => (k * 7) % ${DAYS}::int)
        from generate_series(0, ${imports - 1}::int) k`);
    let done = 0;
    const chunk = 2_000_000;
    for (let from = 0; from < P; from += chunk) {
      const to = Math.min(P, from + chunk) - 1;
      done += await big(db, sql`insert into provider_activities (import_id, provider_code, municipality_code, activity_date, service, minutes, target_group, age_category, life_domain, district)
        select md5('imp-' || (i / 10000))::uuid, 'aanbieder-' || ((i / 10000) % 40), m.code, current_date - ((i * 7919) % ${DAYS}::int)::int,
               (array['informatie en advies','cliëntondersteuning','bemiddeling','kortdurende ondersteuning','groepsbijeenkomst','huisbezoek','telefonisch consult','netwerkberaad'])[1 + (i % 8)::int],
               15 + (i % 106)::int, (array['ouderdomsproblematiek','verstandelijke beperking','psychiatrische problematiek','lichamelijke beperking'])[1 + (i % 4)::int],
               (array['0-18','18-25','25-65','65+'])[1 + ((i / 3) % 4)::int], (array['zelfstandig_wonen_en_samenleven','werk_en_inkomen','onderwijs','gezondheid','vrije_tijd','veiligheid'])[1 + (i % 6)::int],
               'wijk ' || (i % 12)
          from generate_series(${from}::bigint, ${to}::bigint) i join bench_municipalities m on m.idx = (i % ${M}::int)`);
    }
    return done;
  });

  // The social maps: per municipality providers, each with two services and one location.
  const O = c.providersPerMunicipality;
  await timed(log, `social maps (${O} providers per municipality)`, async () => {
    let n = await big(db, sql`insert into socialmap_organisations (id, name, description, kind, municipality_code)
      select md5('org-' || m.code || '-' || k)::uuid, 'Aanbieder ' || k || ' ' || m.code, 'Hulp en advies in ' || m.code, 'ouderenadviseur', m.code
        from bench_municipalities m, generate_series(0, ${O - 1}::int) k`);
    n += await big(db, sql`insert into socialmap_services (id, organisation_id, name, description, target_groups, age_categories, life_domains, channels, municipality_codes, keywords)
      select md5('svc-' || o.id || '-' || j)::uuid, o.id, 'Dienst ' || j || ' van ' || o.name, 'Ondersteuning bij wonen, werk en gezondheid',
             '{}', array['18-25','25-65','65+'], array['zelfstandig_wonen_en_samenleven'], '{}', array[o.municipality_code], array['hulp','advies']
        from socialmap_organisations o cross join generate_series(0, 1) j where o.name like 'Aanbieder %'`);
    n += await big(db, sql`insert into socialmap_locations (id, organisation_id, name, address, postal_code, city, municipality_code)
      select md5('loc-' || o.id)::uuid, o.id, 'Hoofdvestiging', 'Dorpsstraat 1', '1234 AB', o.municipality_code, o.municipality_code
        from socialmap_organisations o where o.name like 'Aanbieder %'`);
    n += await big(db, sql`insert into socialmap_service_locations (id, service_id, location_id)
      select md5('sal-' || s.id)::uuid, s.id, md5('loc-' || s.organisation_id)::uuid from socialmap_services s join socialmap_organisations o on o.id = s.organisation_id where o.name like 'Aanbieder %'`);
    return n;
  });
  return c;
}
