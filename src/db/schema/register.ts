import { bigint, date, integer, numeric, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';

export const youthRegions = pgTable('youth_regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const meeOrganisations = pgTable('mee_organisations', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const meeOrganisationAliases = pgTable(
  'mee_organisation_aliases',
  {
    alias: text('alias').notNull(),
    meeCode: text('mee_code').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.alias, t.meeCode, t.source] })],
);

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  cbsCode: text('cbs_code'),
});

export const municipalDivisions = pgTable('municipal_divisions', {
  year: integer('year').primaryKey(),
  validFrom: date('valid_from').notNull(),
  validTo: date('valid_to'),
  description: text('description').notNull(),
});

export const divisionMembers = pgTable(
  'division_members',
  {
    divisionYear: integer('division_year').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    youthRegionCode: text('youth_region_code').notNull(),
    meeCode: text('mee_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.divisionYear, t.municipalityCode] })],
);

export const divisionChanges = pgTable('division_changes', {
  id: serial('id').primaryKey(),
  effectiveDate: date('effective_date').notNull(),
  kind: text('kind', { enum: ['merger', 'split'] }).notNull(),
  fromCode: text('from_code').notNull(),
  toCode: text('to_code').notNull(),
  source: text('source').notNull(),
});

export const splitShares = pgTable(
  'split_shares',
  {
    effectiveDate: date('effective_date').notNull(),
    fromCode: text('from_code').notNull(),
    toCode: text('to_code').notNull(),
    weight: numeric('weight').notNull(),
    unit: text('unit').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.effectiveDate, t.fromCode, t.toCode] })],
);

export const meeBudgets = pgTable(
  'mee_budgets',
  {
    year: integer('year').notNull(),
    meeCode: text('mee_code').notNull(),
    clientSupportCents: bigint('client_support_cents', { mode: 'number' }).notNull(),
    ivhCents: bigint('ivh_cents', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.meeCode] })],
);

export const publishedAllocations = pgTable(
  'published_allocations',
  {
    year: integer('year').notNull(),
    divisionYear: integer('division_year').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    meeCode: text('mee_code').notNull(),
    clientSupportCents: bigint('client_support_cents', { mode: 'number' }).notNull(),
    ivhCents: bigint('ivh_cents', { mode: 'number' }).notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.year, t.municipalityCode] })],
);

export const plannedSpending = pgTable(
  'planned_spending',
  {
    year: integer('year').notNull(),
    municipalityCode: text('municipality_code').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    note: text('note'),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.year, t.municipalityCode] })],
);
