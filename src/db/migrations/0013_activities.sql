-- Activiteitenregistratie: what providers delivered (services and minutes per client contact),
-- imported in bulk from the providers' own systems. The basis of the product funding reports
-- (verantwoording): hours by service, target group, district, age category and life domain.

-- One imported file; the file's sha256 makes a re-import of the same file a no-op.
create table provider_activity_imports (
  id uuid primary key,
  provider_code text not null,          -- aanbiedercode: a MEE organisation code or a free provider code
  file_name text not null,
  row_count integer not null check (row_count >= 0),
  sha256 text not null unique,
  imported_by uuid references users (id),
  imported_at timestamptz not null default now()
);

-- One delivered activity. Written only together with its import row, in one transaction; no foreign
-- key on import_id, so a bulk load of a million rows does not fire a million trigger checks.
create table provider_activities (
  id bigserial primary key,
  import_id uuid not null,
  provider_code text not null,
  municipality_code text not null references municipalities (code),
  activity_date date not null,
  service text not null,                -- dienst
  minutes integer not null check (minutes > 0 and minutes <= 1440),
  target_group text,                    -- doelgroep
  age_category text check (age_category in ('0-18', '18-25', '25-65', '65+')),
  life_domain text,                     -- levensdomein
  district text                         -- wijk
);

-- Reports select one municipality over a period (and sometimes one provider).
create index provider_activities_municipality_date on provider_activities (municipality_code, activity_date);
create index provider_activities_import on provider_activities (import_id);
