-- Issue 6, second part: the client's own support plan per household (one family, one plan) and
-- consent records that can be withdrawn. Both grow beside the case aggregate, like notes.

-- A household (huishouden) holds one support plan (eigen plan), shared by the cases of its members.
-- The plan is versioned: `version` is the ETag; every saved version is kept in support_plan_versions.
create table support_plans (
  id uuid primary key,
  municipality_code text not null references municipalities (code),
  content jsonb not null default '{"results": [], "agreements": []}'::jsonb,  -- results and agreements (domain support-plan.ts)
  approved_on date,                          -- the day the client agreed (akkoord)
  approved_version integer,                  -- ... to this version
  version integer not null default 0,
  updated_by uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((approved_on is null) = (approved_version is null))
);
create index support_plans_municipality on support_plans (municipality_code);

-- Which cases share a plan. A case has at most one household; the plan outlives none of its cases
-- (retention blanks its texts when the last member is anonymised).
create table support_plan_cases (
  case_id uuid primary key references cases (id) on delete cascade,
  plan_id uuid not null references support_plans (id) on delete cascade,
  joined_on date not null
);
create index support_plan_cases_plan on support_plan_cases (plan_id);

create table support_plan_versions (
  plan_id uuid not null references support_plans (id) on delete cascade,
  version integer not null,
  content jsonb not null,
  approved_on date,
  approved_version integer,
  saved_by uuid,
  saved_at timestamptz not null default now(),
  primary key (plan_id, version)
);

-- Consents (toestemmingen): what may be shared with whom, given on, withdrawn on. Never deleted or
-- edited, only withdrawn, so the history shows what was allowed on any day.
create table case_consents (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  subject text not null,                     -- what may be shared
  recipient text not null,                   -- with whom (empty for consents taken over below)
  given_on date not null,
  withdrawn_on date,
  note text not null default '',
  recorded_by uuid,
  recorded_at timestamptz not null default now(),
  withdrawn_by uuid,
  withdrawn_at timestamptz,
  check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index case_consents_case on case_consents (case_id, given_on, recorded_at);

-- Take over the consents kept until now inside the client details (`cases.client -> 'consents'`):
-- a consent given becomes a current record; one refused becomes a record withdrawn the same day, so
-- nothing recorded is lost. With whom was not asked then: the recipient stays empty.
insert into case_consents (id, case_id, subject, recipient, given_on, withdrawn_on, note, recorded_at)
select gen_random_uuid(), c.id, coalesce(nullif(e ->> 'subject', ''), 'onbekend'), '', (e ->> 'recordedOn')::date,
       case when (e ->> 'given')::boolean then null else (e ->> 'recordedOn')::date end,
       case when (e ->> 'given')::boolean then coalesce(e ->> 'note', '')
            else trim(both ' ' from 'Niet gegeven. ' || coalesce(e ->> 'note', '')) end,
       c.updated_at
  from cases c, jsonb_array_elements(coalesce(c.client -> 'consents', '[]'::jsonb)) e
 where jsonb_typeof(c.client -> 'consents') = 'array';
update cases set client = client - 'consents' where client ? 'consents';
