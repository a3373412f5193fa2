-- Issue 23 goal 4: a municipality's audit search by period in one index range, counted from the index alone.
--
-- Whose row a municipality's privacy officer may read (migration 0016): tenant = her municipality, or,
-- for a row from before tenants existed (tenant null), an actor of her municipality. Written as an OR,
-- that is two index ranges and a condition on actor_organisation, which no index held: the page was a
-- bitmap over every row of the month plus a sort, and the count fetched every row of the month from the
-- table. Measured at scale 1 (20 million rows, docs/scaling.md): 1,712 pages per request for a month of
-- 842 rows of 'utrecht', against 26 at scale 0.01 (9 rows).
--
-- The same rule as one value, the row's reader: its tenant, else the municipality in its actor's
-- organisation ('gemeente/<code>'), else null (national only). src/services/audit/log.ts
-- (READER) writes the same expression; the planner matches the index by it, so keep them identical.
-- A new column is not an option: filling it rewrites a table of millions of append-only rows, and
-- the hashed content (audit_log_payload) must not change. An expression index changes no row.
--
-- The index ends in (occurred_at, seq), the order of a search by period (migration 0031): a page is one
-- backward range scan that stops after 50 rows. The INCLUDE columns are the ones the expression reads:
-- only then may PostgreSQL count from the index without visiting the table (an index-only scan needs
-- every column the query names; it does not re-use the expression's stored value). Measured on a copy of
-- four months of the scale-1 log: a month of 842 rows counted in 15 pages instead of 852.
--
-- It replaces audit_log_tenant_time (0031): the search no longer names tenant on its own, so nothing
-- reads that index. Built in the migration's transaction like 0031: audit rows cannot be written during
-- the build (6 s for the copy of 1.3 million rows; it is a sort, so somewhat more than proportional to the
-- rows). Upgrade outside office hours, or create the index CONCURRENTLY by hand first (`if not exists`
-- then skips it).
create index if not exists audit_log_reader_time on audit_log (
  (coalesce(tenant, case when starts_with(actor_organisation, 'gemeente/') then substr(actor_organisation, 10) end)),
  occurred_at, seq
) include (tenant, actor_organisation);
drop index if exists audit_log_tenant_time;
