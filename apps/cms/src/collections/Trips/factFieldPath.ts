import { parseFactPath, type TStopRowFact } from '@itinera/contracts/trip-facts'

type TRows = { id?: string | null }[] | null | undefined

/** The trip's stops as the form holds them: rows with their IDs, and their own rows of facts. */
export type TStopsWithRows = ({ id?: string | null } & Partial<Record<TStopRowFact, TRows>>)[] | null | undefined

/** The field of a row of each kind that states its fact (a meeting's person, a detail's text…). */
const ROW_FIELDS: Record<TStopRowFact, string> = {
  meetings: 'person',
  details: 'text',
  alternativeDates: 'start',
  alternativePolities: 'polity',
}

/**
 * The form field (Payload's path, e.g. `stops.1.polity`) that states a fact of the trip, so the
 * admin can take the editor to it; null when the fact's stop or row is no longer there.
 */
export function factFieldPath(stops: TStopsWithRows, fact: string): string | null {
  const ref = parseFactPath(fact)
  if (!ref) return null
  if (ref.kind === 'certainty') return 'certainty'
  const stopIndex = (stops ?? []).findIndex((stop) => stop.id === ref.stopId)
  if (stopIndex < 0) return null
  const stop = `stops.${stopIndex}`
  if (!('rowId' in ref)) return ref.kind === 'dates' ? `${stop}.start` : `${stop}.${ref.kind}`
  const rowIndex = (stops![stopIndex]![ref.kind] ?? []).findIndex((row) => row.id === ref.rowId)
  return rowIndex < 0 ? null : `${stop}.${ref.kind}.${rowIndex}.${ROW_FIELDS[ref.kind]}`
}
