import { relationId } from '@itinera/contracts/relation-id'
import type { PayloadRequest } from 'payload'
import type { Trip } from '../../../payload-types'
import { TRIPS } from '../../../slugs'

/**
 * Other trips of the trip's leader whose span meets its own (latest drafts included): what the
 * data-quality check calls duplicates and overlaps, and what the admin links those issues to.
 */
export async function overlappingTrips(
  req: PayloadRequest,
  trip: { leader?: Trip['leader'] | null; startsOn?: string | null; endsOn?: string | null; id?: number | null },
) {
  const leader = relationId(trip.leader)
  if (!leader || !trip.startsOn || !trip.endsOn) return []
  const { docs } = await req.payload.find({
    collection: TRIPS,
    where: {
      leader: { equals: leader },
      startsOn: { less_than_equal: trip.endsOn },
      endsOn: { greater_than_equal: trip.startsOn },
      ...(trip.id ? { id: { not_equals: trip.id } } : {}),
    },
    select: { title: true, startsOn: true, endsOn: true },
    draft: true,
    req,
    overrideAccess: true,
    depth: 0,
    pagination: false,
  })
  return docs.map((other) => ({
    id: other.id,
    title: other.title,
    startsOn: other.startsOn ?? null,
    endsOn: other.endsOn ?? null,
  }))
}
