import { adminContentSecurityPolicy } from '@itinera/contracts/http-security'
import { type NextRequest, NextResponse } from 'next/server'
import { env } from './env'

/**
 * A fresh nonce and Content-Security-Policy for every admin page: Next puts the nonce on its own
 * scripts (read from the request's policy header; the admin's pages render per request, as nonces
 * need), so no other script can run. These replace the fallback policy and X-Frame-Options that
 * next.config.ts gives every response (Next lets the proxy's headers win).
 */
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const policy = adminContentSecurityPolicy(nonce, {
    development: env.NODE_ENV === 'development',
    https: request.headers.get('x-forwarded-proto') === 'https' || request.nextUrl.protocol === 'https:',
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', policy)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  response.headers.set('Content-Security-Policy', policy)
  // For browsers without frame-ancestors: the admin is framed by no site, itself included.
  response.headers.set('X-Frame-Options', 'DENY')
  return response
}

export const config = {
  // Pages only: the API's answers and static files keep next.config.ts's policy.
  matcher: [{ source: '/((?!api/|_next/static|_next/image|favicon.ico).*)' }],
}
