import { readerContentSecurityPolicy } from '@itinera/contracts/http-security'
import { type NextRequest, NextResponse } from 'next/server'
import { env } from './env'
import { isDecodablePath, recordPageOf } from './lib/record-page'
import { unavailableResponse } from './lib/unavailable-response'
import { unavailablePage } from './lib/unavailable-pages'

/**
 * A fresh nonce and Content-Security-Policy for every page: Next puts the nonce on its own inline
 * scripts (read from the request's policy header), so nothing else inline can run.
 *
 * A record's pages first ask whether they stand (`reader.unavailable`, kept in memory under the
 * record's page tag): a retracted record answers 410 Gone with its tombstone, a trip citing a
 * source no longer public 403 with why. Answered here because an App Router page cannot set
 * its status, and a rewrite keeps the status of the page it rewrites to.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = readerContentSecurityPolicy(nonce, {
    development: env.NODE_ENV === 'development',
    https: request.headers.get('x-forwarded-proto') === 'https' || request.nextUrl.protocol === 'https:',
  })
  if (!isDecodablePath(request.nextUrl.pathname))
    return new NextResponse('Not found: this address is not valid percent-encoded UTF-8.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': policy },
    })
  const record = recordPageOf(request.nextUrl.pathname)
  const unavailable = record && (await unavailablePage(record))
  if (unavailable) {
    const { status, html } = unavailableResponse(unavailable, nonce)
    return new NextResponse(html, {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': policy },
    })
  }
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
