import { formatDateRange, formatPartialDate } from '@itinera/contracts/partial-date'
import type { TPublicTripSummary } from '@itinera/contracts/schemas'
import type { Metadata } from 'next'
import { TripList } from '../../../components/reader/TripList'
import { VisitsTable } from '../../../components/reader/VisitsTable'
import { cms } from '../../../lib/cms'
import { orNotFound } from '../../../lib/not-found'

type TProps = { params: Promise<{ slug: string }> }
const readLeader = async (params: TProps['params']) =>
  orNotFound(cms.reader.leader.query({ slug: (await params).slug }))

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { leader, trips } = await readLeader(params)
  return {
    title: `Trips of ${leader.name}`,
    description: `${trips.length} journeys abroad of ${leader.name}, every fact with its source.`,
  }
}

const decadeOf = (trip: TPublicTripSummary) => (trip.start ? Math.floor(trip.start.year / 10) * 10 : null)

export default async function LeaderPage({ params }: TProps) {
  const { leader, trips, visitsByPolity } = await readLeader(params)
  const decades = new Map<number | null, TPublicTripSummary[]>()
  for (const trip of trips) decades.set(decadeOf(trip), [...(decades.get(decadeOf(trip)) ?? []), trip])
  return (
    <>
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
      <h2>Trips abroad ({trips.length})</h2>
      {trips.length === 0 && <p>No trip of {leader.name} has been approved yet.</p>}
      {[...decades].map(([decade, list]) => (
        <section key={decade ?? 'undated'} aria-labelledby={`decade-${decade ?? 'undated'}`}>
          <h3 id={`decade-${decade ?? 'undated'}`}>{decade ? `${decade}s` : 'Undated'}</h3>
          <TripList trips={list} />
        </section>
      ))}
      {visitsByPolity.length > 0 && (
        <VisitsTable rows={visitsByPolity} caption={`Visits per country by ${leader.name} (each stop counts)`} />
      )}
    </>
  )
}
