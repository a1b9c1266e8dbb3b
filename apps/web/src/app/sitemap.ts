import type { MetadataRoute } from 'next'
import { env } from '../env'
import { cms } from '../lib/cms'

export const dynamic = 'force-dynamic'

/** Every public page: home, search, leaders, trips, countries and sources. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [{ trips }, { leaders }] = await Promise.all([cms.reader.exportTrips.query(), cms.reader.stats.query()])
  const countries = new Set(trips.flatMap((trip) => trip.stops.flatMap((stop) => (stop.polity ? [stop.polity.slug] : []))))
  const sources = new Set(trips.flatMap((trip) => trip.citations.map((citation) => citation.source.id)))
  const url = (path: string, lastModified?: string | null) => ({ url: `${env.WEB_URL}${path}`, lastModified: lastModified ?? undefined })
  return [
    url('/'),
    url('/search'),
    ...leaders.map((leader) => url(`/leaders/${leader.slug}`)),
    ...trips.map((trip) => url(`/trips/${trip.slug}`, trip.approvedAt)),
    ...[...countries].map((slug) => url(`/countries/${slug}`)),
    ...[...sources].map((id) => url(`/sources/${id}`)),
  ]
}
