-- The register up to today (issue 21 §5): every municipality code that existed at some point from
-- 1 January 2013 to 1 January 2026, each herindeling as a dated event, and CBS's published count per
-- 1 January. Keyed on the CBS code (GMxxxx) because names change and codes are what the sources
-- (RvIG Tabel 33, CBS) share; the 2013/2014 tables of 0002 stay as they are (Bijlage 5, monitor).

create table municipality_versions (
  cbs_code text primary key check (cbs_code ~ '^GM[0-9]{4}$'),
  name text not null,
  province text not null,
  valid_from date not null,            -- first day; 1970-01-01 means "already before 1970" (the source starts there)
  valid_to date,                       -- last day (inclusive); null = still exists
  source text not null,
  check (valid_to is null or valid_to >= valid_from)
);
create index municipality_versions_period on municipality_versions (valid_from, valid_to);

-- One row per piece that moves: a merger has one row per disappearing code, a split (splitsing)
-- one row per successor with partial = true, a change of name and code one row.
create table division_events (
  id serial primary key,
  effective_date date not null,        -- equals the disappearing code's valid_to + 1 day
  kind text not null check (kind in ('samenvoeging', 'splitsing', 'naamswijziging')),
  from_cbs_code text not null references municipality_versions (cbs_code),
  to_cbs_code text not null references municipality_versions (cbs_code),
  partial boolean not null,            -- only a part of the disappearing municipality went to to_cbs_code
  source text not null,
  unique (effective_date, from_cbs_code, to_cbs_code)
);
create index division_events_from on division_events (from_cbs_code);
create index division_events_to on division_events (to_cbs_code);

-- CBS's published number of municipalities on 1 January of a year, with where it was read.
create table division_counts (
  year integer primary key,
  municipality_count integer not null check (municipality_count > 0),
  source text not null
);
