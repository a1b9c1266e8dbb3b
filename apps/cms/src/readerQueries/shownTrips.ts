import type { TShownTrip, TShownTripsQuery } from '@itinera/contracts/schemas'
import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { rawSql } from '../rawSql'

/**
 * The trips a reader may see, as a condition on `trips t`: approved, and not withheld, i.e. no
 * citation names a source that is missing or not approved (withheld.ts states the same rule for
 * the trips a page has already read). The withheld ids are found from the few sources that are
 * not public, through the citations' source index, so the cost does not grow with the citations;
 * only approved trips among them are kept, as only those could be shown: the list is compared
 * with every trip a query passes (`<> ALL` is a linear search), and drafts citing new sources are
 * many after an import (5,001 after the bench's: 4 s to count 100,000 trips against them).
 */
export const SHOWN_TRIP = sql`t._status = 'published' AND t.id <> ALL (ARRAY(
  SELECT w.id FROM trips w WHERE w._status = 'published' AND w.id IN (
    SELECT c._parent_id FROM trips_citations c WHERE c.source_id IS NULL
    UNION
    SELECT c._parent_id FROM trips_citations c
    WHERE c.source_id = ANY (ARRAY(SELECT so.id FROM sources so WHERE so._status IS DISTINCT FROM 'published'))
  )
))`

// Drizzle's SQL type, which the adapter re-exports only as the tag's result.
type TSql = ReturnType<typeof sql>

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
 * lists read their documents by these ids afterwards, so Payload never assembles the rows an
 * offset skips. Served by the (starts_on, id) and (approved_at, id) indexes.
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
