-- Issue 23 goal 2 (bulk import at half the speed of a raw COPY): a large activity import gets a
-- partition of its own (ADR docs/decisions/0014-activity-import-partition-per-import.md).
-- Measured on PostgreSQL 15: COPY into provider_activities ran at 0.05–0.14 of a COPY into a bare
-- table, the time going to the upkeep of the covering report index (0026) row by row. A large import
-- now COPYs into a fresh table without indexes, builds the index once after the COPY (one sort), and
-- ATTACHes the table as a partition, in the import's own transaction: a failed import leaves nothing.
--
-- provider_activities is partitioned by own_partition:
--   false → provider_activities_shared: the rows that were here, small imports, rows inserted directly
--           (the bench generator, tests). One table with its indexes, as before.
--   true  → provider_activities_bulk, partitioned by import_id: one partition per large import. Its
--           CHECK (own_partition = true and import_id = …) lets ATTACH skip its validation scan.
-- Why not one partition per import for every import, nor a DEFAULT partition for the small ones: a
-- read of one municipality visits every partition (each its own index probe and lock), so the count
-- must stay low (only imports from src/services/activities/sinks.ts OWN_PARTITION_ROWS rows on); and
-- ATTACH scans a DEFAULT partition whole to prove it holds none of the new rows.
--
-- The surrogate key id goes: nothing reads it (a partitioned table's primary key would have to
-- include the partition keys), and a sequence call per row and an extra index cost the import.
-- Forward-only; runs on PostgreSQL 15 (server) and 18 (PGlite). Converting existing rows costs one
-- scan of the table (the ATTACH validation below), no copy: the old table becomes the shared partition.

alter table provider_activities rename to provider_activities_shared;
alter index provider_activities_report rename to provider_activities_shared_report;
alter index provider_activities_import rename to provider_activities_shared_import;
alter table provider_activities_shared drop column id;
alter table provider_activities_shared add column own_partition boolean not null default false;

-- The same columns and CHECK constraints (ATTACH matches the constraints by name: the names 0013 gave them).
create table provider_activities (
  import_id uuid not null,
  provider_code text not null,
  municipality_code text not null,
  activity_date date not null,
  service text not null,
  minutes integer not null constraint provider_activities_minutes_check check (minutes > 0 and minutes <= 1440),
  target_group text,
  age_category text constraint provider_activities_age_category_check check (age_category in ('0-18', '18-25', '25-65', '65+')),
  life_domain text,
  district text,
  own_partition boolean not null default false
) partition by list (own_partition);

alter table provider_activities attach partition provider_activities_shared for values in (false);
create table provider_activities_bulk partition of provider_activities for values in (true) partition by list (import_id);

-- The covering report index of 0026 on every partition; the shared partition's existing one is attached, not rebuilt.
create index provider_activities_report on provider_activities (municipality_code, activity_date)
  include (provider_code, import_id, service, minutes, target_group, age_category, life_domain, district);
-- The import_id index stays on the shared partition only: a query for one import's rows finds its own
-- partition by partition pruning (list on import_id) and reads it whole.
