-- Policy framework per municipality (afwegingskader cliëntondersteuning): the organisation variants of
-- §3.6 and approaches of §3.2, local or regional (§3.5), per provider the delivery mode and funding form
-- (§3.4), the independence safeguards (§2.3) and the access channels (§3.3). Vocabularies live in
-- src/domain/policy/framework.ts; the database checks the few that decide consistency.

create table policy_frameworks (
  municipality_code text primary key references municipalities (code),
  variants text[] not null default '{}',          -- VARIANTS codes
  approaches text[] not null default '{}',        -- APPROACHES codes
  scale text not null default 'lokaal' check (scale in ('lokaal', 'regionaal', 'lokaal-en-regionaal')),
  regional_funding text not null default 'geen' check (regional_funding in ('geen', 'regionaal-budget', 'woonplaatsbeginsel')),
  -- The one directing organisation of §3.2, when chosen.
  lead_organisation_id uuid references socialmap_organisations (id) on delete set null,
  notes text not null default '',
  version integer not null default 1,
  updated_by uuid,
  updated_at timestamptz not null default now()
);

create table policy_arrangements (               -- per provider: delivery mode and funding form (§3.4)
  municipality_code text not null references policy_frameworks (municipality_code) on delete cascade,
  organisation_id uuid not null references socialmap_organisations (id) on delete cascade,
  delivery_mode text not null check (delivery_mode in ('eigen-beheer', 'subsidie', 'subsidieovereenkomst', 'opdracht', 'geen-financiering')),
  funding_form text not null check (funding_form in ('functie', 'product', 'project', 'populatie', 'geen')),
  amount_cents bigint check (amount_cents >= 0),
  note text not null default '',
  position integer not null default 0,
  primary key (municipality_code, organisation_id)
);
create index policy_arrangements_organisation on policy_arrangements (organisation_id);

create table policy_safeguards (                 -- waarborgen voor onafhankelijkheid (§2.3)
  municipality_code text not null references policy_frameworks (municipality_code) on delete cascade,
  safeguard text not null,
  note text not null default '',
  primary key (municipality_code, safeguard)
);

create table policy_channels (                   -- toegang: telefoon, digitaal, fysiek, huisbezoek, outreachend (§3.3)
  municipality_code text not null references policy_frameworks (municipality_code) on delete cascade,
  channel text not null check (channel in ('telefoon', 'digitaal', 'fysiek', 'huisbezoek', 'outreachend')),
  details text not null default '',
  primary key (municipality_code, channel)
);
