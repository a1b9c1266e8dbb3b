import { parseFactPath, tripFactLabel } from '@itinera/contracts/trip-facts'
import type { Payload } from 'payload'
import { TRIPS } from '../../slugs'

type TStopRows = { id?: string | null }[] | null | undefined
interface TStop {
  id?: string | null
  polity?: { name?: string | null } | number | null
  [rows: string]: unknown
}

/**
 * A trip fact's path in words ("Stop 2 (North Vietnam): meeting 1"), read from the trip that has
 * the stop now (its latest version, draft or not); a path of a stop since removed says so.
 */
export async function tripFactInWords(payload: Payload, fact: string): Promise<string> {
  const ref = parseFactPath(fact)
  if (!ref) return fact
  if (ref.kind === 'certainty') return tripFactLabel(ref)
  const { docs } = await payload.find({
    collection: TRIPS,
    draft: true,
    depth: 1,
    limit: 1,
    pagination: false,
    where: { 'stops.id': { equals: ref.stopId } },
    select: { stops: true },
  })
  const stops = (docs[0]?.stops ?? []) as TStop[]
  const stopIndex = stops.findIndex((stop) => stop.id === ref.stopId)
  if (stopIndex < 0) return 'A stop since removed'
  const stop = stops[stopIndex]!
  const country = typeof stop.polity === 'object' ? stop.polity?.name : null
  const rowIndex = 'rowId' in ref ? ((stop[ref.kind] as TStopRows) ?? []).findIndex((row) => row.id === ref.rowId) : 0
  return tripFactLabel(ref, stopIndex, rowIndex, country)
}
