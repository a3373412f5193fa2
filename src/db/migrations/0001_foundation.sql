-- Foundation: bookkeeping of which reference data sets are loaded into this database.
-- Reference data (the 2014 register and budgets) is loaded once per data set and checksum,
-- so a fresh database gets it automatically and a restart does not load it twice.
create table reference_data_loads (
  dataset text primary key,
  checksum text not null,
  loaded_at timestamptz not null default now()
);
