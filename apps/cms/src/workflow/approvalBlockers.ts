import { recordTitle, REVIEWED_RECORD, type TReferenceCollection } from '@itinera/contracts/domain'
import { relationId } from '@itinera/contracts/relation-id'
import { uncitedFacts } from '@itinera/contracts/trip-facts'
import type { Payload, PayloadRequest } from 'payload'
import type { Trip } from '../payload-types'
import { citationCheckStates, uncheckedBlocker, type TCitationRow } from './citationChecks'
import { LEADERS, PEOPLE, PLACES, POLITIES, SOURCES, TRIPS, type TReviewedCollection } from '../slugs'

type TRelation = number | { id: number } | null | undefined
type TCitingRecord = { id: number; citations?: TCitationRow[] | null }

const ids = (values: TRelation[]) => [...new Set(values.map(relationId).filter((id): id is number => id != null))]

/** The reference records a trip's page shows: its leader, the stops' polities (alternatives too), places and people. */
function referencesOf(trip: Trip): Record<TReferenceCollection, number[]> {
  const stops = trip.stops ?? []
  return {
    [LEADERS]: ids([trip.leader]),
    [POLITIES]: ids(
      stops.flatMap((stop) => [stop.polity, ...(stop.alternativePolities ?? []).map((alt) => alt.polity)]),
    ),
    [PLACES]: ids(stops.flatMap((stop) => stop.places ?? [])),
    [PEOPLE]: ids(stops.flatMap((stop) => (stop.meetings ?? []).map((meeting) => meeting.person))),
  }
}

/** The records among `recordIds` that have no approved version yet, each as `"<name>"`. */
async function unapproved(
  payload: Payload,
  collection: TReviewedCollection,
  recordIds: number[],
  req: PayloadRequest,
): Promise<string[]> {
  if (!recordIds.length) return []
  const { titleField } = REVIEWED_RECORD[collection]
  const { docs } = await payload.find({
    collection,
    where: { id: { in: recordIds } },
    select: { [titleField]: true, _status: true },
    depth: 0,
    limit: recordIds.length,
    req,
    overrideAccess: true,
  })
  return docs.filter((doc) => doc._status !== 'published').map((doc) => `"${recordTitle(collection, doc)}"`)
}

/**
 * What keeps a record from approval, in words an editor can act on; empty when ready. Every
 * record: its cited sources approved. A trip also: no blocking data error, every fact cited,
 * and every leader, polity, place and person it shows approved (reference data's citations are
 * checked, not required). Every record with citations: each citation changed since the last
 * approval checked against its source by a reviewer (`citationChecks: false` for the seed
 * dataset, which no person reviewed here: its citations carry no checks).
 */
export async function approvalBlockers(
  payload: Payload,
  collection: TReviewedCollection,
  doc: object,
  req: PayloadRequest,
  { citationChecks = true }: { citationChecks?: boolean } = {},
): Promise<string[]> {
  const blockers: string[] = []
  if (collection === TRIPS) {
    const trip = doc as Trip
    blockers.push(
      // Uncited facts are read from the version itself below, whatever its stored issues say.
      ...(trip.qualityIssues ?? [])
        .filter((issue) => issue.severity === 'error' && issue.code !== 'uncited_fact')
        .map((issue) => issue.message ?? ''),
    )
    const uncited = uncitedFacts(trip)
    if (uncited.length) blockers.push(`no citation for ${uncited.map((fact) => fact.label.toLowerCase()).join(', ')}`)
  }

  const sources = await unapproved(
    payload,
    SOURCES,
    ids(((doc as TCitingRecord).citations ?? []).map((citation) => citation.source)),
    req,
  )
  if (sources.length) blockers.push(`cited sources not yet approved: ${sources.join(', ')}`)

  const unchecked = citationChecks
    ? uncheckedBlocker(await citationCheckStates(req, collection, doc as TCitingRecord))
    : null
  if (unchecked) blockers.push(unchecked)

  if (collection === TRIPS) {
    const references = referencesOf(doc as Trip)
    const named: string[] = []
    for (const [referenceCollection, recordIds] of Object.entries(references) as [TReferenceCollection, number[]][]) {
      const { noun } = REVIEWED_RECORD[referenceCollection]
      named.push(...(await unapproved(payload, referenceCollection, recordIds, req)).map((name) => `${noun} ${name}`))
    }
    if (named.length) blockers.push(`reference data not yet approved: ${named.join(', ')}`)
  }
  return blockers
}
