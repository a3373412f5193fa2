-- Resident search of the social map (issue 19 §2, docs/decisions/0012-resident-search.md): full-text
-- search with Dutch stemming and without accents, compound tails, and trigram typo tolerance.
-- PGlite loads both contrib extensions in openPglite (src/db/client.ts); PostgreSQL ships them as contrib.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- Kept up to date by a trigger (a generated column would need immutable functions; unaccent and
-- array_to_string are only stable), so every insert and update of a service refreshes them:
--   search_document  Dutch stems, weighted: A name and keywords, B target groups and life domains,
--                    C description and Tabel 2 "wat", D Tabel 2 "hoe".
--   search_tails     the same stems written backwards, so that a prefix query on a reversed word finds a
--                    compound's last part ("aanpassing" in "woningaanpassing"); A for name and keywords.
--   search_text      plain lower-case words without accents: the vocabulary for typo correction (pg_trgm).
alter table socialmap_services
  add column search_document tsvector not null default ''::tsvector,
  add column search_tails tsvector not null default ''::tsvector,
  add column search_text text not null default '';

create function socialmap_services_search() returns trigger language plpgsql as $$
declare
  a text := lower(unaccent(new.name || ' ' || array_to_string(new.keywords, ' ')));
  -- Hyphenated words also written as one ("burn-out" → "burnout"), as residents often type them.
  joined text := array_to_string(array(select replace(m[1], '-', '') from regexp_matches(
    lower(unaccent(new.name || ' ' || array_to_string(new.keywords, ' ') || ' ' || new.description)), '([a-z0-9]+(-[a-z0-9]+)+)', 'g') m), ' ');
  b text := lower(replace(replace(array_to_string(new.target_groups || new.life_domains, ' '), '-', ' '), '_', ' '));
  c text := lower(unaccent(new.description || ' ' || new.what));
  d text := lower(unaccent(new.how));
begin
  new.search_document := setweight(to_tsvector('dutch', a || ' ' || joined), 'A') || setweight(to_tsvector('dutch', b), 'B')
    || setweight(to_tsvector('dutch', c), 'C') || setweight(to_tsvector('dutch', d), 'D');
  new.search_tails := setweight(to_tsvector('simple', reverse(array_to_string(tsvector_to_array(to_tsvector('dutch', a)), ' '))), 'A')
    || setweight(to_tsvector('simple', reverse(array_to_string(tsvector_to_array(to_tsvector('dutch', b || ' ' || c)), ' '))), 'C');
  new.search_text := trim(regexp_replace(a || ' ' || joined || ' ' || b || ' ' || c, '[^a-z0-9]+', ' ', 'g'));
  return new;
end $$;

create trigger socialmap_services_search before insert or update on socialmap_services
  for each row execute function socialmap_services_search();

-- Existing services get their search columns now.
update socialmap_services set name = name;

create index socialmap_services_search_document on socialmap_services using gin (search_document);
create index socialmap_services_search_tails on socialmap_services using gin (search_tails);
create index socialmap_services_search_text on socialmap_services using gin (search_text gin_trgm_ops);
