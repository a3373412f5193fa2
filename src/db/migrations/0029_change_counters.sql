-- Change counters for two freshness checks (issue 23, docs/scaling.md): the public HSDS map
-- (services/socialmap/public-hsds.ts) and the monitor round summary (services/monitor/summary.ts) are
-- reused while their data is unchanged. Until now each check read the data itself (a hash of every
-- social map row; a count over the round's answers), so its cost grew with the country. Triggers now
-- keep a version row up to date in the same transaction as the write, and the check reads one row.
--
-- Versions come from sequences, not `version + 1`: a sequence never hands out a value twice, also not
-- after a TRUNCATE … RESTART IDENTITY of the counter tables (these sequences belong to no column), so
-- a version once seen never comes back for other data. The row itself is transactional: a reader sees
-- the new version only together with the committed write.

create sequence socialmap_change_seq;

-- One row for the whole social map: a service maintained by one municipality is public in every
-- municipality of its working area, so a change anywhere may change any municipality's public map.
-- A write holds this row's lock until it commits; social map writes are few (editors, HSDS imports).
create table socialmap_changes (
  id boolean primary key default true check (id),
  version bigint not null
);
insert into socialmap_changes (version) values (nextval('socialmap_change_seq'));

-- Per statement, not per row: an import of thousands of rows bumps the version once per statement.
create function socialmap_bump_version() returns trigger language plpgsql as $$
begin
  insert into socialmap_changes (id, version) values (true, nextval('socialmap_change_seq'))
    on conflict (id) do update set version = excluded.version;
  return null;
end $$;

-- Every table the public map is built from (search.ts, store.ts, hsds.ts, hsds-store.ts).
do $$
declare
  t text;
begin
  foreach t in array array['socialmap_organisations', 'socialmap_relations', 'socialmap_services', 'socialmap_locations',
                           'socialmap_service_locations', 'socialmap_hsds_records'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I for each statement execute function socialmap_bump_version()',
                   t || '_bump_version', t);
  end loop;
end $$;

-- Per monitor round: its answers only. Statement-level with transition tables (PostgreSQL 10 and up,
-- so both PGlite 18 and PostgreSQL 15): one upsert per statement for all the rounds it touched.
-- A trigger with transition tables may have one event only, hence three triggers on one function;
-- PL/pgSQL plans a statement when it first runs, so the branch of another event never names a
-- transition table that its trigger lacks.
create sequence monitor_round_version_seq;

create table monitor_round_versions (
  round_id text primary key references monitor_rounds (id) on delete cascade,
  version bigint not null
);
insert into monitor_round_versions (round_id, version)
  select id, nextval('monitor_round_version_seq') from monitor_rounds;

create function monitor_responses_bump_version() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    insert into monitor_round_versions (round_id, version)
      select round_id, nextval('monitor_round_version_seq') from (select distinct round_id from new_rows) r
      on conflict (round_id) do update set version = excluded.version;
  elsif tg_op = 'UPDATE' then
    insert into monitor_round_versions (round_id, version)
      select round_id, nextval('monitor_round_version_seq') from (select round_id from new_rows union select round_id from old_rows) r
      on conflict (round_id) do update set version = excluded.version;
  elsif tg_op = 'DELETE' then
    -- A round deleted in the same statement is gone: only existing rounds get a (new) version.
    insert into monitor_round_versions (round_id, version)
      select round_id, nextval('monitor_round_version_seq') from (select distinct round_id from old_rows) r
      where exists (select 1 from monitor_rounds m where m.id = r.round_id)
      on conflict (round_id) do update set version = excluded.version;
  else
    -- TRUNCATE carries no rows: every round's answers may be gone.
    update monitor_round_versions set version = nextval('monitor_round_version_seq');
  end if;
  return null;
end $$;

create trigger monitor_responses_bump_version_insert after insert on monitor_responses
  referencing new table as new_rows for each statement execute function monitor_responses_bump_version();
create trigger monitor_responses_bump_version_update after update on monitor_responses
  referencing old table as old_rows new table as new_rows for each statement execute function monitor_responses_bump_version();
create trigger monitor_responses_bump_version_delete after delete on monitor_responses
  referencing old table as old_rows for each statement execute function monitor_responses_bump_version();
create trigger monitor_responses_bump_version_truncate after truncate on monitor_responses
  for each statement execute function monitor_responses_bump_version();
