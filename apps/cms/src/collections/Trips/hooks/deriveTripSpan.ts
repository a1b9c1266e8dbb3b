import { sortDays, storedPartialDate } from '@itinera/contracts/partial-date'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Trip } from '../../../payload-types'

/** Sortable first/last days of each stop and of the whole trip, from the partial dates. */
export const deriveTripSpan: CollectionBeforeChangeHook<Trip> = ({ data }) => {
  if (!data.stops) return data
  const stops = data.stops.map((stop) => {
    // The days trips are ordered by (compareSortDays), kept on each stop and spanned by the trip.
    const days = sortDays(storedPartialDate(stop.start), storedPartialDate(stop.end))
    return { ...stop, startSort: days.start, endSort: days.end }
  })
  const starts = stops
    .map((stop) => stop.startSort)
    .filter((day): day is string => Boolean(day))
    .sort()
  const ends = stops
    .map((stop) => stop.endSort)
    .filter((day): day is string => Boolean(day))
    .sort()
  return { ...data, stops, startsOn: starts[0] ?? null, endsOn: ends.at(-1) ?? null }
}
