import { pagePathsForTags } from '@itinera/contracts/cache-tags'
import { revalidateTag } from 'next/cache'
import { signedRevalidations } from '../../../lib/signed-revalidation'
import { unavailablePages } from '../../../lib/unavailable-pages'

const take = signedRevalidations()

/**
 * POST /api/revalidate — the CMS, once a change commits, names the cache tags of the pages that
 * show what changed (packages/contracts/src/cache-tags.ts); they expire at once, so the next
 * reader sees the new version. Signed (HMAC over timestamp and body), fresh, and used once, or refused.
 *
 * The pages Next keeps whole (src/pages/) are refreshed only by path, from a Pages API route
 * (`res.revalidate` exists nowhere else): the call is passed on to /api/revalidate-pages as it
 * came, signature included, once the tags (and the 410/403 answers kept under them) are dropped,
 * so those pages render from fresh data; a page that no longer stands (its record unknown or
 * retracted, its trip withheld) is skipped there, as the proxy answers it. A failure there is a failure here: the CMS calls again.
 */
export async function POST(request: Request) {
  const call = await take(request)
  if (call instanceof Response) return call
  for (const tag of call.tags) revalidateTag(tag, { expire: 0 })
  unavailablePages.forget(call.tags)
  if (pagePathsForTags(call.tags).length === 0) return Response.json({ revalidated: call.tags })
  const pages = await fetch(new URL('/api/revalidate-pages', request.url), {
    method: 'POST',
    headers: call.headers,
    body: call.body,
  })
  if (!pages.ok)
    return Response.json(
      { error: `Pages not refreshed (${pages.status}): ${await pages.text()}`, revalidated: call.tags },
      { status: 502 },
    )
  // The kept pages rendered again, and those skipped as not standing (answered by the proxy instead).
  return Response.json({ revalidated: call.tags, pages: (await pages.json()) as unknown })
}
