import { endOf, startOf, storedPartialDate } from '@itinera/contracts/partial-date'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Trip } from '../../../payload-types'

/** Sortable first/last days of each stop and of the whole trip, from the partial dates. */
export const deriveTripSpan: CollectionBeforeChangeHook<Trip> = ({ data }) => {
  if (!data.stops) return data
  const stops = data.stops.map((stop) => {
    const start = storedPartialDate(stop.start)
    const end = storedPartialDate(stop.end) ?? start
    return { ...stop, startSort: start ? startOf(start) : null, endSort: end ? endOf(end) : null }
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
