import type { TShownTrip, TShownTripsQuery } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'

// Drizzle's SQL type, which the adapter re-exports only as the tag's result.
type TSql = ReturnType<typeof sql>

/**
 * The approved trips a reader may not see (withheld): a citation names a source that is missing or
 * not approved (withheld.ts states the same rule for the trips a page has already read). They are
 * found from the few sources that are not public, through the citations' source index, then looked
 * up by key, so the cost does not grow with the trips or citations: an `IN` here let the planner,
 * expecting a quarter of a million citations from a list it could not see, hash every trip first
 * (110 ms at 100,000 trips for a list that was empty; 1 ms by key). Only approved trips among them are kept, as only those
 * could be shown: the list is compared with every trip a query passes (`<> ALL` is a linear
 * search), and drafts citing new sources are many after an import (5,001 after the bench's).
 */
export const WITHHELD_TRIP_IDS = sql`ARRAY(
  SELECT w.id FROM trips w WHERE w._status = 'published' AND w.id = ANY (ARRAY(
    SELECT c._parent_id FROM trips_citations c WHERE c.source_id IS NULL
    UNION
    SELECT c._parent_id FROM sources so JOIN trips_citations c ON c.source_id = so.id
    WHERE so._status IS DISTINCT FROM 'published'
  ))
)`

/**
 * Trips `t` a reader may see (approved, not withheld) given the withheld ids: a statement that asks
 * it of several sets of trips (search) reads the ids once, in a CTE, instead of planning and
 * running the list for each.
 */
export const shownTripGiven = (withheldIds: TSql) => sql`t._status = 'published' AND t.id <> ALL (${withheldIds})`

/** The trips a reader may see, as a condition on `trips t`: approved, and not withheld. */
export const SHOWN_TRIP = shownTripGiven(WITHHELD_TRIP_IDS)

/**
 * Trips `t` in date order: `compareSortDays` (packages/contracts/src/partial-date.ts) in SQL. A trip
 * stores its sort days (startsOn: the earliest day its start can mean; endsOn: the latest day its
 * end can mean), so the earliest start comes first, of two starting together the shorter, undated
 * last; the id breaks a tie.
 */
export const CHRONOLOGICAL = sql`t.starts_on ASC NULLS LAST, t.ends_on ASC NULLS LAST, t.id ASC`

const ORDER: Record<TShownTripsQuery['order'], TSql> = {
  chronological: CHRONOLOGICAL,
  recently_approved: sql`t.approved_at DESC NULLS LAST, t.id DESC`,
}

/**
 * A page of the shown trips (id, slug, approval), in the page's order, and (when asked) how many match: the
 * lists read that page's rows afterwards (`tripSummaries`, or Payload's find by these ids), so
 * nothing assembles the rows an offset skips. Served by the (starts_on, id) and (approved_at, id) indexes.
 */
export async function pageOfShownTrips(
  payload: Payload,
  query: TShownTripsQuery,
): Promise<{ trips: TShownTrip[]; total: number | null }> {
  const filters: TSql[] = [SHOWN_TRIP]
  if (query.leader !== undefined) filters.push(sql`t.leader_id = ${query.leader}`)
  if (query.polity !== undefined)
    filters.push(sql`EXISTS (SELECT 1 FROM trips_stops s WHERE s._parent_id = t.id AND s.polity_id = ${query.polity})`)
  // The citing trips first, from the (source_id, _parent_id) index: a source cited by most trips
  // would otherwise cost a probe of its citations for every trip walked in order.
  if (query.citesSource !== undefined)
    filters.push(
      sql`t.id = ANY (ARRAY(SELECT DISTINCT c._parent_id FROM trips_citations c WHERE c.source_id = ${query.citesSource}))`,
    )
  if (query.startsFrom !== undefined) filters.push(sql`t.starts_on >= ${query.startsFrom}::timestamptz`)
  if (query.startsBefore !== undefined) filters.push(sql`t.starts_on < ${query.startsBefore}::timestamptz`)
  if (query.kind !== undefined) filters.push(sql`t.kind = ${query.kind}`)
  if (query.certainty !== undefined) filters.push(sql`t.certainty = ${query.certainty}`)
  const where = sql.join(filters, sql` AND `)
  const [rows, counted] = await Promise.all([
    rawSql<{ id: number; slug: string; approved_at: string | Date | null }>(
      payload,
      sql`SELECT t.id, t.slug, t.approved_at FROM trips t WHERE ${where}
        ORDER BY ${ORDER[query.order]} OFFSET ${query.offset} LIMIT ${query.limit}`,
    ),
    query.count
      ? rawSql<{ total: number }>(payload, sql`SELECT count(*)::integer AS total FROM trips t WHERE ${where}`)
      : Promise.resolve(null),
  ])
  return {
    trips: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      approvedAt: row.approved_at ? new Date(row.approved_at).toISOString() : null,
    })),
    total: counted ? counted[0]!.total : null,
  }
}
