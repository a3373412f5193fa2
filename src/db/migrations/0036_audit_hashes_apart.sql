-- Issue 23 goals 1 and 4 (ADR 0017, amends ADR 0013): sealing no longer changes audit rows.
--
-- Until now the sealer wrote each row's chain hashes into the row itself (an UPDATE). Because the
-- hash columns are part of an index predicate (audit_log_unsealed), that UPDATE was never HOT: every
-- sealed row was written a second time, into the table and all seven of its indexes, and a trigger
-- hashed it once more to check the change. Sealing cost about twice the append itself, ran beside
-- every write (on PGlite on the same thread) and left a dead row version per audit row behind.
--
-- Now a row's hashes go into a table of their own, audit_log_hashes: one append to its primary key
-- per row. The audit log itself is never updated again (the trigger refuses every UPDATE), and the
-- partial index on unsealed rows goes: sealing finds its rows by number (seq above the last seal).
--
-- Rows sealed before this migration keep the hashes in their own columns; readers take
-- coalesce(audit_log_hashes, audit_log) (src/services/audit/log.ts), so nothing is copied and the
-- migration is instant at any volume. The payload function and every hash are unchanged, so
-- `naast audit verify` checks old and new rows as one chain.

create table audit_log_hashes (
  seq bigint primary key,
  prev_hash text not null,
  row_hash text not null
);

create function audit_log_hashes_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'De hashes van het logboek dataverwerkingen zijn alleen-toevoegen: % is niet toegestaan', tg_op
    using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_hashes_no_change before update or delete on audit_log_hashes for each row execute function audit_log_hashes_refuse_change();
create trigger audit_log_hashes_no_truncate before truncate on audit_log_hashes for each statement execute function audit_log_hashes_refuse_change();

-- Append-only without exception: sealing no longer needs to change a row.
create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'Het logboek dataverwerkingen is alleen-toevoegen: % is niet toegestaan', tg_op
    using errcode = 'insufficient_privilege';
end $$;

drop index audit_log_unsealed;

-- As in migration 0034, except that the hashes are appended to audit_log_hashes in one statement per
-- chunk instead of one UPDATE of audit_log per row.
create or replace function audit_log_seal(p_upto bigint, p_xmax xid8, p_limit integer default null,
  out sealed integer, out next_upto bigint, out next_xmax xid8, out pending boolean)
language plpgsql as $$
declare
  head_seq bigint;
  head text;
  first bigint;
  last bigint;
  r audit_log;
  seqs bigint[] := '{}';
  prevs text[] := '{}';
  hashes text[] := '{}';
begin
  sealed := 0;
  if p_upto is not null and p_xmax is not null and pg_snapshot_xmin(pg_current_snapshot()) >= p_xmax then
    perform pg_advisory_xact_lock(727276);
    select s.last_seq, s.head_hash into head_seq, head from audit_log_seals s order by s.last_seq desc limit 1;
    head_seq := coalesce(head_seq, 0);
    head := coalesce(head, repeat('0', 64));
    -- `limit null` is no limit.
    for r in select * from audit_log where seq > head_seq and seq <= p_upto order by seq limit p_limit loop
      r.prev_hash := head;
      r.row_hash := encode(sha256(convert_to(audit_log_payload(r), 'UTF8')), 'hex');
      seqs := seqs || r.seq;
      prevs := prevs || r.prev_hash;
      hashes := hashes || r.row_hash;
      head := r.row_hash;
      first := coalesce(first, r.seq);
      last := r.seq;
      sealed := sealed + 1;
    end loop;
    if sealed > 0 then
      insert into audit_log_hashes (seq, prev_hash, row_hash) select * from unnest(seqs, prevs, hashes);
      insert into audit_log_seals (last_seq, first_seq, row_count, head_hash) values (last, first, sealed, head);
      head_seq := last;
    end if;
    -- Stopped by the limit with rows left below the horizon: the same horizon again (it stays reached).
    if sealed = p_limit and exists (select 1 from audit_log where seq > head_seq and seq <= p_upto) then
      next_upto := p_upto;
      next_xmax := p_xmax;
      pending := true;
      return;
    end if;
  else
    select coalesce(max(s.last_seq), 0) into head_seq from audit_log_seals s;
  end if;
  next_upto := pg_sequence_last_value(pg_get_serial_sequence('audit_log', 'seq')::regclass);
  select pg_snapshot_xmax(pg_current_snapshot()) into next_xmax;
  pending := exists (select 1 from audit_log where seq > head_seq);
end $$;
