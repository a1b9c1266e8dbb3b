import { endOf, formatDateRange, startOf } from '@itinera/contracts/partial-date'
import type { GetStaticProps, InferGetStaticPropsType } from 'next'
import Link from 'next/link'
import { PageHead } from '../../components/PageHead'
import { Timeline } from '../../components/Timeline'
import { WorldMap } from '../../components/WorldMap'
import { TripList } from '../../components/reader/TripList'
import { cms, MAX_AGE_SECONDS } from '../../lib/cms'
import { renderedAtFirstRequest } from '../../lib/kept-page'
import { HOME_EDITION } from '../../lib/static-pages'

// Nothing on the page needs a script: Next sends none, so the policy can forbid them all (src/proxy.ts).
export const config = { unstable_runtimeJS: false }

// The home page, served at `/` (next.config.ts rewrites it here); a dynamic route, so that it is
// rendered at its first request (the CMS does not run at build) and refreshed with the lists.
export const getStaticPaths = renderedAtFirstRequest

export const getStaticProps = (async ({ params }) => {
  if (params?.edition !== HOME_EDITION) return { notFound: true }
  const [{ leaders }, recent, all] = await Promise.all([
    cms.reader.stats.query(),
    cms.reader.trips.query({ order: 'recently_approved', limit: 6 }),
    cms.reader.trips.query({ limit: 500 }),
  ])
  return { props: { leaders, recent, all }, revalidate: MAX_AGE_SECONDS }
}) satisfies GetStaticProps<object, { edition: string }>

// The three leaders' tenures: the timeline's eras.
const ERAS = [
  { label: 'Kim Il Sung', start: '1948-09-09', end: '1994-07-08' },
  { label: 'Kim Jong Il', start: '1994-07-08', end: '2011-12-17' },
  { label: 'Kim Jong Un', start: '2011-12-17', end: null },
]

/** Countries with a confirmed or reported visit: one known only from rumours is not counted. */
const countriesVisited = (rows: { visits: number }[]) => rows.filter((row) => row.visits > 0).length

export default function HomePage({ leaders, recent, all }: InferGetStaticPropsType<typeof getStaticProps>) {
  const visits = new Map<string, { polity: { slug: string; name: string; modernIsoCodes: string[] }; count: number }>()
  for (const leader of leaders) {
    // The map shades confirmed or reported visits only.
    for (const row of leader.visitsByPolity.filter((row) => row.visits > 0)) {
      const known = visits.get(row.polity.slug)
      visits.set(row.polity.slug, { polity: row.polity, count: (known?.count ?? 0) + row.visits })
    }
  }
  return (
    <>
      <PageHead />
      <h1>Journeys of North Korea&apos;s leaders</h1>
      <p className="lede">
        Where Kim Il Sung, Kim Jong Il and Kim Jong Un travelled abroad, whom they met, and which archival record, book
        or report says so: every fact with its own source, every page reviewed by a second person.
      </p>
      <section aria-labelledby="leaders-heading">
        <h2 id="leaders-heading">Leaders</h2>
        <ul className="leader-list" data-testid="leader-list">
          {leaders.map((leader) => (
            <li key={leader.slug}>
              <Link href={`/leaders/${leader.slug}`} className="leader-name">
                {leader.name}
              </Link>
              {leader.nativeName && (
                <span className="leader-native" lang="ko">
                  {leader.nativeName}
                </span>
              )}
              <span className="leader-count">
                {leader.trips} {leader.trips === 1 ? 'trip' : 'trips'}, {countriesVisited(leader.visitsByPolity)}{' '}
                {countriesVisited(leader.visitsByPolity) === 1 ? 'country' : 'countries'}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {recent.trips.length > 0 && (
        <section aria-labelledby="recent-heading">
          <h2 id="recent-heading">Recently verified</h2>
          <TripList trips={recent.trips} showLeader />
          <p>
            <a href="/feed.xml">Atom feed of new approvals</a>
          </p>
        </section>
      )}
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline
          eras={ERAS}
          from="1945-01-01"
          to={`${new Date().getUTCFullYear() + 1}-01-01`}
          trips={all.trips.flatMap((trip) =>
            trip.start
              ? [
                  {
                    slug: trip.slug,
                    title: trip.title,
                    start: startOf(trip.start),
                    end: endOf(trip.end ?? trip.start),
                    dates: formatDateRange(trip.start, trip.end),
                    certainty: trip.certainty,
                    leader: trip.leader.name,
                  },
                ]
              : [],
          )}
        />
      </section>
      <section aria-labelledby="map-heading">
        <h2 id="map-heading">Countries visited</h2>
        <WorldMap
          title="Countries visited by North Korea's leaders, by number of visits"
          visits={[...visits.values()]}
        />
      </section>
      <section aria-labelledby="data-heading">
        <h2 id="data-heading">Open data</h2>
        <p>
          Every approved trip with its stops and citations: <a href="/data/trips.json">JSON</a> ·{' '}
          <a href="/data/trips.csv">CSV</a> (CC BY 4.0).
        </p>
      </section>
    </>
  )
}
