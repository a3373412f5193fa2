-- Issue 23 §4 (national volume, docs/scaling.md): the reports over delivered activities read one
-- municipality over a period. The activities summary and the accountability recompute
-- (src/services/activities/summary.ts, src/services/accountability/prefill.ts) read, per row, only
-- these columns: with them in the index the reports are index-only scans, ~100 rows per 8 kB page,
-- instead of one heap page per row (a municipality's rows are spread over the whole table, imported
-- in files of all municipalities). Measured with `npm run bench:scale`: pages touched per summary.
-- It replaces the (municipality, date) index of 0013, which has the same key: one index to maintain
-- on import, as before.
create index provider_activities_report on provider_activities (municipality_code, activity_date)
  include (provider_code, import_id, service, minutes, target_group, age_category, life_domain, district);
drop index provider_activities_municipality_date;
