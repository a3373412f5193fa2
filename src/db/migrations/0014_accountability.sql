-- Accountability (verantwoording, §3.4): reporting periods per municipality, provider and funding
-- form; the provider's report in it with its review (questions and answers); client-experience
-- questionnaires; and the parts of MEE's information package per municipality (§4.3, §4.6) that
-- casework does not hold. Amounts in cents; report values as jsonb in the shape of the template.

create table accountability_periods (
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  provider_code text not null,               -- a MEE organisation code or a provider code (aanbiedercode)
  funding_form text not null check (funding_form in ('functie', 'product', 'project', 'populatie')),
  period_from date not null,
  period_to date not null,
  due_on date,
  label text not null,
  created_by uuid,
  created_at timestamptz not null default now(),
  check (period_from <= period_to),
  unique (municipality_code, provider_code, funding_form, period_from, period_to)
);
create index accountability_periods_provider on accountability_periods (provider_code, period_from);

-- One report per period. `prefill` keeps what Naast computed from casework when the report was
-- first opened, so a correction by the provider stays visible next to the computed figure.
create table accountability_reports (
  period_id uuid primary key references accountability_periods (id) on delete cascade,
  state text not null default 'concept' check (state in ('concept', 'ingediend', 'vragen', 'geaccepteerd')),
  report_values jsonb not null default '{}',
  prefill jsonb not null default '{}',
  spend_cents bigint check (spend_cents >= 0),   -- from the value 'uitgaven', for the council report
  submitted_at timestamptz,
  accepted_at timestamptz,
  accepted_by uuid,
  version integer not null default 1,
  updated_at timestamptz not null default now()
);

-- Questions of the municipality and answers of the provider, in order.
create table accountability_messages (
  id uuid primary key,
  period_id uuid not null references accountability_periods (id) on delete cascade,
  side text not null check (side in ('aanbieder', 'gemeente')),
  body text not null,
  written_by uuid,
  written_at timestamptz not null default now()
);
create index accountability_messages_period on accountability_messages (period_id, written_at);

-- Client experience: invitations (e.g. the cases of a sample-based evaluation) and the answers,
-- anonymous: no case id is stored with an answer, so nobody can be traced by what they said.
create table experience_invitations (
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  provider_code text not null,
  sent_on date not null,
  invited integer not null check (invited >= 0),
  sample_id uuid references case_evaluation_samples (id) on delete set null,
  created_at timestamptz not null default now()
);
create index experience_invitations_scope on experience_invitations (municipality_code, provider_code, sent_on);

create table experience_responses (
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  provider_code text not null,
  responded_on date not null,
  answers jsonb not null,                     -- Likert item → 1..5
  free_text text not null default '',
  channel text not null default 'formulier' check (channel in ('formulier', 'huisbezoek', 'vertrouwenspersoon', 'import')),
  created_at timestamptz not null default now()
);
create index experience_responses_scope on experience_responses (municipality_code, provider_code, responded_on);

-- MEE's information package (§4.3): what casework cannot compute (short questions, collective tasks,
-- networks, training of others, plus-tasks, IVH coordination) per municipality and year.
create table mee_information_packages (
  municipality_code text not null references municipalities (code),
  mee_code text not null,
  year integer not null,
  package jsonb not null,
  source text not null check (source in ('ingevuld', 'import')),
  version integer not null default 1,
  updated_at timestamptz not null default now(),
  primary key (municipality_code, mee_code, year)
);
