import { readerStaticContentSecurityPolicy } from '@itinera/contracts/http-security'
import { type NextRequest, NextResponse } from 'next/server'
import { env } from './env'
import { isDecodablePath, recordPageOf } from './lib/record-page'
import { isPageOfNoRecord } from './lib/static-pages'
import { MISSING, unavailableResponse } from './lib/unavailable-response'
import { unavailablePage } from './lib/unavailable-pages'

/**
 * The Content-Security-Policy of every page: no reader page ships a script (src/pages/), so one
 * static policy forbids them all and is the same for everyone.
 *
 * A record's pages first ask whether they stand (`reader.unavailable`, kept in memory under the
 * record's page tag): a retracted record answers 410 Gone with its tombstone, a trip citing a
 * source no longer public 403 with why, and an address no approved record has 404, under a policy
 * allowing only that answer's own style. Answered here because a page cannot set those statuses
 * (and a kept page was rendered before), and because a page must not be rendered as a 404: Next
 * then renders the App Router's not-found page with its scripts, would keep that answer for every
 * address a crawler invents, and refreshing such a path (`res.revalidate`) hangs the process
 * (src/pages/api/revalidate-pages.ts).
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl
  const options = {
    development: env.NODE_ENV === 'development',
    https: request.headers.get('x-forwarded-proto') === 'https' || request.nextUrl.protocol === 'https:',
  }
  if (!isDecodablePath(pathname))
    return new NextResponse('Not found: this address is not valid percent-encoded UTF-8.', {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Content-Security-Policy': readerStaticContentSecurityPolicy(options),
      },
    })
  const record = recordPageOf(pathname)
  // Any address that is no reader page, or cannot name a record, is answered here too: Next would
  // answer it with the App Router's not-found page and its scripts (app/ holds the route handlers).
  const unavailable = record ? await unavailablePage(record) : isPageOfNoRecord(pathname) ? null : MISSING
  if (unavailable) {
    const { status, html, headers } = unavailableResponse(unavailable, options)
    return new NextResponse(html, { status, headers })
  }
  const response = NextResponse.next()
  response.headers.set('Content-Security-Policy', readerStaticContentSecurityPolicy(options))
  return response
}

export const config = {
  // Everything but Next's static files and the routes that carry no markup that runs (the
  // webhooks, the exports, the feed and the sitemaps): any other address the reader has no page
  // for (`/favicon.ico` too: the reader has none) is answered here, not by Next's not-found page.
  matcher: [
    {
      source:
        '/((?!_next/static/|_next/image|api/revalidate$|api/revalidate-pages$|data/trips\\.json$|data/trips\\.csv$|feed\\.xml$|sitemap\\.xml$|sitemaps/[^/]+$|robots\\.txt$).*)',
    },
  ],
}
