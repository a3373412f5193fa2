-- Change counter for the activity summary (issue 23 goal 4, docs/scaling.md): GET
-- /api/v1/activiteiten/samenvatting is reused while the activity data is unchanged
-- (services/activities/summary-cache.ts), the way 0029 does it for the monitor summary and the public
-- social map: a version row, kept by statement-level triggers in the same transaction as the write,
-- from a sequence (a version once seen never comes back for other data, also not after a TRUNCATE …
-- RESTART IDENTITY of the counter table: the sequence belongs to no column).
--
-- One row for all activity data: the imports table has no municipality, and finding an import's
-- municipalities would mean reading its rows inside the import. Imports are rare next to reads.
-- A write holds this row's lock until it commits, so versions become visible in commit order: a
-- reader that saw version n has seen every write that bumped to n or lower.
--
-- What changes what the summary counts (it counts rows of provider_activities whose import row exists):
--   * provider_activity_imports: every import ends with its row (insert), in the same transaction as
--     its rows (services/activities/sinks.ts); removing an import means deleting that row.
--   * provider_activities, written directly: the bench generator (bench/scale-data.ts) inserts the
--     import rows in one statement and the activities in later ones; tests insert rows by hand.
--     A statement names either the partitioned table or its shared partition (0030), and a
--     statement-level trigger fires only on the table the statement names: both get the triggers.
--   * An import's own partition (0030) is attached only in the transaction that inserts its import row.
--     DDL fires no trigger: whoever detaches or drops such a partition must delete (or update) the
--     import row in the same transaction, as the import does when it adds one.

create sequence activity_change_seq;

create table activity_changes (
  id boolean primary key default true check (id),
  version bigint not null
);
insert into activity_changes (version) values (nextval('activity_change_seq'));

-- Per statement, not per row: an import of a million rows bumps the version once or twice.
create function activities_bump_version() returns trigger language plpgsql as $$
begin
  insert into activity_changes (id, version) values (true, nextval('activity_change_seq'))
    on conflict (id) do update set version = excluded.version;
  return null;
end $$;

do $$
declare
  t text;
begin
  foreach t in array array['provider_activity_imports', 'provider_activities', 'provider_activities_shared'] loop
    execute format('create trigger %I after insert or update or delete or truncate on %I for each statement execute function activities_bump_version()',
                   t || '_bump_version', t);
  end loop;
end $$;
