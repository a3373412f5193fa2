-- Register (youth regions, MEE organisations, municipalities, divisions per 1 January) and the
-- budget model's data (Tabel 3 budgets, Bijlage 5 allocations, planned 2015 spending).
-- Money is integer euro cents (bigint).

create table youth_regions (          -- jeugdregio's
  code text primary key,
  name text not null unique
);

create table mee_organisations (      -- MEE-organisaties
  code text primary key,
  name text not null unique
);

create table mee_organisation_aliases (  -- name variants (Tabel 3 vs Bijlage 5)
  alias text not null,
  mee_code text not null references mee_organisations (code),
  source text not null,
  primary key (alias, mee_code, source)
);

create table municipalities (         -- gemeenten, every one that exists in any division
  code text primary key,              -- stable slug of the name
  name text not null unique,
  cbs_code text                       -- GMxxxx, only where a public source confirms it
);

create table municipal_divisions (    -- gemeentelijke indeling per 1 januari
  year integer primary key,
  valid_from date not null,
  valid_to date,                      -- exclusive; null = still valid
  description text not null
);

-- Membership of a municipality in a division, with its youth region and MEE organisation;
-- validity follows the division.
create table division_members (
  division_year integer not null references municipal_divisions (year),
  municipality_code text not null references municipalities (code),
  youth_region_code text not null references youth_regions (code),
  mee_code text not null references mee_organisations (code),
  primary key (division_year, municipality_code)
);
create index division_members_region on division_members (division_year, youth_region_code);
create index division_members_mee on division_members (division_year, mee_code);

-- Herindeling: one row per piece moving from a municipality to its successor.
create table division_changes (
  id serial primary key,
  effective_date date not null,
  kind text not null check (kind in ('merger', 'split')),
  from_code text not null references municipalities (code),
  to_code text not null references municipalities (code),
  source text not null,
  unique (effective_date, from_code, to_code)
);

-- Shares by which a split divides its figures; only with a cited source.
create table split_shares (
  effective_date date not null,
  from_code text not null references municipalities (code),
  to_code text not null references municipalities (code),
  weight numeric not null check (weight >= 0),
  unit text not null,                 -- e.g. 'inwoners' or 'aandeel'
  source text not null,
  primary key (effective_date, from_code, to_code)
);

-- Tabel 3: budgets per MEE organisation and year.
create table mee_budgets (
  year integer not null,
  mee_code text not null references mee_organisations (code),
  client_support_cents bigint not null check (client_support_cents >= 0),
  ivh_cents bigint not null check (ivh_cents >= 0),
  source text not null,
  primary key (year, mee_code)
);

-- Bijlage 5: the published allocation per municipality (in the division it was published in).
create table published_allocations (
  year integer not null,
  division_year integer not null references municipal_divisions (year),
  municipality_code text not null references municipalities (code),
  mee_code text not null references mee_organisations (code),
  client_support_cents bigint not null check (client_support_cents >= 0),
  ivh_cents bigint not null check (ivh_cents >= 0),
  source text not null,
  primary key (year, municipality_code)
);
create index published_allocations_mee on published_allocations (year, mee_code);

-- What a municipality will spend at MEE in the next year (friction-cost exposure);
-- `version` drives the ETag so concurrent edits are detected.
create table planned_spending (
  year integer not null,
  municipality_code text not null references municipalities (code),
  amount_cents bigint not null check (amount_cents >= 0),
  note text,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (year, municipality_code)
);
