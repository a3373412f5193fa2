-- Issue 23 goal 2 (bulk import speed): provider_activities no longer has a foreign key to the register.
-- Measured on PostgreSQL 15 (docs/performance.md, "4. Bulk import"): COPY of a million pre-encoded rows
-- into this table ran at 91k rows/s with the key and 153k without it (a bare table: ~1M rows/s); the key
-- fires one trigger check per row. The only write path, the activity import
-- (src/services/activities/import.ts), checks every municipality code against the same register
-- before a row is written (validateActivity + the cached code set), and municipalities are reference
-- data that are never deleted (src/db/reference/load.ts only inserts). The readers join on
-- municipalities anyway. So the key checked the same thing a second time, a million times per file.
alter table provider_activities drop constraint if exists provider_activities_municipality_code_fkey;
