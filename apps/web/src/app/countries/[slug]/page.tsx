import { formatDateRange, formatPartialDate } from '@itinera/contracts/partial-date'
import type { Metadata } from 'next'
import Link from 'next/link'
import { cms } from '../../../lib/cms'
import { orNotFound } from '../../../lib/not-found'

type TProps = { params: Promise<{ slug: string }> }
const readPolity = async (params: TProps['params']) =>
  orNotFound(cms.reader.polity.query({ slug: (await params).slug }))

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { polity, visits } = await readPolity(params)
  return {
    title: `Visits to ${polity.name}`,
    description: `${visits.length} visits by North Korea's leaders to ${polity.name}.`,
  }
}

function PolityLinks({ polities }: { polities: { slug: string; name: string }[] }) {
  return polities.map((other, index) => (
    <span key={other.slug}>
      {index > 0 && ', '}
      <Link href={`/countries/${other.slug}`}>{other.name}</Link>
    </span>
  ))
}

export default async function CountryPage({ params }: TProps) {
  const { polity, visits } = await readPolity(params)
  const existed = polity.validFrom || polity.validTo
  return (
    <>
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
      <h2>Visits ({visits.length})</h2>
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
    </>
  )
}
