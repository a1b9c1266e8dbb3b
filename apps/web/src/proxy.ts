import { readerContentSecurityPolicy } from '@itinera/contracts/http-security'
import { type NextRequest, NextResponse } from 'next/server'
import { env } from './env'

/**
 * A fresh nonce and Content-Security-Policy for every page: Next puts the nonce on its own inline
 * scripts (read from the request's policy header), so nothing else inline can run.
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = readerContentSecurityPolicy(nonce, {
    development: env.NODE_ENV === 'development',
    https: request.headers.get('x-forwarded-proto') === 'https' || request.nextUrl.protocol === 'https:',
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  return response
}

export const config = {
  // Pages only: static files, exports, feeds and the webhook carry no markup that runs.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|api/|data/|feed.xml|sitemap.xml|robots.txt).*)' }],
}
