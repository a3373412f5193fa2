-- Social map: HSDS 3.0 data is kept whole (issue 24). Next to the columns Naast works with, each entry
-- keeps the HSDS object it was imported as (hsds_document: contacts, funding, cost options, schedules,
-- programs, metadata, extension fields, …) and what the import read from it into the columns
-- (hsds_basis). The export writes back only the columns edited since (current <> basis), so an entry
-- nobody touched leaves exactly as it came. Entries made in Naast have neither (null).
alter table socialmap_organisations add column hsds_document jsonb, add column hsds_basis jsonb;
alter table socialmap_services add column hsds_document jsonb, add column hsds_basis jsonb;
alter table socialmap_locations add column hsds_document jsonb, add column hsds_basis jsonb;
alter table socialmap_service_locations add column hsds_document jsonb, add column hsds_basis jsonb;

-- HSDS records that belong to no entry of the social map: taxonomies, taxonomy terms, table
-- descriptions, and rows whose parent was not in the imported data. Per municipality, by table and id.
create table socialmap_hsds_records (
  municipality_code text not null references municipalities (code) on delete cascade,
  table_name text not null check (length(table_name) between 1 and 100),
  id text not null check (length(id) between 1 and 200),
  record jsonb not null,
  position integer not null default 0,
  primary key (municipality_code, table_name, id)
);
