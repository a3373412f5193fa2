-- Social map (sociale kaart): providers, their services and locations, shaped after Open Referral
-- HSDS 3.0 (organization, service, location, service_at_location) so that import and export are a
-- mapping, not a translation. Vocabularies (target sub-groups of Tabel 1, provider kinds, channels,
-- life domains, age categories, the five relations of §3.2) live in src/domain/socialmap/taxonomy.ts;
-- the database stores their codes in text arrays and checks nothing it cannot keep in step.

create table socialmap_organisations (           -- aanbieders (HSDS organization)
  id uuid primary key,
  name text not null check (length(name) between 1 and 200),
  description text not null default '',
  kind text not null,                            -- PROVIDER_KINDS code
  email text,
  website text,
  phone text,
  staffing text not null default 'professioneel' check (staffing in ('professioneel', 'vrijwillig', 'beide')),
  -- Who keeps this entry up to date: the municipality whose social map it belongs to.
  municipality_code text not null references municipalities (code),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index socialmap_organisations_municipality on socialmap_organisations (municipality_code);

create table socialmap_relations (               -- how the municipality relates to a provider (§3.2)
  municipality_code text not null references municipalities (code),
  organisation_id uuid not null references socialmap_organisations (id) on delete cascade,
  relation text not null,                        -- MUNICIPAL_RELATIONS code
  primary key (municipality_code, organisation_id)
);

create table socialmap_services (                -- diensten (HSDS service)
  id uuid primary key,
  organisation_id uuid not null references socialmap_organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  description text not null default '',
  status text not null default 'active' check (status in ('active', 'inactive', 'defunct', 'temporarily closed')),
  what text not null default '',                 -- Tabel 2 "wat"
  how text not null default '',                  -- Tabel 2 "hoe"
  target_groups text[] not null default '{}',    -- TARGET_SUBGROUPS codes (Tabel 1)
  age_categories text[] not null default '{}',   -- '0-18', '18-25', '25-65', '65+'
  life_domains text[] not null default '{}',     -- the six life domains of §2.3
  channels text[] not null default '{}',         -- CHANNELS codes (§3.3)
  languages text[] not null default '{nl}',      -- ISO 639-1
  phone text,
  phone_hours text,                              -- e.g. "ma–vr 9.00–12.00"
  email text,
  url text,
  walk_in_hours text,
  home_visits boolean not null default false,
  free_of_charge boolean not null default true,  -- client support is free (Wmo 2015 art. 2.2.4)
  -- Municipalities where the service is available (its service area); a regional service lists several.
  municipality_codes text[] not null default '{}',
  -- Words a resident might use ("schulden", "rolstoel"): found by the public search besides name and description.
  keywords text[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index socialmap_services_organisation on socialmap_services (organisation_id);
create index socialmap_services_area on socialmap_services using gin (municipality_codes);
create index socialmap_services_target_groups on socialmap_services using gin (target_groups);

create table socialmap_locations (               -- locaties (HSDS location, physical)
  id uuid primary key,
  organisation_id uuid not null references socialmap_organisations (id) on delete cascade,
  name text not null,
  address text not null default '',              -- street and number
  postal_code text not null default '',
  city text not null default '',                 -- plaats, searched by the public search
  municipality_code text references municipalities (code),
  latitude numeric(9, 6),
  longitude numeric(9, 6),
  accessibility text[] not null default '{}',    -- ACCESSIBILITY_FEATURES codes
  accessibility_notes text not null default '',
  opening_hours text not null default ''
);
create index socialmap_locations_organisation on socialmap_locations (organisation_id);
create index socialmap_locations_city on socialmap_locations (lower(city));

create table socialmap_service_locations (       -- HSDS service_at_location
  id uuid primary key,
  service_id uuid not null references socialmap_services (id) on delete cascade,
  location_id uuid not null references socialmap_locations (id) on delete cascade,
  unique (service_id, location_id)
);
create index socialmap_service_locations_location on socialmap_service_locations (location_id);

create table socialmap_faq (                     -- veelgestelde vragen, edited by the municipality (§3.3)
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  question text not null check (length(question) between 1 and 500),
  answer text not null check (length(answer) between 1 and 5000),
  position integer not null default 0,
  published boolean not null default true,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);
create index socialmap_faq_municipality on socialmap_faq (municipality_code, position);
