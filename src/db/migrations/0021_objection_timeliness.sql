-- Timeliness of an objection or appeal (issue 21 §1).
-- Awb 6:9 lid 2: a letter sent by post is in time when it was posted before the end of the period and
-- received no later than a week after it. So besides the date of receipt (filed_on, unchanged) we keep
-- the date it was posted (ter post bezorgd). Awb 6:11: a late filing is not declared inadmissible when
-- the lateness is excusable; the supporter records that assessment with its reason, when and by whom.
alter table case_objections add column posted_on date;
alter table case_objections add column lateness_excusable boolean;
alter table case_objections add column lateness_reason text not null default '';
alter table case_objections add column lateness_decided_on date;
alter table case_objections add column lateness_decided_by uuid;
-- A letter cannot arrive before it was posted; an assessment always has a reason and a date.
alter table case_objections add constraint case_objections_posted_before_received
  check (posted_on is null or filed_on is null or posted_on <= filed_on);
alter table case_objections add constraint case_objections_lateness_reasoned
  check (lateness_excusable is null or (length(lateness_reason) > 0 and lateness_decided_on is not null));
