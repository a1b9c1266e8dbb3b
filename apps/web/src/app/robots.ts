import type { MetadataRoute } from 'next'
import { env } from '../env'
import { cms } from '../lib/cms'

export const dynamic = 'force-dynamic'

/** Every sitemap file: `/sitemap.xml` (file 1), then `/sitemaps/<n>.xml` for the trips past it. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const { pages } = await cms.reader.sitemap.query({ page: 1 })
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [
      `${env.WEB_URL}/sitemap.xml`,
      ...Array.from({ length: pages - 1 }, (_, index) => `${env.WEB_URL}/sitemaps/${index + 2}.xml`),
    ],
  }
}
