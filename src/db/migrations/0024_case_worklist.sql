-- The supporter's work list (issue 20 §2, issue 23): what a row shows and what it is ordered by, kept
-- in columns of `cases` so the list is one indexed, paged query instead of a subquery per case.
-- They are derived from the records beside the aggregate (contact moments, objections, the plan) by
-- store.ts `refreshWorkColumns` on every save; the backfill below is the same statement for every row.
alter table cases add column last_contact_on date;                 -- latest contact moment (case_notes)
alter table cases add column question_summary text not null default '';  -- the client's words of the open questions (intake text)
alter table cases add column next_deadline_on date;                -- soonest deadline still to act on
alter table cases add column next_deadline_kind text
  check (next_deadline_kind in ('bezwaartermijn', 'beroepstermijn', 'afspraak'));

-- The derivation of the work-list columns, in one place: the backfill below and every save
-- (refreshWorkColumns in src/services/cases/store.ts, filtered on x.id) read this view. A later
-- migration that changes a column it reads must recreate it.
create view case_work_columns as
    select x.id, lc.on_date as last_contact_on, coalesce(qs.text, '') as question_summary, nd.on_date as next_deadline_on, nd.kind as next_deadline_kind
      from cases x
      left join lateral (select max(n.occurred_on) as on_date from case_notes n where n.case_id = x.id and n.kind = 'contactmoment') lc on true
      left join lateral (
        select left(string_agg(t.body, ' · ' order by t.first_at, t.qid), 300) as text
          from (select distinct on (n.question_id) n.question_id as qid, n.recorded_at as first_at,
                       btrim(regexp_replace(split_part(n.body, chr(10) || chr(10), 1), '\s+', ' ', 'g')) as body
                  from case_notes n
                 where n.case_id = x.id and n.kind = 'contactmoment'
                   and n.question_id in (select q ->> 'id' from jsonb_array_elements(x.aggregate -> 'questions') q where q ->> 'step' <> 'afgesloten')
                 order by n.question_id, n.recorded_at, n.id) t
         where t.body <> '') qs on true
      left join lateral (
        select d.on_date, d.kind from (
          select o.deadline_on as on_date, case o.kind when 'bezwaar' then 'bezwaartermijn' else 'beroepstermijn' end as kind, 1 as rank
            from case_objections o
           where o.case_id = x.id and o.deadline_on is not null and o.filed_on is null and o.outcome is null
          union all
          select (a ->> 'dueOn')::date, 'afspraak', 2
            from support_plan_cases m join support_plans p on p.id = m.plan_id
                 cross join lateral jsonb_array_elements(coalesce(p.content -> 'agreements', '[]'::jsonb)) a
           where m.case_id = x.id and x.closed_on is null and x.anonymised_at is null and a ->> 'dueOn' is not null
             and (lc.on_date is null or (a ->> 'dueOn')::date > lc.on_date)
        ) d order by d.on_date, d.rank limit 1) nd on true;

update cases c set last_contact_on = w.last_contact_on, question_summary = w.question_summary,
       next_deadline_on = w.next_deadline_on, next_deadline_kind = w.next_deadline_kind
  from case_work_columns w
 where c.id = w.id;

-- Open cases in urgency order (soonest deadline, lapsed ones first, then the longest without contact):
-- serves 'mijn', 'ongetoewezen' and 'alle' with limit/offset.
create index cases_worklist_open on cases (municipality_code, next_deadline_on, last_contact_on, id)
  where closed_on is null and anonymised_at is null;
-- 'termijnen': a running objection period counts on a closed case too (the decision came after).
create index cases_worklist_deadline on cases (municipality_code, next_deadline_on, last_contact_on, id)
  where next_deadline_on is not null and anonymised_at is null;
