import { formatDateRange, formatPartialDate } from '@itinera/contracts/partial-date'
import { RECORD_TRIPS_PAGE_SIZE, type TLeaderPage, type TPublicTripSummary } from '@itinera/contracts/schemas'
import { PageHead } from '../PageHead'
import { TripList } from './TripList'
import { TripPager, TripRange } from './TripPager'
import { VisitsTable } from './VisitsTable'

/** A leader's page (page 1) or a later page of their trips: its title, and whether it is indexed. */
function leaderHead({ leader, tripPages }: TLeaderPage) {
  const title = `Trips of ${leader.name}`
  return (
    <PageHead
      title={tripPages.page > 1 ? `${title}, page ${tripPages.page} of ${tripPages.pages}` : title}
      description={`${tripPages.total} journeys abroad of ${leader.name}, every fact with its source.`}
      noindex={tripPages.page > 1}
    />
  )
}

const decadeOf = (trip: TPublicTripSummary) => (trip.start ? Math.floor(trip.start.year / 10) * 10 : null)

/** A leader's page: who they were, a page of their trips by decade, and visits per country. */
export function LeaderView(page: TLeaderPage) {
  const { leader, trips, tripPages, visitsByPolity } = page
  const decades = new Map<number | null, TPublicTripSummary[]>()
  for (const trip of trips) decades.set(decadeOf(trip), [...(decades.get(decadeOf(trip)) ?? []), trip])
  return (
    <>
      {leaderHead(page)}
      <h1>
        {leader.name}
        {leader.nativeName && (
          <span className="native-name" lang="ko">
            {' '}
            {leader.nativeName}
          </span>
        )}
      </h1>
      {leader.alternateNames.length > 0 && (
        <p className="also-known">Also written {leader.alternateNames.join(', ')}.</p>
      )}
      {leader.offices.length > 0 && (
        <ul className="offices">
          {leader.offices.map((office) => (
            <li key={office.title + JSON.stringify(office.from)}>
              {office.title}
              {office.from && (
                <>, {office.to ? formatDateRange(office.from, office.to) : `from ${formatPartialDate(office.from)}`}</>
              )}
            </li>
          ))}
        </ul>
      )}
      <h2 id="trips">Trips abroad ({tripPages.total})</h2>
      <TripRange pages={tripPages} pageSize={RECORD_TRIPS_PAGE_SIZE} />
      {trips.length === 0 && <p>No trip of {leader.name} has been approved yet.</p>}
      {[...decades].map(([decade, list]) => (
        <section key={decade ?? 'undated'} aria-labelledby={`decade-${decade ?? 'undated'}`}>
          <h3 id={`decade-${decade ?? 'undated'}`}>{decade ? `${decade}s` : 'Undated'}</h3>
          <TripList trips={list} />
        </section>
      ))}
      <TripPager
        pages={tripPages}
        label={`Pages of trips of ${leader.name}`}
        href={(page) => (page === 1 ? `/leaders/${leader.slug}#trips` : `/leaders/${leader.slug}/trips/${page}#trips`)}
      />
      {visitsByPolity.length > 0 && (
        <VisitsTable rows={visitsByPolity} caption={`Visits per country by ${leader.name} (each stop counts)`} />
      )}
    </>
  )
}
