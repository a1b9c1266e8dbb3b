import { Feed } from 'feed'
import { env } from '../../env'
import { cms } from '../../lib/cms'

export const dynamic = 'force-dynamic'

/** Atom feed of the most recent approvals. */
export async function GET() {
  const { trips } = await cms.reader.trips.query({ order: 'recently_approved', limit: 30 })
  const feed = new Feed({
    title: 'Itinera — newly verified trips',
    description: "Trips of North Korea's leaders, newly approved with their sources",
    id: `${env.WEB_URL}/`,
    link: `${env.WEB_URL}/`,
    language: 'en',
    updated: trips[0]?.approvedAt ? new Date(trips[0].approvedAt) : new Date(0),
    copyright: 'Text and data: CC BY 4.0, Itinera contributors',
    feedLinks: { atom: `${env.WEB_URL}/feed.xml` },
  })
  for (const trip of trips) {
    feed.addItem({
      title: trip.title,
      id: `${env.WEB_URL}/trips/${trip.slug}`,
      link: `${env.WEB_URL}/trips/${trip.slug}`,
      description: `${trip.leader.name}: ${trip.countries.map((country) => country.name).join(', ') || 'destination not given'} (${trip.certainty})`,
      date: trip.approvedAt ? new Date(trip.approvedAt) : new Date(0),
    })
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
