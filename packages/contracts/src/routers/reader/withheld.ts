import type { Payload } from 'payload'
import { relationId } from '../../relation-id'
import { findPublic } from './public-read'

/** A trip as far as its citations go: the source each one names, populated or not. */
export interface TCitingTrip {
  id: number
  citations?: { source?: number | { id: number } | null }[] | null
}

/**
 * The sources `trip` cites that are not among the `published` ones, by id: any makes it withheld,
 * never shown with its footnotes dropped. A citation naming no source at all counts as one
 * naming a source that is not public (id null).
 */
export function withheldBy(trip: TCitingTrip, published: Set<number>): (number | null)[] {
  return [...new Set((trip.citations ?? []).map((citation) => relationId(citation.source)))].filter(
    (id) => id === null || !published.has(id),
  )
}

/**
 * The trips (of one page) that are withheld (`withheldBy`), by trip id, with the sources that are
 * not public. One query for the whole page: the cited ids against those an anonymous reader can read.
 */
export async function withheldTrips(payload: Payload, trips: TCitingTrip[]): Promise<Map<number, (number | null)[]>> {
  const cited = new Set(trips.flatMap((trip) => (trip.citations ?? []).map((citation) => relationId(citation.source))))
  const ids = [...cited].filter((id): id is number => id !== null)
  const { docs } = ids.length
    ? await findPublic(payload, 'sources', { where: { id: { in: ids } }, select: { id: true } })
    : { docs: [] }
  const published = new Set(docs.map((source) => source.id))
  const withheld = new Map<number, (number | null)[]>()
  for (const trip of trips) {
    const missing = withheldBy(trip, published)
    if (missing.length) withheld.set(trip.id, missing)
  }
  return withheld
}

/** `trips` without the withheld ones, in their order. */
export async function withoutWithheld<T extends TCitingTrip>(payload: Payload, trips: T[]): Promise<T[]> {
  const withheld = await withheldTrips(payload, trips)
  return trips.filter((trip) => !withheld.has(trip.id))
}
