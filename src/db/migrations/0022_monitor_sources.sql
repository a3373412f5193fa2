-- The monitor says what the minister said, per source (issue 21 §2; seeds/000_6cdda7e4ab47aefe.txt, vraag 1).

-- Statements of the seeds, each attributed to its source and date, with its citation. Stored as the
-- source makes them: a numerator or denominator the source does not state stays null.
create table monitor_statements (
  id text primary key,
  source text not null check (source in ('tvs', 'mee_monitor', 'bericht', 'staatssecretaris')),
  reference_date date,                       -- the date the statement is about, when the source names one
  reference_date_text text not null,         -- the date as the source words it, or why there is none
  published_on date not null,                -- the date of the document that makes the statement
  round_id text references monitor_rounds (id),
  measure text not null check (measure in ('geen_afspraken', 'niets_in_voorbereiding', 'ambtelijk_of_verder', 'college_of_verder', 'definitief', 'kwalitatief')),
  quantifier text,                           -- words instead of a figure: 'nagenoeg alle', '1 op de 10'
  percent integer check (percent between 0 and 100),
  numerator integer check (numerator >= 0),
  denominator integer check (denominator > 0),
  quote text not null,
  citation text not null,
  note text not null default '',
  check (percent is not null or quantifier is not null or measure = 'kwalitatief')
);
create index monitor_statements_round on monitor_statements (round_id);

-- Until now the responses import had no column for other providers and stored [] ("none") for every
-- row, which made every imported municipality lag once contracts were due. The import never asked:
-- the honest value is "not known" (null).
update monitor_responses
   set answers = jsonb_set(answers, '{otherProviders}', 'null'::jsonb)
 where answered_by = 'import' and answers -> 'otherProviders' = '[]'::jsonb;
