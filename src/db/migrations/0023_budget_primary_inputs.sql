-- The primary inputs of the budget allocation (issue 21 §4): inhabitants and MEE clients per municipality,
-- per budget year (2014: inhabitants on 1 January 2013, MEE clients in 2013; Handreiking §4.4), in the
-- division they were counted in. Either count may be unknown (null) but never without its source.
create table budget_counts (
  year integer not null,
  division_year integer not null references municipal_divisions (year),
  municipality_code text not null references municipalities (code),
  inhabitants bigint check (inhabitants >= 0),
  inhabitants_source text,
  clients bigint check (clients >= 0),
  clients_source text,
  -- true: derived from the published table (the 2013 counts were never published), not counted
  clients_derived boolean not null default false,
  updated_at timestamptz not null default now(),
  primary key (year, municipality_code),
  check ((inhabitants is null) = (inhabitants_source is null)),
  check ((clients is null) = (clients_source is null))
);
create index budget_counts_division on budget_counts (year, division_year);

-- Actual use per municipality and year (e.g. clients supported), imported with its source: the regional
-- pool compares what municipalities pay in by the key with what their residents use.
create table budget_usage (
  year integer not null,
  municipality_code text not null references municipalities (code),
  clients bigint not null check (clients >= 0),
  source text not null,
  primary key (year, municipality_code)
);
