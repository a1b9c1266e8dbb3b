import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A trip's searchable text as one stored tsvector (`trips.search_document`: title, summary, each
 * detail and meeting), kept by triggers whatever writes the rows (Payload, the importer, the
 * bench's bulk loader). One column with statistics lets PostgreSQL choose per query: for a
 * common word, walk the trips in date order (the new chronological index) and stop at a page;
 * for a rare one, the GIN index. The three per-table expression indexes it replaces made every
 * search gather all hits and look up each matching detail's stop (170–240 ms at 100,000 trips).
 * Drizzle's schema knows neither the column nor the triggers: they live only in migrations.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "trips" ADD COLUMN IF NOT EXISTS "search_document" tsvector;

  CREATE OR REPLACE FUNCTION itinera_trip_search_document(trip integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
    SELECT to_tsvector('simple', concat_ws(' ', t.title, t.summary,
      (SELECT string_agg(d.text, ' ' ORDER BY s._order, d._order) FROM trips_stops s JOIN trips_stops_details d ON d._parent_id = s.id WHERE s._parent_id = t.id),
      (SELECT string_agg(m.title, ' ' ORDER BY s._order, m._order) FROM trips_stops s JOIN trips_stops_meetings m ON m._parent_id = s.id WHERE s._parent_id = t.id)))
    FROM trips t WHERE t.id = trip
  $$;

  -- The trip a changed row belongs to; its document is computed again from what the tables now hold.
  CREATE OR REPLACE FUNCTION itinera_trip_search_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
  DECLARE
    trip integer;
    stop varchar;
  BEGIN
    IF TG_TABLE_NAME = 'trips' THEN
      trip := NEW.id;
    ELSIF TG_TABLE_NAME = 'trips_stops' THEN
      trip := OLD._parent_id;
    ELSE
      IF TG_OP = 'DELETE' THEN stop := OLD._parent_id; ELSE stop := NEW._parent_id; END IF;
      -- A row deleted with its stop finds none: the stop's own trigger recomputes the trip.
      SELECT s._parent_id INTO trip FROM trips_stops s WHERE s.id = stop;
    END IF;
    IF trip IS NOT NULL THEN
      UPDATE trips SET search_document = itinera_trip_search_document(trip) WHERE id = trip;
    END IF;
    RETURN NULL;
  END
  $$;

  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips";
  CREATE TRIGGER itinera_trip_search_document AFTER INSERT OR UPDATE OF "title", "summary" ON "trips"
    FOR EACH ROW EXECUTE FUNCTION itinera_trip_search_refresh();
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips_stops";
  CREATE TRIGGER itinera_trip_search_document AFTER DELETE ON "trips_stops"
    FOR EACH ROW EXECUTE FUNCTION itinera_trip_search_refresh();
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips_stops_details";
  CREATE TRIGGER itinera_trip_search_document AFTER INSERT OR UPDATE OR DELETE ON "trips_stops_details"
    FOR EACH ROW EXECUTE FUNCTION itinera_trip_search_refresh();
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips_stops_meetings";
  CREATE TRIGGER itinera_trip_search_document AFTER INSERT OR UPDATE OR DELETE ON "trips_stops_meetings"
    FOR EACH ROW EXECUTE FUNCTION itinera_trip_search_refresh();

  UPDATE "trips" SET "search_document" = itinera_trip_search_document("id");
  CREATE INDEX IF NOT EXISTS "trips_search_document_idx" ON "trips" USING gin ("search_document");
  CREATE INDEX IF NOT EXISTS "trips_chronological_idx" ON "trips" ("starts_on" ASC NULLS LAST, "ends_on" ASC NULLS LAST, "id");
  DROP INDEX IF EXISTS "trips_search_idx";
  DROP INDEX IF EXISTS "trips_stops_details_search_idx";
  DROP INDEX IF EXISTS "trips_stops_meetings_search_idx";
  ANALYZE "trips";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips";
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips_stops";
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips_stops_details";
  DROP TRIGGER IF EXISTS itinera_trip_search_document ON "trips_stops_meetings";
  DROP FUNCTION IF EXISTS itinera_trip_search_refresh();
  DROP FUNCTION IF EXISTS itinera_trip_search_document(integer);
  DROP INDEX IF EXISTS "trips_chronological_idx";
  ALTER TABLE "trips" DROP COLUMN IF EXISTS "search_document";
  CREATE INDEX IF NOT EXISTS "trips_search_idx" ON "trips" USING gin (to_tsvector('simple', coalesce("title", '') || ' ' || coalesce("summary", '')));
  CREATE INDEX IF NOT EXISTS "trips_stops_details_search_idx" ON "trips_stops_details" USING gin (to_tsvector('simple', "text"));
  CREATE INDEX IF NOT EXISTS "trips_stops_meetings_search_idx" ON "trips_stops_meetings" USING gin (to_tsvector('simple', coalesce("title", '')));`)
}
