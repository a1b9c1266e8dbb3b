import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Headers both apps send on every response. */
export const BASELINE_SECURITY_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** Sent only when the request reached us over TLS (directly or through the edge), as HSTS requires. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }

/**
 * The reader's policy: scripts only from this origin or carrying this response's nonce (Next's
 * inline hydration data gets it), no inline script or style without it, no framing, no plugins.
 * Development adds 'unsafe-eval', which React's dev build needs.
 */
export function readerContentSecurityPolicy(nonce: string, { development = false, https = false } = {}): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ')
}

/**
 * The client's address as the nearest proxy saw it: the last X-Forwarded-For entry (the edge and
 * Next append the peer they saw; earlier entries are whatever the client sent).
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers
    .get('x-forwarded-for')
    ?.split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}

export interface TRateLimit {
  /** Null when allowed; otherwise a 429 answer with Retry-After. */
  check(key: string): Promise<Response | null>
}

/** At most `points` requests per `seconds` per key (an address), in this process's memory. */
export function rateLimit({ points, seconds, what }: { points: number; seconds: number; what: string }): TRateLimit {
  const limiter = new RateLimiterMemory({ points, duration: seconds })
  return {
    async check(key) {
      try {
        await limiter.consume(key)
        return null
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal
        const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000))
        return Response.json(
          {
            errors: [
              {
                message: `Too many ${what} from this address: at most ${points} in ${seconds} s. Try again in ${retryAfter} s.`,
              },
            ],
          },
          { status: 429, headers: { 'Retry-After': String(retryAfter) } },
        )
      }
    },
  }
}
