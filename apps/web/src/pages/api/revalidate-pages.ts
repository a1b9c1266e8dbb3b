import { Readable } from 'node:stream'
import { pagePathsForTags } from '@itinera/contracts/cache-tags'
import type { NextApiRequest, NextApiResponse } from 'next'
import { signedRevalidations } from '../../lib/signed-revalidation'
import { renderedPath } from '../../lib/static-pages'

// The signature covers the exact bytes sent: read them raw.
export const config = { api: { bodyParser: false } }

const take = signedRevalidations()

/**
 * POST /api/revalidate-pages — the pages Next keeps whole (src/pages/) that a change's tags name
 * (`pagePathsForTags`), rendered again now. Called by /api/revalidate with the CMS's signed call as
 * it came, and checked here the same way. Only pages already rendered are (`unstable_onlyGenerated`):
 * the others render at their first request anyway. A page whose record is gone renders as a 404,
 * which is the refresh it needs.
 */
export default async function revalidatePages(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.setHeader('Allow', 'POST').status(405).json({ error: 'POST only.' })
  const request = new Request(new URL(req.url!, 'http://reader.invalid'), {
    method: 'POST',
    headers: req.headers as Record<string, string>,
    body: Readable.toWeb(req) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit)
  const call = await take(request)
  if (call instanceof Response) {
    call.headers.forEach((value, name) => res.setHeader(name, value))
    return res.status(call.status).send(await call.text())
  }
  const failed: string[] = []
  for (const path of pagePathsForTags(call.tags)) {
    await res
      .revalidate(renderedPath(path), { unstable_onlyGenerated: true })
      .catch((error: Error) => failed.push(error.message))
  }
  if (failed.length > 0) return res.status(502).json({ error: failed.join('; ') })
  return res.json({ revalidated: pagePathsForTags(call.tags) })
}
