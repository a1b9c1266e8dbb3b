import type { MetadataRoute } from 'next'
import { env } from '../env'
import { cms } from '../lib/cms'

export const dynamic = 'force-dynamic'

/**
 * Sitemap file 1: home, search, leaders, countries, sources and the first SITEMAP_PAGE_SIZE trips;
 * the trips past them are in `/sitemaps/<n>.xml`, which `robots.txt` lists.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { trips, leaders, polities, sources } = await cms.reader.sitemap.query({ page: 1 })
  const url = (path: string, lastModified?: string | null) => ({
    url: `${env.WEB_URL}${path}`,
    lastModified: lastModified ?? undefined,
  })
  return [
    url('/'),
    url('/search'),
    ...leaders.map((slug) => url(`/leaders/${slug}`)),
    ...trips.map((trip) => url(`/trips/${trip.slug}`, trip.approvedAt)),
    ...polities.map((slug) => url(`/countries/${slug}`)),
    ...sources.map((sourceId) => url(`/sources/${sourceId}`)),
  ]
}
