import { relationId } from '@itinera/contracts/relation-id'
import { tripQualityIssues, type TQualityTrip } from '@itinera/contracts/trip-quality'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Trip } from '../../../payload-types'
import { PEOPLE, SOURCES } from '../../../slugs'
import type { TWorkflowContext } from '../../../workflow/enforceWorkflowOnSave'
import { overlappingTrips } from './overlappingTrips'

const ids = (refs: (number | { id: number } | null | undefined)[]) => [
  ...new Set(refs.map(relationId).filter((id): id is number => id != null)),
]

/**
 * Runs the data-quality checks on every edit and stores the issues on the trip, so the
 * admin shows them and the API returns them. A workflow step keeps the issues it reviewed.
 */
export const checkDataQuality: CollectionBeforeChangeHook<Trip> = async ({ data, originalDoc, req }) => {
  if ((req.context as TWorkflowContext).workflowTransition) return data
  const system = { req, overrideAccess: true, depth: 0, pagination: false } as const
  const stops = data.stops ?? []

  const personIds = ids(stops.flatMap((stop) => (stop.meetings ?? []).map((meeting) => meeting.person)))
  const sourceIds = ids((data.citations ?? []).map((citation) => citation.source))
  const [overlapping, people, sources] = await Promise.all([
    overlappingTrips(req, { ...data, id: originalDoc?.id }),
    personIds.length
      ? req.payload.find({
          collection: PEOPLE,
          where: { id: { in: personIds } },
          select: { name: true, offices: true },
          ...system,
        })
      : null,
    sourceIds.length
      ? req.payload.find({
          collection: SOURCES,
          where: { id: { in: sourceIds } },
          select: { sourceClass: true },
          draft: true,
          ...system,
        })
      : null,
  ])

  const issues = tripQualityIssues(
    { ...(data as TQualityTrip), id: originalDoc?.id ?? null },
    {
      overlappingTrips: overlapping,
      officesByPerson: new Map(
        (people?.docs ?? []).map((person) => [person.id, { name: person.name, offices: person.offices ?? [] }]),
      ),
      sourceClassById: new Map((sources?.docs ?? []).map((source) => [source.id, source.sourceClass])),
    },
  )
  return { ...data, qualityIssues: issues }
}
