-- Residents sign in to the resident portal (inwonersportaal) with the role `inwoner`:
-- they see only their own questions and plan (issue 7). The role list lives in
-- src/domain/access/roles.ts; this check keeps the database from accepting any other.
alter table role_assignments drop constraint role_assignments_role_check;
alter table role_assignments add constraint role_assignments_role_check
  check (role in ('landelijk', 'regio', 'gemeente-beleid', 'clientondersteuner', 'beslisser', 'aanbieder', 'privacy', 'beheer', 'inwoner'));
