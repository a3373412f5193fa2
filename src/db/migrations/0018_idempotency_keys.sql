-- Idempotency keys (draft-ietf-httpapi-idempotency-key-header; issue 18 §1): a client that retries a
-- creating POST after a lost answer sends the same Idempotency-Key and gets the first answer back
-- instead of a second case. One row per (user, route, key); `scope` is the user id, or '' for
-- anonymous callers (the public portal form).
--   state 'bezig'      : the first request is running (a second one with the key gets 409);
--   state 'uitgevoerd' : its change committed (set in the change's own transaction), answer not yet stored;
--   state 'klaar'      : the answer is stored and is replayed.
create table idempotency_keys (
  scope text not null,
  route text not null,
  key text not null,
  fingerprint text not null,
  state text not null default 'bezig' check (state in ('bezig', 'uitgevoerd', 'klaar')),
  response_status integer,
  response_type text,
  response_headers jsonb,
  response_body text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  primary key (scope, route, key)
);
create index idempotency_keys_expires on idempotency_keys (expires_at);
