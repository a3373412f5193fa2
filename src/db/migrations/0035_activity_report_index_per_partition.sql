-- Issue 23 goal 2: an import's own partition gets its report index after the import has committed,
-- not inside it (docs/decisions/0016-activity-report-index-after-import.md). Building that index was
-- about half of a large import's time, while the import's answer does not need it.
--
-- A partitioned index (0030's provider_activities_report on provider_activities) makes ATTACH build the
-- index of a new partition at once, inside the import's transaction. So the report index is now an index
-- of each partition of its own, with the same definition as 0026:
--   * provider_activities_shared: provider_activities_shared_report, as before (rebuilt here once);
--   * every own partition of an import: <partition>_report, built by services/activities/report-index.ts
--     after the import (CREATE INDEX CONCURRENTLY on the server) and at every server start for any
--     partition that lacks a valid one (a crash between the commit and the build).
-- Reads do not change: the planner uses each partition's own index (an index on the parent was never
-- needed for that). Until a partition's index exists, a read of a municipality scans that partition.
--
-- Dropping the partitioned index drops the partitions' indexes with it (they cannot be detached), so the
-- indexes of the existing partitions are made again here: one sort per partition, in this migration.
-- Forward-only; PostgreSQL 15 (server) and 18 (PGlite).

drop index provider_activities_report;

create index provider_activities_shared_report on provider_activities_shared (municipality_code, activity_date)
  include (provider_code, import_id, service, minutes, target_group, age_category, life_domain, district);

do $$
declare
  part record;
begin
  for part in
    select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
     where i.inhparent = 'provider_activities_bulk'::regclass and c.relname ~ '^provider_activities_[0-9a-f]{32}$'
  loop
    execute format('create index %I on %I (municipality_code, activity_date) include (provider_code, import_id, service, minutes, target_group, age_category, life_domain, district)',
      part.relname || '_report', part.relname);
  end loop;
end $$;
