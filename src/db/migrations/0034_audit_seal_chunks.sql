-- Issue 23 goal 1 (ADR 0013, ADR 0015 update of December 2026): sealing in bounded chunks.
--
-- audit_log_seal (migration 0028) sealed everything up to its horizon in one call. On PGlite that call
-- runs on the one connection and the one thread that also serve HTTP: under the case-creation bench
-- (64 connections) a run sealed 400-600 rows in 20-73 ms, and every creation queued behind it waited
-- that long (the p99 of POST /dossiers was 5-6x its p50; docs/performance.md). With a limit a call seals
-- at most p_limit rows, and when it stops before its horizon it hands the SAME horizon back: it is
-- still reached (every number up to p_upto came from a transaction that has ended), so the next call
-- goes on where this one stopped, and the sealer lets other statements go in between.
--
-- Each chunk is a seal row of its own (audit_log_seals: first_seq, last_seq, row_count, head_hash), the
-- same as a smaller batch: `naast audit verify` checks it the same way. Without a limit (null, the
-- default: `naast audit verify`, startup) the function does what it did.
drop function audit_log_seal(bigint, xid8);

create function audit_log_seal(p_upto bigint, p_xmax xid8, p_limit integer default null,
  out sealed integer, out next_upto bigint, out next_xmax xid8, out pending boolean)
language plpgsql as $$
declare
  head_seq bigint;
  head text;
  first bigint;
  last bigint;
  r audit_log;
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
      update audit_log set prev_hash = r.prev_hash, row_hash = r.row_hash where seq = r.seq;
      head := r.row_hash;
      first := coalesce(first, r.seq);
      last := r.seq;
      sealed := sealed + 1;
    end loop;
    if sealed > 0 then
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
