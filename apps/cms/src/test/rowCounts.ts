import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'

/** Rows of every table a write could touch, in one query: equal before and after means nothing was written. */
export async function rowCounts(payload: Payload): Promise<Record<string, number>> {
  const [counts] = await rawSql(
    payload,
    sql`
    SELECT
      (SELECT count(*) FROM trips) AS trips,
      (SELECT count(*) FROM _trips_v) AS trip_versions,
      (SELECT count(*) FROM trips_stops) AS stops,
      (SELECT count(*) FROM sources) AS sources,
      (SELECT count(*) FROM _sources_v) AS source_versions,
      (SELECT count(*) FROM review_events) AS review_events,
      (SELECT count(*) FROM leaders) AS leaders,
      (SELECT count(*) FROM polities) AS polities,
      (SELECT count(*) FROM places) AS places,
      (SELECT count(*) FROM people) AS people
  `,
  )
  return Object.fromEntries(Object.entries(counts!).map(([name, count]) => [name, Number(count)]))
}
