import { formatDateRange } from '@itinera/contracts/partial-date'
import type { TPublicTripSummary } from '@itinera/contracts/schemas'
import Link from 'next/link'
import { CertaintyBadge } from './CertaintyBadge'

/** Trips as a list: dates, linked title, countries, and certainty when it is not "confirmed". */
export function TripList({ trips, showLeader = false }: { trips: TPublicTripSummary[]; showLeader?: boolean }) {
  return (
    <ul className="trip-list">
      {trips.map((trip) => (
        <li key={trip.slug}>
          <span className="trip-dates">{trip.start ? formatDateRange(trip.start, trip.end) : 'undated'}</span>{' '}
          <Link href={`/trips/${trip.slug}`}>{trip.title}</Link>
          {showLeader && <span className="trip-leader"> · {trip.leader.name}</span>}
          {trip.countries.length > 1 && (
            <span className="trip-countries"> · {trip.countries.map((country) => country.name).join(', ')}</span>
          )}
          {trip.certainty !== 'confirmed' && (
            <>
              {' '}
              <CertaintyBadge certainty={trip.certainty} />
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
