import type { TImportExistingTrip } from '@itinera/contracts/schemas'
import { endOf, startOf } from '@itinera/contracts/partial-date'
import type { TPlannedTrip } from '@itinera/importer'
import type { Payload } from 'payload'
import { TRIPS } from '../slugs'

/** First and last day of a planned trip. */
export function plannedSpan(trip: TPlannedTrip): { startsOn: string; endsOn: string } {
  const starts = trip.stops.map((stop) => startOf(stop.start)).sort()
  const ends = trip.stops.map((stop) => endOf(stop.end ?? stop.start)).sort()
  return { startsOn: starts[0]!, endsOn: ends.at(-1)! }
}

/**
 * For each planned trip, the trips of the same leader already in the database (approved or not,
 * their latest version) whose days coincide with it (a duplicate) or overlap it: what the editor
 * should see before creating drafts. One query for the whole list; reads only.
 */
export async function existingTripsOf(
  payload: Payload,
  leader: number,
  trips: TPlannedTrip[],
): Promise<TImportExistingTrip[][]> {
  if (!trips.length) return []
  const spans = trips.map(plannedSpan)
  const { docs } = await payload.find({
    collection: TRIPS,
    where: {
      leader: { equals: leader },
      startsOn: {
        less_than_equal: spans
          .map((span) => span.endsOn)
          .sort()
          .at(-1),
      },
      endsOn: { greater_than_equal: spans.map((span) => span.startsOn).sort()[0] },
    },
    select: { title: true, startsOn: true, endsOn: true, reviewState: true },
    sort: 'startsOn',
    pagination: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
  })
  const existing = docs
    .filter((doc) => doc.startsOn && doc.endsOn)
    .map((doc) => ({
      id: doc.id,
      title: doc.title,
      reviewState: doc.reviewState ?? 'draft',
      startsOn: doc.startsOn!.slice(0, 10),
      endsOn: doc.endsOn!.slice(0, 10),
    }))
  return spans.map((span) =>
    existing
      .filter((trip) => trip.startsOn <= span.endsOn && trip.endsOn >= span.startsOn)
      .map((trip) => ({
        kind: trip.startsOn === span.startsOn && trip.endsOn === span.endsOn ? 'duplicate' : 'overlap',
        ...trip,
      })),
  )
}
