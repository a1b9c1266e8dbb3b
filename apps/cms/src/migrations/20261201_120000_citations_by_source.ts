import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The trips citing one source, read from the index alone (a source page lists them; the most cited
// source is cited tens of thousands of times). Drizzle's schema has no multi-column indexes on
// array tables, so it lives only in migrations.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "trips_citations_source_parent_idx" ON "trips_citations" USING btree ("source_id", "_parent_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "trips_citations_source_parent_idx";`)
}
