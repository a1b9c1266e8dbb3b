import { relationId } from '@itinera/contracts/relation-id'
import { uncitedFacts } from '@itinera/contracts/trip-facts'
import type { Payload, PayloadRequest } from 'payload'
import type { Source, Trip } from '../payload-types'
import { SOURCES, TRIPS, type TReviewedCollection } from '../slugs'

/** What keeps a record from approval, in words an editor can act on; empty when ready. */
export async function approvalBlockers(
  payload: Payload,
  collection: TReviewedCollection,
  doc: Trip | Source,
  req: PayloadRequest,
): Promise<string[]> {
  if (collection !== TRIPS) return []
  const trip = doc as Trip
  const blockers: string[] = (trip.qualityIssues ?? [])
    .filter((issue) => issue.severity === 'error')
    .map((issue) => issue.message ?? '')
  const uncited = uncitedFacts(trip)
  if (uncited.length) blockers.push(`no citation for ${uncited.map((fact) => fact.label.toLowerCase()).join(', ')}`)

  const sourceIds = [
    ...new Set((trip.citations ?? []).map((citation) => relationId(citation.source)).filter((id) => id != null)),
  ]
  if (sourceIds.length) {
    const { docs } = await payload.find({
      collection: SOURCES,
      where: { id: { in: sourceIds } },
      depth: 0,
      limit: sourceIds.length,
      req,
      overrideAccess: true,
    })
    const unapproved = docs.filter((source) => source._status !== 'published')
    if (unapproved.length)
      blockers.push(`cited sources not yet approved: ${unapproved.map((s) => `"${s.title}"`).join(', ')}`)
  }
  return blockers
}
