-- Client support casework (dossiers): the case aggregate of src/domain/cases as jsonb, the people
-- around it as rows (the independence constraint), and the records that grow beside it (notes and
-- contact moments, referrals, complaints/objections/appeals with their statutory deadline).
-- No amounts anywhere: client support is free for the client (model.ts).

create table cases (
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  aggregate jsonb not null,                  -- the domain Case without the BSN (model.ts)
  client jsonb not null,                     -- minimal contact details, target groups, network, representative, consents
  support_choices jsonb not null default '{}',  -- per question: the Bijlage 3 suggestion accepted or overridden (with reason)
  bsn text check (bsn ~ '^[0-9]{9}$'),       -- optional, 11-test in the service; never in a URL, masked in every response
  -- Derived from the aggregate on every save, so work lists and search need no jsonb scans.
  client_name text not null,
  supporter_id text,                         -- current supporter (user id, or id of an informal supporter)
  open_steps text[] not null default '{}',   -- steps of the questions that are not closed
  blocked boolean not null default false,    -- an open request for another supporter
  opened_on date not null,
  closed_on date,                            -- when every question is closed
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  anonymised_at timestamptz                  -- after the retention period (retention.ts)
);
create index cases_open_by_supporter on cases (municipality_code, supporter_id) where closed_on is null;
create index cases_open_steps on cases using gin (open_steps);
create index cases_bsn on cases (municipality_code, bsn) where bsn is not null;
create index cases_name on cases (municipality_code, lower(client_name));

-- Everyone who holds a role in a client's case, former supporters included. The primary key is the
-- independence rule in the database: one person can never be both supporter and decision-maker for
-- the same client (Bijlage 2: "niet in één hand"), whatever the application code does. Rows are never
-- removed, so someone who once supported the client can never later decide on his application.
create table case_people (
  case_id uuid not null references cases (id) on delete cascade,
  person_id text not null,
  role text not null check (role in ('ondersteuner', 'beslisser')),
  assigned_on date not null,
  primary key (case_id, person_id)
);
create index case_people_person on case_people (person_id, role);

-- Notes and contact moments (the intake of every question is its first contact moment).
create table case_notes (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  question_id text,
  kind text not null check (kind in ('notitie', 'contactmoment')),
  channel text check (channel in ('telefonisch', 'digitaal', 'fysiek_loket', 'huisbezoek', 'signalering')),
  occurred_on date not null,
  body text not null,
  recorded_by uuid,
  recorded_at timestamptz not null default now()
);
create index case_notes_case on case_notes (case_id, occurred_on, recorded_at);

-- Referrals to providers (bemiddelen en verwijzen) and what came of them.
create table case_referrals (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  question_id text,
  provider text not null,
  reason text not null default '',
  referred_on date not null,
  outcome text check (outcome in ('geholpen', 'wachtlijst', 'afgewezen', 'afgezien')),
  outcome_on date,
  outcome_note text not null default '',
  recorded_by uuid,
  recorded_at timestamptz not null default now()
);
create index case_referrals_case on case_referrals (case_id, referred_on);

-- Help with complaints, objection and appeal. The deadline is computed by the domain (Awb 6:7, 6:8
-- and the Algemene termijnenwet) when the decision's dispatch date is recorded, never typed in.
create table case_objections (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  question_id text,
  kind text not null check (kind in ('klacht', 'bezwaar', 'beroep')),
  subject text not null,
  decision_sent_on date,                     -- bekendmaking of the decision (bezwaar) or of the decision on objection (beroep)
  plain_deadline_on date,                    -- six weeks, before the Atw
  deadline_on date,                          -- last day in time, after the Atw
  extended_because jsonb not null default '[]',
  filed_on date,
  outcome text check (outcome in ('gegrond', 'deels_gegrond', 'ongegrond', 'niet_ontvankelijk', 'ingetrokken')),
  outcome_on date,
  outcome_note text not null default '',
  recorded_by uuid,
  recorded_at timestamptz not null default now(),
  check ((kind = 'klacht') = (decision_sent_on is null))
);
create index case_objections_case on case_objections (case_id, recorded_at);
-- The deadline work list: deadlines that are still running (nothing filed, no outcome).
create index case_objections_open_deadline on case_objections (deadline_on) where filed_on is null and outcome is null and deadline_on is not null;
