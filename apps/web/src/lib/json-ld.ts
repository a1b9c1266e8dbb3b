import { endOf, startOf } from '@itinera/contracts/partial-date'
import type { TPublicTrip } from '@itinera/contracts/schemas'

/** JSON for a <script> element: "<" escaped so no text can close the element. */
export const safeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/** schema.org for a trip page: an Event with its places and the works it cites. */
export function tripJsonLd(trip: TPublicTrip, pageUrl: string): string {
  const first = trip.stops[0]
  const last = trip.stops.at(-1)
  const sources = new Map(trip.citations.map((citation) => [citation.source.id, citation.source]))
  return safeJson({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: trip.title,
    url: pageUrl,
    description: trip.summary ?? undefined,
    startDate: first?.start ? startOf(first.start) : undefined,
    endDate: last ? endOf(last.end ?? last.start ?? first!.start!) : undefined,
    eventStatus: trip.certainty === 'confirmed' ? 'https://schema.org/EventScheduled' : undefined,
    performer: { '@type': 'Person', name: trip.leader.name },
    location: trip.stops.flatMap((stop) =>
      stop.places.map((place) => ({
        '@type': 'Place',
        name: place.name,
        // The country as it was called on the stop's date, as the page names it.
        address: stop.polityNameOnDate ?? stop.polity?.name,
        geo:
          place.latitude != null && place.longitude != null
            ? { '@type': 'GeoCoordinates', latitude: place.latitude, longitude: place.longitude }
            : undefined,
      })),
    ),
    citation: [...sources.values()].map((source) => ({
      '@type': 'CreativeWork',
      name: source.title,
      author: source.authors.map((author) => author.name),
      url: source.url ?? undefined,
    })),
    dateModified: trip.approvedAt ?? undefined,
  })
}
