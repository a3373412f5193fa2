-- Transition monitor (transitievolgsysteem): questionnaires as versioned data, rounds, responses
-- with every version kept, the MEE monitor as a second source, follow-up and reminders.

create table questionnaires (
  id text not null,
  version integer not null,
  definition jsonb not null,
  created_at timestamptz not null default now(),
  primary key (id, version)
);

create table monitor_rounds (
  id text primary key,                       -- e.g. '2014-10'
  name text not null,
  reference_date date not null,              -- peildatum
  opens_on date not null,
  deadline date not null,
  questionnaire_id text not null,
  questionnaire_version integer not null,
  division_year integer not null references municipal_divisions (year),
  contracts_due boolean not null default false,  -- from 1 October 2014 a contract or subsidy decision is due
  foreign key (questionnaire_id, questionnaire_version) references questionnaires (id, version)
);

-- Every saved version of a municipality's answers; the newest is the current one.
create table monitor_responses (
  round_id text not null references monitor_rounds (id),
  municipality_code text not null references municipalities (code),
  version integer not null,
  status text not null check (status in ('concept', 'ingediend', 'toelichting_gevraagd', 'geaccepteerd')),
  answers jsonb not null,
  stage text generated always as (answers ->> 'stage') stored,
  warnings jsonb not null default '[]',
  answered_by text not null,                 -- 'gemeente', 'jeugdregio:<code>', 'import', 'demo'
  saved_by uuid,
  saved_at timestamptz not null default now(),
  submitted_at timestamptz,
  primary key (round_id, municipality_code, version)
);
create index monitor_responses_round on monitor_responses (round_id, municipality_code, version desc);

-- The second source: the MEE monitor's view of each municipality's stage.
create table mee_monitor_entries (
  round_id text not null references monitor_rounds (id),
  municipality_code text not null references municipalities (code),
  stage text not null check (stage in ('geen', 'in_voorbereiding', 'ambtelijk', 'college', 'definitief')),
  reported_on date,
  imported_at timestamptz not null default now(),
  primary key (round_id, municipality_code)
);

-- Follow-up of lagging municipalities: support team, clarification requests, contacts, decisions.
create table monitor_followups (
  round_id text not null references monitor_rounds (id),
  municipality_code text not null references municipalities (code),
  support_team text,
  clarification_deadline date,
  escalated boolean not null default false,
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (round_id, municipality_code)
);

create table monitor_followup_events (
  id bigserial primary key,
  round_id text not null,
  municipality_code text not null,
  kind text not null check (kind in ('team_toegewezen', 'toelichting_gevraagd', 'contact', 'besluit', 'escalatie', 'geaccepteerd')),
  note text not null default '',
  occurred_at timestamptz not null default now(),
  recorded_by uuid,
  foreign key (round_id, municipality_code) references monitor_followups (round_id, municipality_code)
);

-- Reminders sent (in-app and e-mail), so none is sent twice.
create table monitor_reminders (
  round_id text not null references monitor_rounds (id),
  municipality_code text not null references municipalities (code),
  kind text not null check (kind in ('voor_deadline', 'na_deadline')),
  channel text not null check (channel in ('in_app', 'email')),
  message text not null,
  sent_at timestamptz not null default now(),
  read_at timestamptz,
  primary key (round_id, municipality_code, kind, channel)
);
