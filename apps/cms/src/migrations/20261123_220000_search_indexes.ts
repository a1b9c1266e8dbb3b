import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Full-text indexes for the reader's search (src/search/searchPublished.ts uses these exact
// expressions). Drizzle's schema has no expression indexes, so they live only in migrations.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE INDEX IF NOT EXISTS "trips_search_idx" ON "trips" USING gin (to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("summary", '')));
  CREATE INDEX IF NOT EXISTS "trips_stops_details_search_idx" ON "trips_stops_details" USING gin (to_tsvector('simple', "text"));
  CREATE INDEX IF NOT EXISTS "trips_stops_meetings_search_idx" ON "trips_stops_meetings" USING gin (to_tsvector('simple', coalesce("title", '')));`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "trips_search_idx";
  DROP INDEX IF EXISTS "trips_stops_details_search_idx";
  DROP INDEX IF EXISTS "trips_stops_meetings_search_idx";`)
}
