import { COUNTED_CERTAINTIES, UNCONFIRMED_CERTAINTIES } from '@itinera/contracts/domain'
import type { TVisitCounts } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'
import { SHOWN_TRIP } from './shownTrips'

/**
 * Trips per leader, stops per leader and country, and the states the places of those stops lie in
 * today (from each place's code), counted in PostgreSQL over what a reader may
 * see (SHOWN_TRIP: approved, not withheld). Cost grows with the trips counted, its answer with the
 * leaders and countries only.
 */
// Drizzle's sql expands an array to a parenthesised list of parameters.
const VISIT_CERTAINTIES = [...COUNTED_CERTAINTIES, ...UNCONFIRMED_CERTAINTIES]

export async function countVisits(payload: Payload, leader?: number): Promise<TVisitCounts> {
  const rows = await rawSql<{
    kind: 'trips' | 'visits' | 'today'
    leader: number
    polity: number | null
    count: number
    unconfirmed: number
    code: string | null
  }>(
    payload,
    sql`
    WITH shown AS (
      SELECT t.id, t.leader_id, coalesce(t.certainty::text, 'confirmed') AS certainty FROM trips t
      WHERE ${SHOWN_TRIP} AND t.leader_id IS NOT NULL
        AND ${leader === undefined ? sql`TRUE` : sql`t.leader_id = ${leader}`}
    )
    SELECT 'trips' AS kind, leader_id AS leader, NULL::integer AS polity, count(*)::integer AS count,
      0 AS unconfirmed, NULL AS code
    FROM shown GROUP BY leader_id
    UNION ALL
    -- Refuted trips are no visit of either kind.
    SELECT 'visits', sh.leader_id, s.polity_id,
      (count(*) FILTER (WHERE sh.certainty IN ${[...COUNTED_CERTAINTIES]}))::integer,
      (count(*) FILTER (WHERE sh.certainty IN ${[...UNCONFIRMED_CERTAINTIES]}))::integer, NULL
    FROM trips_stops s JOIN shown sh ON sh.id = s._parent_id
    WHERE s.polity_id IS NOT NULL AND sh.certainty IN ${VISIT_CERTAINTIES}
    GROUP BY sh.leader_id, s.polity_id
    UNION ALL
    -- Where the places of a stop lie today (each place's own code), under the stop's country then.
    SELECT DISTINCT 'today', sh.leader_id, s.polity_id, 0, 0, pl.today_iso_code
    FROM trips_stops s JOIN shown sh ON sh.id = s._parent_id
    JOIN trips_rels r ON r.parent_id = s._parent_id AND r.path = 'stops.' || (s._order - 1) || '.places'
    JOIN places pl ON pl.id = r.places_id AND pl._status = 'published'
    WHERE s.polity_id IS NOT NULL AND pl.today_iso_code IS NOT NULL
      AND sh.certainty IN ${VISIT_CERTAINTIES}
  `,
  )
  return {
    trips: rows.filter((row) => row.kind === 'trips').map((row) => ({ leader: row.leader, trips: row.count })),
    visits: rows
      .filter((row) => row.kind === 'visits')
      .map((row) => ({ leader: row.leader, polity: row.polity!, visits: row.count, unconfirmed: row.unconfirmed })),
    today: rows
      .filter((row) => row.kind === 'today')
      .map((row) => ({ leader: row.leader, polity: row.polity!, isoCode: row.code! })),
  }
}

/**
 * What changes when anything a reader sees changes: the latest edit of each public collection and
 * how many trips and sources are approved (a retraction deletes). Read from indexes, in
 * milliseconds, where the counts themselves take a scan of every shown trip.
 */
async function publicContentStamp(payload: Payload): Promise<string> {
  const [row] = await rawSql<{ stamp: string }>(
    payload,
    sql`SELECT concat_ws(' ',
      (SELECT max(updated_at) FROM trips), (SELECT max(updated_at) FROM sources),
      (SELECT max(updated_at) FROM places), (SELECT max(updated_at) FROM polities),
      (SELECT max(updated_at) FROM leaders),
      (SELECT count(*) FROM trips WHERE _status = 'published'),
      (SELECT count(*) FROM sources WHERE _status = 'published')) AS stamp`,
  )
  return row!.stamp
}

const cachesByPayload = new WeakMap<Payload, Map<string, { stamp: string; counts: Promise<TVisitCounts> }>>()

/**
 * `countVisits`, counted once per change of public content and per leader asked for (at most one
 * entry per leader, and one for all) in this process, however often the home and leader pages are
 * read: a flood of `reader.stats` costs a stamp read each. Concurrent misses share one count.
 */
export function cachedVisitCounts(payload: Payload) {
  let counted = cachesByPayload.get(payload)
  if (!counted) cachesByPayload.set(payload, (counted = new Map()))
  return async (leader?: number): Promise<TVisitCounts> => {
    const stamp = await publicContentStamp(payload)
    const key = String(leader ?? 'all')
    const known = counted.get(key)
    if (known?.stamp === stamp) return known.counts
    const counts = countVisits(payload, leader)
    counted.set(key, { stamp, counts })
    counts.catch(() => counted.get(key)?.counts === counts && counted.delete(key))
    return counts
  }
}
