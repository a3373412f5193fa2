-- Sign-in hardening (issue 17 §5): a throttle per address and per account instead of a lock that
-- anyone could trigger by typing a user name, a TOTP second factor, an organisation's demand for it,
-- and how an OIDC session was authenticated (acr/amr).

-- Failed sign-ins per key: 'account:<lower user name>' (also for names that do not exist, so the
-- answer does not tell), 'address:<ip>' and 'pair:<ip> <lower user name>'.
create table login_throttle (
  key text primary key,
  failures integer not null default 0,
  blocked_until timestamptz,
  last_failure_at timestamptz not null default now()
);
create index login_throttle_last_failure on login_throttle (last_failure_at);

-- TOTP (RFC 6238): the shared secret (base32), confirmed once the user typed a code from the app;
-- the last accepted time step, so a code works only once.
alter table users add column totp_secret text;
alter table users add column totp_confirmed_at timestamptz;
alter table users add column totp_last_step bigint;

-- Per organisation: must staff who sign in with a password use a second factor?
create table organisation_security (
  organisation_kind text not null,
  organisation_code text not null,
  require_totp boolean not null default false,
  updated_at timestamptz not null default now(),
  primary key (organisation_kind, organisation_code)
);

-- How the session was authenticated: the OIDC provider's acr and amr claims, or Naast's own
-- second factor for a password sign-in ('pwd', 'otp').
alter table sessions add column acr text;
alter table sessions add column amr text[];
