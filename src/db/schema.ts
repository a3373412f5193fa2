/**
 * The typed view (Drizzle) of the tables the SQL migrations in ./migrations create.
 * The migrations are the source of truth; this file only describes them for queries.
 */
export * from './schema/foundation.ts';
export * from './schema/register.ts';
