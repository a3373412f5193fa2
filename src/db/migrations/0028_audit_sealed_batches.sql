-- Issue 23 goal 1 (ADR 0013): the audit log is appended without a lock and sealed into the hash
-- chain in batches. Before this, a BEFORE INSERT trigger took one global lock and read the last
-- row for every audit row, so every transaction that wrote one queued behind all others until
-- commit. Now an append only draws a sequence number; a sealing step (the app after a commit, at
-- startup, and `naast audit verify`) computes the chain hashes of the new rows in seq order and
-- records a seal (head of the chain after the batch) in an append-only table.
--
-- Rows written before this migration keep their hashes (the payload function is unchanged): they
-- form the first seal below, and the chain continues from their last hash.

alter table audit_log alter column prev_hash drop not null, alter column row_hash drop not null;

-- One row per sealing batch: the rows with seq in (previous last_seq, last_seq] that exist are
-- row_count rows, and the chain after them ends in head_hash. Seq numbers that are missing in that
-- range were rolled back (see audit_log_seal: a batch is sealed only once no transaction that could
-- still commit a number in it is running), so a missing number there is not a removed row.
create table audit_log_seals (
  last_seq bigint primary key,
  first_seq bigint not null,
  row_count integer not null check (row_count > 0),
  head_hash text not null,
  sealed_at timestamptz not null default now()
);

insert into audit_log_seals (last_seq, first_seq, row_count, head_hash)
  select l.seq, (select min(seq) from audit_log), (select count(*)::int from audit_log), l.row_hash
    from audit_log l order by l.seq desc limit 1;

-- The append: no lock, no read of the chain. The transaction gets its id BEFORE the number is drawn,
-- so every number drawn before a moment T belongs to a transaction whose id is below the next
-- transaction id at T: that is what lets the sealer tell a running transaction from a rolled-back one.
-- The number is drawn here and not by the column default (which runs before the trigger), and the
-- hashes are always left empty: nobody inserts a row that looks sealed.
drop trigger audit_log_chain on audit_log;
drop function audit_log_chain();
create function audit_log_append() returns trigger language plpgsql as $$
begin
  perform pg_current_xact_id();
  new.seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
  new.occurred_at := coalesce(new.occurred_at, now());
  new.prev_hash := null;
  new.row_hash := null;
  return new;
end $$;
create trigger audit_log_append before insert on audit_log for each row execute function audit_log_append();

-- Still append-only. The one change allowed is the sealing itself: the two hash columns of an
-- unsealed row go from empty to a value once, nothing else changes, and the row hash must be the
-- hash of the row's own content. A sealed row can never be changed again, nor any row removed.
create or replace function audit_log_refuse_change() returns trigger language plpgsql as $$
declare
  before_row audit_log;
  after_row audit_log;
begin
  if tg_op = 'UPDATE' and old.row_hash is null and old.prev_hash is null and new.row_hash is not null and new.prev_hash is not null then
    before_row := old;
    after_row := new;
    after_row.prev_hash := null;
    after_row.row_hash := null;
    if before_row is not distinct from after_row
       and new.row_hash = encode(sha256(convert_to(audit_log_payload(new), 'UTF8')), 'hex') then
      return new;
    end if;
  end if;
  raise exception 'Het logboek dataverwerkingen is alleen-toevoegen: % is niet toegestaan', tg_op
    using errcode = 'insufficient_privilege';
end $$;

create function audit_log_seals_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'De zegels van het logboek dataverwerkingen zijn alleen-toevoegen: % is niet toegestaan', tg_op
    using errcode = 'insufficient_privilege';
end $$;
create trigger audit_log_seals_no_change before update or delete on audit_log_seals for each row execute function audit_log_seals_refuse_change();
create trigger audit_log_seals_no_truncate before truncate on audit_log_seals for each statement execute function audit_log_seals_refuse_change();

-- Unsealed rows are few and found through this small index (the sealer and verify's "pending" count).
create index audit_log_unsealed on audit_log (seq) where row_hash is null;

-- Audit search at scale: rows arrive in time order, so a BRIN index on the time column answers
-- date ranges for a few pages of index; the tenant filter pages by (tenant, seq) (migration 0016).
create index audit_log_occurred_brin on audit_log using brin (occurred_at);

/*
 * Seals the rows up to p_upto, if the horizon (p_upto, p_xmax) from an earlier call is reached:
 * every number up to p_upto was drawn by a transaction with an id below p_xmax (audit_log_append),
 * and once the oldest running transaction is at or above p_xmax, all of those have committed or
 * rolled back. Their rows are then final: what exists is sealed in seq order, what is missing was
 * rolled back. Returns how many rows were sealed, the next horizon (taken after this call's work,
 * in a fresh snapshot, so the number is read before the transaction id bound) and whether rows wait.
 * One sealer at a time (a lock only sealers take; writers never wait for it).
 */
create function audit_log_seal(p_upto bigint, p_xmax xid8, out sealed integer, out next_upto bigint, out next_xmax xid8, out pending boolean)
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
    for r in select * from audit_log where seq > head_seq and seq <= p_upto order by seq loop
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
  else
    select coalesce(max(s.last_seq), 0) into head_seq from audit_log_seals s;
  end if;
  next_upto := pg_sequence_last_value(pg_get_serial_sequence('audit_log', 'seq')::regclass);
  select pg_snapshot_xmax(pg_current_snapshot()) into next_xmax;
  pending := exists (select 1 from audit_log where seq > head_seq);
end $$;
