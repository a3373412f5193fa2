-- Resident portal (inwonersportaal, issue 7 and the resident's journey of issue 6): questions asked
-- online become intakes of the casework module (cases, channel 'digitaal'); these tables only add
-- what the portal needs on top: the reference on the receipt, the link to a signed-in resident, and
-- the resident's own OIDC identity, kept apart from staff identities (docs/decisions/0009).

-- Residents sign in through their own start route (/api/v1/portaal/inloggen). Their identity at the
-- provider is kept here, not in users.oidc_issuer/oidc_subject: a staff member who also asks a
-- question as a resident gets a separate resident account, and a staff sign-in never finds, creates
-- or changes a resident account (nor the other way round).
create table resident_identities (
  user_id uuid primary key references users (id) on delete cascade,
  oidc_issuer text not null,
  oidc_subject text not null,
  created_at timestamptz not null default now(),
  unique (oidc_issuer, oidc_subject)
);

-- A resident sign-in in progress (like oidc_logins, but for the portal's own callback), with the
-- municipality the resident chose: that becomes the organisation of the role 'inwoner'.
create table resident_logins (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  municipality_code text not null references municipalities (code),
  return_to text not null default '/portaal',
  created_at timestamptz not null default now()
);

-- One row per question asked through the portal. The reference is what the receipt shows and what
-- the resident's own view uses in its addresses: it is no personal data and tells nothing about the
-- case without the signed-in owner. resident_user_id is null for a question asked without signing in.
create table portal_questions (
  reference text primary key check (reference ~ '^NV-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
  case_id uuid not null references cases (id) on delete cascade,
  question_id text not null,
  municipality_code text not null references municipalities (code),
  resident_user_id uuid references users (id) on delete set null,
  wants_supporter boolean not null default false,
  asked_on date not null,
  created_at timestamptz not null default now()
);
create index portal_questions_resident on portal_questions (resident_user_id, created_at) where resident_user_id is not null;
create index portal_questions_case on portal_questions (case_id);
