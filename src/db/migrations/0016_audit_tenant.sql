-- Issue 17 §4: the audit log per tenant. A municipality's privacy officer reads only the rows of
-- her municipality, and a person's pseudonym differs per tenant (src/services/audit/pseudonym.ts).
--
-- `tenant` is the municipality whose data the row is about; null is national (the CLI, a sign-in
-- without a municipality). Rows written before this migration keep tenant null: the log is
-- append-only and hash-chained, so they are neither rewritten nor re-pseudonymised. Their
-- pseudonyms are the national ones (the master key), which a national privacy officer can still
-- search; a municipality's officer sees such an old row when her own municipality's staff wrote it.
alter table audit_log add column tenant text;
create index audit_log_tenant on audit_log (tenant, seq);

-- The tenant is part of the chained text, last, and only when set (concat_ws skips a null): the
-- hash of every older row stays what it was, so `naast audit verify` keeps passing over them.
create or replace function audit_log_payload(r audit_log) returns text language sql stable as $$
  select concat_ws('|', r.seq::text,
    to_char(r.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(r.actor_user_id::text, ''), coalesce(r.actor_role, ''), coalesce(r.actor_organisation, ''),
    coalesce(r.data_subject, ''), r.activity, r.purpose, r.action, r.outcome,
    coalesce(r.request_id, ''), coalesce(r.trace_id, ''), r.prev_hash, r.tenant)
$$;
