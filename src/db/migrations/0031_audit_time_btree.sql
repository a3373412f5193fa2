-- Issue 23 goal 4 (ADR 0013, update of December 2026): the audit search by period reads btree indexes on
-- the time instead of the BRIN index of migration 0028.
--
-- Why the BRIN index goes: it is only selective while the rows lie on disk in time order, and sealing
-- breaks that. A row is appended unsealed (both hashes empty, so smaller than a sealed row), fits in the
-- slack VACUUM recorded in an old, full page, and the free-space map puts it there; the BRIN range of
-- that page then covers "now" for good, and the seal moves the row to the end (a non-HOT update). Every
-- period search then reads those ranges. Measured at scale 1 (20 million rows, docs/scaling.md): a month
-- of one municipality read ~1,300 pages right after the build, 28,000 → 51,000 → 77,000 pages after one,
-- two and three bench runs; a btree on (tenant, occurred_at) read 854 pages (1–10 ms) however the rows
-- lie. A btree's range is the value, not the page, so it does not degrade. Nothing else reads the BRIN
-- index (the other audit reads go by person, by actor, by tenant or by seq: migrations 0003 and 0016).
--
-- The period search orders by (occurred_at, seq) when a period is given (src/services/audit/log.ts), and
-- pages by that pair, so both indexes end in seq: the national search (no tenant) walks
-- audit_log_time backward inside the period and stops after one page, instead of walking the primary
-- key from the newest row and filtering (5.6 s, 624,000 pages for a month three years back at scale 1).
-- A municipality's search goes through audit_log_tenant_time (with the rows before tenants existed
-- through its tenant-is-null part).
--
-- Built in the migration's transaction (no CONCURRENTLY, migrations run in one): at 20 million rows
-- each index takes ~40 s, during which audit rows cannot be written. Upgrade outside office hours, or
-- create both indexes CONCURRENTLY by hand first (the `if not exists` then skips them).
create index if not exists audit_log_time on audit_log (occurred_at, seq);
create index if not exists audit_log_tenant_time on audit_log (tenant, occurred_at, seq);
drop index if exists audit_log_occurred_brin;
