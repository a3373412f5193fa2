-- The audit log's sequence number must follow the order in which rows join the chain. The column
-- default draws it before the BEFORE INSERT trigger takes the chain lock, so two concurrent
-- writers could chain in the opposite order of their numbers (seen on the PostgreSQL server).
-- Draw the number again inside the lock: numbers may skip, but never run against the chain.
create or replace function audit_log_chain() returns trigger language plpgsql as $$
declare
  previous text;
begin
  perform pg_advisory_xact_lock(727275);
  new.seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
  select row_hash into previous from audit_log order by seq desc limit 1;
  new.occurred_at := coalesce(new.occurred_at, now());
  new.prev_hash := coalesce(previous, repeat('0', 64));
  new.row_hash := encode(sha256(convert_to(audit_log_payload(new), 'UTF8')), 'hex');
  return new;
end $$;
