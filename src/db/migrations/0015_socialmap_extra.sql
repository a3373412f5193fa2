-- Social map: locations get a version like providers and services, so edits and deletes of a location
-- use optimistic concurrency (If-Match) too.
alter table socialmap_locations add column version integer not null default 1;
alter table socialmap_locations add column updated_at timestamptz not null default now();
