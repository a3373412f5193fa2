-- Identity (accounts, roles bound to organisations, sessions, API tokens) and the append-only,
-- hash-chained audit log of every read or write of personal data (Logboek dataverwerkingen).

create table app_settings (
  key text primary key,
  value text not null
);

create table users (
  id uuid primary key,
  username text not null unique,
  display_name text not null,
  email text,
  password_hash text,                         -- scrypt; null for accounts that only sign in through OIDC
  oidc_issuer text,
  oidc_subject text,
  disabled boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  unique (oidc_issuer, oidc_subject)
);

-- A user can hold several roles, each bound to one organisation: a municipality, a youth region,
-- an MEE organisation or provider, or the whole country ('landelijk' / 'nl').
create table role_assignments (
  user_id uuid not null references users (id) on delete cascade,
  role text not null check (role in ('landelijk', 'regio', 'gemeente-beleid', 'clientondersteuner', 'beslisser', 'aanbieder', 'privacy', 'beheer')),
  organisation_kind text not null check (organisation_kind in ('landelijk', 'jeugdregio', 'gemeente', 'mee-organisatie', 'aanbieder')),
  organisation_code text not null,
  primary key (user_id, role, organisation_kind, organisation_code)
);

create table sessions (
  id_hash text primary key,                   -- sha256 of the cookie value; the value itself is never stored
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  auth_method text not null,                  -- 'password' or 'oidc'
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  name text not null,
  secret_hash text not null,
  scopes text[] not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_used_at timestamptz
);
create index api_tokens_user on api_tokens (user_id);

-- OIDC sign-in in progress: state → PKCE verifier and nonce, for a few minutes.
create table oidc_logins (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  return_to text not null default '/',
  created_at timestamptz not null default now()
);

create table audit_log (
  seq bigserial primary key,
  occurred_at timestamptz not null default now(),
  actor_user_id uuid,
  actor_role text,
  actor_organisation text,
  data_subject text,                          -- pseudonymised id of the person whose data was processed
  activity text not null,                     -- processing activity (verwerkingsactiviteit)
  purpose text not null,                      -- doel/grondslag
  action text not null check (action in ('lezen', 'schrijven', 'verwijderen')),
  outcome text not null,                      -- 'toegestaan', 'geweigerd', 'fout'
  request_id text,
  trace_id text,
  prev_hash text not null,
  row_hash text not null
);
create index audit_log_subject on audit_log (data_subject, seq);
create index audit_log_actor on audit_log (actor_user_id, seq);

-- The canonical text of an audit row: the same function feeds the chain and its verification.
create function audit_log_payload(r audit_log) returns text language sql stable as $$
  select concat_ws('|', r.seq::text,
    to_char(r.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(r.actor_user_id::text, ''), coalesce(r.actor_role, ''), coalesce(r.actor_organisation, ''),
    coalesce(r.data_subject, ''), r.activity, r.purpose, r.action, r.outcome,
    coalesce(r.request_id, ''), coalesce(r.trace_id, ''), r.prev_hash)
$$;

-- Each row is chained to the previous one; the lock serialises concurrent writers so the chain
-- has no forks.
create function audit_log_chain() returns trigger language plpgsql as $$
declare
  previous text;
begin
  perform pg_advisory_xact_lock(727275);
  select row_hash into previous from audit_log order by seq desc limit 1;
  new.occurred_at := coalesce(new.occurred_at, now());
  new.prev_hash := coalesce(previous, repeat('0', 64));
  new.row_hash := encode(sha256(convert_to(audit_log_payload(new), 'UTF8')), 'hex');
  return new;
end $$;

create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain();

-- Append-only: nobody changes or removes a row through SQL, the app's role included.
create function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'Het logboek dataverwerkingen is alleen-toevoegen: % is niet toegestaan', tg_op
    using errcode = 'insufficient_privilege';
end $$;

create trigger audit_log_no_update before update or delete on audit_log for each row execute function audit_log_refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_refuse_change();
