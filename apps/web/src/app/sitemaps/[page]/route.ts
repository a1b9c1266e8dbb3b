import { SitemapStream, streamToPromise } from 'sitemap'
import { env } from '../../../env'
import { cms } from '../../../lib/cms'
import { isMissing } from '../../../lib/not-found'

export const dynamic = 'force-dynamic'

/**
 * The trips of sitemap file 2, 3, …, as `robots.txt` lists them (`/sitemap.xml` is file 1, with
 * every other public page): `/sitemaps/2.xml`.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ page: string }> }) {
  const match = /^([2-9]|[1-9]\d{1,4})\.xml$/.exec((await params).page)
  if (!match) return new Response('Not found', { status: 404 })
  let trips
  try {
    ;({ trips } = await cms.reader.sitemap.query({ page: Number(match[1]) }))
  } catch (error) {
    if (isMissing(error)) return new Response('Not found', { status: 404 })
    throw error
  }
  const stream = new SitemapStream({ hostname: env.WEB_URL })
  for (const trip of trips) stream.write({ url: `/trips/${trip.slug}`, lastmod: trip.approvedAt ?? undefined })
  stream.end()
  return new Response((await streamToPromise(stream)).toString(), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
}
