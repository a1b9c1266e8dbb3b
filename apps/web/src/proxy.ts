import { readerContentSecurityPolicy, readerStaticContentSecurityPolicy } from '@itinera/contracts/http-security'
import { type NextRequest, NextResponse } from 'next/server'
import { env } from './env'
import { isDecodablePath, recordPageOf } from './lib/record-page'
import { isStaticPage } from './lib/static-pages'
import { UNAVAILABLE_STYLE_HASH, unavailableResponse } from './lib/unavailable-response'
import { unavailablePage } from './lib/unavailable-pages'

const MISSING = { state: 'missing' } as const

/**
 * The Content-Security-Policy of every page. The pages rendered once and kept (src/pages/: the home
 * page and each trip's) ship no script, so theirs forbids every script and is the same for
 * everyone. The others get a fresh nonce per response: Next puts it on its own inline scripts (read
 * from the request's policy header), so nothing else inline can run.
 *
 * A record's pages first ask whether they stand (`reader.unavailable`, kept in memory under the
 * record's page tag): a retracted record answers 410 Gone with its tombstone, a trip citing a
 * source no longer public 403 with why, and an address no approved record has 404, under a
 * policy allowing only that answer's own style. Answered here because a page cannot set those
 * statuses (and a kept trip page was rendered before), and because a kept page must not be
 * rendered as a 404: Next then renders the App Router's not-found page with its scripts, and
 * refreshing such a path (`res.revalidate`) hangs the process (src/pages/api/revalidate-pages.ts).
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
  const unavailable = record
    ? await unavailablePage(record)
    : // A trip page kept whole (src/pages/) is never rendered as a 404: an address that cannot name a trip is answered here too.
      isStaticPage(pathname) && pathname !== '/'
      ? MISSING
      : null
  if (unavailable) {
    const { status, html } = unavailableResponse(unavailable)
    return new NextResponse(html, {
      status,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': readerStaticContentSecurityPolicy({
          ...options,
          styleHashes: [UNAVAILABLE_STYLE_HASH],
        }),
      },
    })
  }
  if (isStaticPage(pathname)) {
    const response = NextResponse.next()
    response.headers.set('Content-Security-Policy', readerStaticContentSecurityPolicy(options))
    return response
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = readerContentSecurityPolicy(nonce, options)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages only: static files, exports, feeds and the webhook carry no markup that runs.
  matcher: [
    { source: '/((?!_next/static|_next/image|favicon.ico|api/|data/|feed.xml|sitemap.xml|sitemaps/|robots.txt).*)' },
  ],
}
