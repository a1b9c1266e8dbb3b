import { formatDateRange, formatPartialDate } from '@itinera/contracts/partial-date'
import { RECORD_TRIPS_PAGE_SIZE, type TPolityPage } from '@itinera/contracts/schemas'
import Link from 'next/link'
import { PageHead } from '../PageHead'
import { TripPager, TripRange } from './TripPager'

/** A country's page (page 1) or a later page of its visits: its title, and whether it is indexed. */
function polityHead({ polity, tripPages }: TPolityPage) {
  const title = `Visits to ${polity.name}`
  return (
    <PageHead
      title={tripPages.page > 1 ? `${title}, page ${tripPages.page} of ${tripPages.pages}` : title}
      description={`${tripPages.total} trips of North Korea's leaders with visits to ${polity.name}.`}
      noindex={tripPages.page > 1}
    />
  )
}

function PolityLinks({ polities }: { polities: { slug: string; name: string }[] }) {
  return polities.map((other, index) => (
    <span key={other.slug}>
      {index > 0 && ', '}
      <Link href={`/countries/${other.slug}`}>{other.name}</Link>
    </span>
  ))
}

/** A country's page: its names and dates, what came before and after it, and the visits to it. */
export function CountryView(page: TPolityPage) {
  const { polity, tripPages, visits } = page
  const existed = polity.validFrom || polity.validTo
  return (
    <>
      {polityHead(page)}
      <h1>{polity.name}</h1>
      {polity.officialName && <p className="lede">{polity.officialName}</p>}
      <dl className="facts">
        {existed && (
          <>
            <dt>Existed</dt>
            <dd>
              {polity.validFrom ? formatPartialDate(polity.validFrom) : '…'} –{' '}
              {polity.validTo ? formatPartialDate(polity.validTo) : 'today'}
            </dd>
          </>
        )}
        {polity.namesByPeriod.length > 0 && (
          <>
            <dt>Official names</dt>
            {polity.namesByPeriod.map((period) => (
              <dd key={period.name}>
                {period.name} ({period.from ? formatPartialDate(period.from) : '…'} –{' '}
                {period.to ? formatPartialDate(period.to) : 'today'})
              </dd>
            ))}
          </>
        )}
        {polity.alternateNames.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{polity.alternateNames.join(', ')}</dd>
          </>
        )}
        {polity.predecessors.length > 0 && (
          <>
            <dt>Preceded by</dt>
            <dd>
              <PolityLinks polities={polity.predecessors} />
            </dd>
          </>
        )}
        {polity.successors.length > 0 && (
          <>
            <dt>Succeeded by</dt>
            <dd>
              <PolityLinks polities={polity.successors} />
            </dd>
          </>
        )}
      </dl>
      <h2 id="visits">
        Visits ({tripPages.total} {tripPages.total === 1 ? 'trip' : 'trips'})
      </h2>
      <TripRange pages={tripPages} pageSize={RECORD_TRIPS_PAGE_SIZE} />
      {visits.length === 0 ? (
        <p>No approved visit yet.</p>
      ) : (
        <table className="visits-table">
          <caption>Every approved visit, across leaders</caption>
          <thead>
            <tr>
              <th scope="col">Dates</th>
              <th scope="col">Leader</th>
              <th scope="col">Trip</th>
              <th scope="col">Country then</th>
              <th scope="col">Places</th>
            </tr>
          </thead>
          <tbody>
            {visits.map((visit, index) => (
              <tr key={`${visit.trip.slug}-${index}`}>
                <td>{visit.start ? formatDateRange(visit.start, visit.end) : 'undated'}</td>
                <td>
                  <Link href={`/leaders/${visit.trip.leader.slug}`}>{visit.trip.leader.name}</Link>
                </td>
                <th scope="row">
                  <Link href={`/trips/${visit.trip.slug}`}>{visit.trip.title}</Link>
                  {visit.trip.certainty !== 'confirmed' && <> ({visit.trip.certainty})</>}
                </th>
                <td>{visit.nameOnDate}</td>
                <td>{visit.places.map((place) => place.name).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <TripPager
        pages={tripPages}
        label={`Pages of visits to ${polity.name}`}
        href={(page) =>
          page === 1 ? `/countries/${polity.slug}#visits` : `/countries/${polity.slug}/visits/${page}#visits`
        }
      />
    </>
  )
}
