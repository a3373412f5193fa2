-- MEE trajectories still running on the transition date (§4.3), imported from MEE's list: each one
-- is a case whose supporter is the MEE supporter; this row remembers which supporter that was, so
-- continuity (still with MEE, completed, transferred) can be counted from the case afterwards.
create table case_mee_transitions (
  case_id uuid primary key references cases (id) on delete cascade,
  municipality_code text not null references municipalities (code),
  mee_organisation text not null,
  mee_supporter_id text not null,            -- person id of the MEE supporter in the aggregate
  mee_supporter_name text not null,          -- a MEE professional is no user of Naast; cleared by retention
  started_on date,                           -- unknown when MEE did not deliver it
  imported_by uuid,
  imported_at timestamptz not null default now()
);
create index case_mee_transitions_municipality on case_mee_transitions (municipality_code);

-- Sample-based evaluation (Bijlage 3 row 5): every draw is kept with its seed, so it can be repeated
-- and checked, and with the cases drawn and the method each one gets.
create table case_evaluation_samples (
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  share numeric not null check (share > 0 and share <= 1),
  seed text not null,
  period_from date,
  period_to date,
  candidates integer not null,
  drawn_by uuid,
  drawn_at timestamptz not null default now()
);
create index case_evaluation_samples_municipality on case_evaluation_samples (municipality_code, drawn_at);

create table case_evaluation_sample_cases (
  sample_id uuid not null references case_evaluation_samples (id) on delete cascade,
  case_id uuid not null references cases (id) on delete cascade,
  closed_on date not null,
  self_direction smallint check (self_direction between 1 and 5),
  method text not null check (method in ('formulier', 'huisbezoek', 'vertrouwenspersoon')),
  primary key (sample_id, case_id)
);
